UNWIND $rows AS row
MATCH (p:Person {id: row.person}), (f:Family {id: row.family})
CREATE (p)-[:SUPPORTS {key: row.key, since: row.since, until: row.until}]->(f)
