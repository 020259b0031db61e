// Changes after version $since that touched any of $elements, except those made by $notBy (may be null).
MATCH (c:TafelChange)
WHERE c.version > $since AND ($notBy IS NULL OR c.by <> $notBy)
WITH c, [e IN c.elements WHERE e IN $elements] AS touched
WHERE size(touched) > 0
RETURN c.version AS version, c.at AS at, c.who AS who, c.op AS op, touched AS elements
ORDER BY c.version
LIMIT 20
