// The journal entries whose rows or element keys may name $id (a family being erased); the caller checks
// each row exactly, since CONTAINS also finds longer ids.
MATCH (c:TafelChange)
WHERE c.changes CONTAINS $id OR any(e IN c.elements WHERE e CONTAINS $id)
RETURN c.version AS version, c.changes AS changes, c.elements AS elements
