// The supports with these keys, as rows of the import document.
MATCH (p:Person)-[s:SUPPORTS]->(f:Family)
WHERE s.key IN $keys
RETURN p.id AS person, f.id AS family, s.since AS since, s.until AS until
