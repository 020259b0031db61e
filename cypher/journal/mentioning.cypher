// The journal entries whose rows or element keys may name $id (a family being erased); the caller checks
// each row exactly, since CONTAINS also finds longer ids. A packed entry lists the families its rows name.
MATCH (c:TafelChange)
WHERE c.changes CONTAINS $id OR $id IN coalesce(c.families, []) OR any(e IN c.elements WHERE e CONTAINS $id)
RETURN c.version AS version, c.changes AS changes, c.packed AS packed, c.families AS families,
       c.elements AS elements
