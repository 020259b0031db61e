MATCH (a:Partner)-[c:COLLABORATES]->(b:Partner)
WHERE c.wave IS NULL // a survey wave's ties belong to its results
RETURN a.id AS a, b.id AS b, c.kind AS kind, c.strength AS strength, c.trust AS trust,
       c.since AS since, c.until AS until
ORDER BY c.key SKIP $offset LIMIT $limit
