// The uses with these keys, as rows of the import document.
MATCH (f:Family)-[u:USES]->(s:Service)
WHERE u.key IN $keys
RETURN f.id AS family, s.id AS service, u.since AS since, u.until AS until
