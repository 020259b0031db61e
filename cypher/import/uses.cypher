UNWIND $rows AS row
MATCH (f:Family {id: row.family}), (s:Service {id: row.service})
MERGE (f)-[u:USES {key: row.key}]->(s)
SET u.since = row.since, u.until = row.until
