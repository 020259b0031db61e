// Every node of the ecosystem view on $at (partners and persons within their since/until, where known)
// with what filters and the map need. Sent as rows of up to 10,000
// nodes, each [id, type, name, sector, kind, role, neighbourhood, domains, neighbourhoods]: over Bolt a
// row costs far more than a value, and a region has a quarter of a million nodes.
CALL () {
  MATCH (p:Partner)
  WHERE (p.since IS NULL OR p.since <= $at) AND (p.until IS NULL OR p.until >= $at)
  OPTIONAL MATCH (p)-[:OFFERS]->(s:Service)
  WITH p, collect(DISTINCT s.domain) AS sd, collect(DISTINCT s.neighbourhood) AS sn
  RETURN p.id AS id, 'partner' AS type, p.name AS name, p.sector AS sector, p.kind AS kind, null AS role,
         null AS neighbourhood, coalesce(p.domains, []) + sd AS domains, coalesce(p.neighbourhoods, []) + sn AS neighbourhoods
  UNION ALL
  MATCH (n:Person)
  WHERE (n.since IS NULL OR n.since <= $at) AND (n.until IS NULL OR n.until >= $at)
  RETURN n.id AS id, 'person' AS type, n.name AS name, null AS sector, null AS kind, n.role AS role,
         null AS neighbourhood, [] AS domains, [] AS neighbourhoods
  UNION ALL
  MATCH (n:Service)
  RETURN n.id AS id, 'service' AS type, n.name AS name, null AS sector, null AS kind, null AS role,
         n.neighbourhood AS neighbourhood, CASE WHEN n.domain IS NULL THEN [] ELSE [n.domain] END AS domains,
         CASE WHEN n.neighbourhood IS NULL THEN [] ELSE [n.neighbourhood] END AS neighbourhoods
  UNION ALL
  MATCH (n:Family)
  RETURN n.id AS id, 'family' AS type, null AS name, null AS sector, null AS kind, null AS role,
         n.neighbourhood AS neighbourhood, coalesce(n.needs, []) AS domains,
         CASE WHEN n.neighbourhood IS NULL THEN [] ELSE [n.neighbourhood] END AS neighbourhoods
  UNION ALL
  MATCH (n:Table)
  RETURN n.id AS id, 'table' AS type, n.name AS name, null AS sector, n.kind AS kind, null AS role,
         null AS neighbourhood, coalesce(n.domains, []) AS domains, [] AS neighbourhoods
}
WITH collect([id, type, name, sector, kind, role, neighbourhood, domains, neighbourhoods]) AS nodes
UNWIND range(0, size(nodes) - 1, 10000) AS i
RETURN nodes[i..i + 10000] AS nodes
