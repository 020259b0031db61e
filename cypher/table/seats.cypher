// Who sits at table $table on $at: partners and persons with a SITS_AT valid that day, with role and
// spell; a person with the partner it works for.
MATCH (m)-[s:SITS_AT]->(:Table {id: $table})
WHERE (s.since IS NULL OR s.since <= $at) AND (s.until IS NULL OR s.until >= $at)
OPTIONAL MATCH (m)-[:WORKS_FOR]->(employer:Partner)
RETURN m.id AS member, CASE WHEN m:Person THEN 'person' ELSE 'partner' END AS type, s.role AS role,
       s.since AS since, s.until AS until, employer.id AS partner
ORDER BY member, since
