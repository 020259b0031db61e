UNWIND $rows AS row
MATCH (t:Table {id: row.table})
CALL (row) {
  OPTIONAL MATCH (p:Partner {id: row.member})
  OPTIONAL MATCH (q:Person {id: row.member})
  RETURN coalesce(p, q) AS member
}
MERGE (member)-[s:SITS_AT {key: row.key}]->(t)
SET s.role = row.role, s.since = row.since, s.until = row.until
