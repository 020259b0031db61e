// Rewrites one journal entry without the rows that named an erased family (as text, or packed again).
MATCH (c:TafelChange {version: $version})
SET c.changes = $changes, c.packed = $packed, c.families = $families, c.elements = $elements,
    c.erasedRows = coalesce(c.erasedRows, 0) + $erased
