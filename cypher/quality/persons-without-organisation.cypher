MATCH (p:Person)
WHERE NOT (p)-[:WORKS_FOR]->(:Partner)
RETURN p.id AS id, p.name AS name
ORDER BY p.id
