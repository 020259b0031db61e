MATCH (f:Family)-[u:USES]->(s:Service)
RETURN f.id AS family, s.id AS service, u.since AS since, u.until AS until
ORDER BY u.key SKIP $offset LIMIT $limit
