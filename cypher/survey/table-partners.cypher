// The partners sitting at a table today (members, chair, observers).
MATCH (p:Partner)-[s:SITS_AT]->(t:Table {id: $table})
WHERE (s.since IS NULL OR s.since <= $at) AND (s.until IS NULL OR s.until >= $at)
RETURN DISTINCT p.id AS id
