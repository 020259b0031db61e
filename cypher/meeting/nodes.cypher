// Which of $ids name a partner or person, and whether table $table exists.
OPTIONAL MATCH (t:Table {id: $table})
WITH t
OPTIONAL MATCH (n:Node)
WHERE n.id IN $ids AND (n:Partner OR n:Person)
RETURN t IS NOT NULL AS table, collect(n.id) AS ids
