MATCH (p:Person)-[s:SUPPORTS]->(f:Family)
RETURN p.id AS person, f.id AS family, s.since AS since, s.until AS until
ORDER BY s.key SKIP $offset LIMIT $limit
