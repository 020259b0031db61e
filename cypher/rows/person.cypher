// The row of a Person n, as in the import document.
OPTIONAL MATCH (n)-[w:WORKS_FOR]->(p:Partner)
RETURN n.id AS id, n.name AS name, n.role AS role, p.id AS worksFor, n.since AS since, n.until AS until,
       w.since AS worksForSince, w.until AS worksForUntil
