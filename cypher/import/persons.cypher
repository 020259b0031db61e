UNWIND $rows AS row
MERGE (n:Person {id: row.id})
SET n:Node, n.name = row.name, n.role = row.role
WITH n, row
OPTIONAL MATCH (n)-[old:WORKS_FOR]->(:Partner)
DELETE old
WITH DISTINCT n, row
OPTIONAL MATCH (p:Partner {id: row.worksFor})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | CREATE (n)-[:WORKS_FOR]->(p))
