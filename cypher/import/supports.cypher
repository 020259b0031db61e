UNWIND $rows AS row
MATCH (p:Person {id: row.person}), (f:Family {id: row.family})
MERGE (p)-[s:SUPPORTS {key: row.key}]->(f)
SET s.since = row.since, s.until = row.until
