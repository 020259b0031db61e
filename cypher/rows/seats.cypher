MATCH (m)-[s:SITS_AT]->(t:Table)
WHERE $table IS NULL OR t.id = $table
RETURN m.id AS member, t.id AS table, s.role AS role, s.since AS since, s.until AS until
ORDER BY s.key SKIP $offset LIMIT $limit
