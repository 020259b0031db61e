UNWIND $rows AS row
MATCH (t:Table {id: row.table}), (member:Node {id: row.member})
MERGE (member)-[s:SITS_AT {key: row.key}]->(t)
SET s.role = row.role, s.since = row.since, s.until = row.until
