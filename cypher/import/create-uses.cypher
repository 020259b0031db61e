UNWIND $rows AS row
MATCH (f:Family {id: row.family}), (s:Service {id: row.service})
CREATE (f)-[:USES {key: row.key, since: row.since, until: row.until}]->(s)
