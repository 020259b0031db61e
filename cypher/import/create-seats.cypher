// Seats with an end created by this import: new for sure.
UNWIND $rows AS row
MATCH (t:Table {id: row.table}), (member:Node {id: row.member})
CREATE (member)-[:SITS_AT {key: row.key, role: row.role, since: row.since, until: row.until}]->(t)
