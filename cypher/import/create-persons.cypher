UNWIND $rows AS row
CREATE (n:Person:Node {id: row.id, name: row.name, role: row.role})
WITH n, row
OPTIONAL MATCH (p:Partner {id: row.worksFor})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | CREATE (n)-[:WORKS_FOR]->(p))
