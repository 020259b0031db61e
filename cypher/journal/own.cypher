// The newest entries of one author, for undo and redo.
MATCH (c:TafelChange {by: $by})
RETURN c.version AS version, c.op AS op, c.target AS target
ORDER BY c.version DESC
LIMIT $limit
