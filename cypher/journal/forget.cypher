// Rewrites one journal entry without the rows that named an erased family.
MATCH (c:TafelChange {version: $version})
SET c.changes = $changes, c.elements = $elements, c.erasedRows = coalesce(c.erasedRows, 0) + $erased
