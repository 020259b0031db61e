MATCH (a:Partner)-[c:COLLABORATES]->(b:Partner)
RETURN a.id AS a, b.id AS b, c.kind AS kind, c.strength AS strength, c.trust AS trust,
       c.since AS since, c.until AS until
ORDER BY c.key SKIP $offset LIMIT $limit
