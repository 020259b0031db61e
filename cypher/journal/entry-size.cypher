// How much one journal entry keeps of its rows: bytes packed (gzipped JSON) or characters of JSON text.
MATCH (c:TafelChange {version: $version})
RETURN size(c.packed) AS packed, size(c.changes) AS text
