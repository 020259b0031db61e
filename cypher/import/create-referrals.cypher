// Referrals new to the store: a node joining three things, FROM a partner or person, TO a partner or
// service, FOR a family. The ends come as element ids the writer got in this transaction.
UNWIND $rows AS row
MATCH (sender) WHERE elementId(sender) = row.from
MATCH (receiver) WHERE elementId(receiver) = row.to
MATCH (f) WHERE elementId(f) = row.family
CREATE (r:Referral:Node {id: row.id, date: row.date, domain: row.domain, status: row.status,
                         completedOn: row.completedOn}),
       (r)-[:FROM]->(sender), (r)-[:TO]->(receiver), (r)-[:FOR]->(f)
