// What deleting node $id also changes: its keyed relationships, and the rows of the nodes that name it
// (persons working for it, services it offers, referrals from, to or for it, and referrals to its services,
// which a cascading delete removes too).
MATCH (n:Node {id: $id})
OPTIONAL MATCH (n)-[r:SITS_AT|COLLABORATES|SUPPORTS|USES]-()
WITH n, collect(DISTINCT {type: type(r), key: r.key}) AS relationships
OPTIONAL MATCH (n)-[link:WORKS_FOR|OFFERS|FROM|TO|FOR]-(d:Node)
WHERE (type(link) = 'WORKS_FOR' AND startNode(link) = d) OR (type(link) = 'OFFERS' AND endNode(link) = d)
   OR (type(link) IN ['FROM', 'TO', 'FOR'] AND startNode(link) = d)
WITH n, relationships, collect(DISTINCT {labels: labels(d), id: d.id}) AS direct
OPTIONAL MATCH (n)-[:OFFERS]->(:Service)<-[:TO]-(r2:Referral)
WITH n, relationships, direct,
     [x IN collect(DISTINCT {labels: labels(r2), id: r2.id}) WHERE x.id IS NOT NULL] AS viaServices
RETURN labels(n) AS labels, relationships, direct + viaServices AS dependents
