// The collaborations with these keys, as rows of the import document.
MATCH (a:Partner)-[c:COLLABORATES]->(b:Partner)
WHERE c.key IN $keys
RETURN a.id AS a, b.id AS b, c.kind AS kind, c.strength AS strength, c.trust AS trust,
       c.since AS since, c.until AS until
