// The seats with these keys, as rows of the import document.
MATCH (m)-[s:SITS_AT]->(t:Table)
WHERE s.key IN $keys
RETURN m.id AS member, t.id AS table, s.role AS role, s.since AS since, s.until AS until
