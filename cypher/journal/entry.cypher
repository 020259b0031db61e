MATCH (c:TafelChange {version: $version})
RETURN c.version AS version, c.at AS at, c.who AS who, c.role AS role, c.by AS by, c.op AS op,
       c.target AS target, c.elements AS elements, c.changes AS changes, c.packed AS packed
