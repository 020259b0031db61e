// Whether a table exists.
MATCH (t:Table {id: $id})
RETURN count(t) AS n
