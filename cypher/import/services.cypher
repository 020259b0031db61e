UNWIND $rows AS row
MERGE (n:Service {id: row.id})
SET n:Node, n.name = row.name, n.domain = row.domain, n.ageMin = row.ageMin, n.ageMax = row.ageMax,
    n.neighbourhood = row.neighbourhood, n.capacity = row.capacity,
    n.access_reachable = row.access.reachable, n.access_available = row.access.available,
    n.access_affordable = row.access.affordable, n.access_usable = row.access.usable,
    n.access_understandable = row.access.understandable
WITH n, row
OPTIONAL MATCH (:Partner)-[old:OFFERS]->(n)
DELETE old
WITH DISTINCT n, row
MATCH (p:Partner {id: row.provider})
CREATE (p)-[:OFFERS]->(n)
