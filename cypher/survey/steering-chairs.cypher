// Partners chairing a steering table on $at.
MATCH (p:Partner)-[s:SITS_AT {role: 'chair'}]->(t:Table {kind: 'steering'})
WHERE (s.since IS NULL OR s.since <= $at) AND (s.until IS NULL OR s.until >= $at)
RETURN DISTINCT p.id AS id
