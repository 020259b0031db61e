// The row of a Service n, as in the import document.
OPTIONAL MATCH (p:Partner)-[:OFFERS]->(n)
RETURN n.id AS id, n.name AS name, p.id AS provider, n.domain AS domain, n.ageMin AS ageMin, n.ageMax AS ageMax,
       n.neighbourhood AS neighbourhood, n.capacity AS capacity,
       CASE WHEN n.access_reachable IS NULL THEN null ELSE {
         reachable: n.access_reachable, available: n.access_available, affordable: n.access_affordable,
         usable: n.access_usable, understandable: n.access_understandable} END AS access
