// Which families each partner in the network on $at reaches that day: through its services (USES), its staff (SUPPORTS), and
// referrals it sent or received in the year up to $at. One wide row per partner. Referral ends are
// resolved to their partner once per end, not once per referral.
CALL () {
  MATCH (p:Partner)-[:OFFERS]->(:Service)<-[u:USES]-(f:Family)
  WHERE (u.since IS NULL OR u.since <= $at) AND (u.until IS NULL OR u.until >= $at)
  RETURN p, f
  UNION
  MATCH (p:Partner)<-[w:WORKS_FOR]-(:Person)-[s:SUPPORTS]->(f:Family)
  WHERE (s.since IS NULL OR s.since <= $at) AND (s.until IS NULL OR s.until >= $at)
    AND (w.since IS NULL OR w.since <= $at) AND (w.until IS NULL OR w.until >= $at)
  RETURN p, f
  UNION
  MATCH (r:Referral)-[:FOR]->(f:Family)
  WHERE r.date > $from AND r.date <= $at
  MATCH (r)-[:FROM|TO]->(end)
  WITH end, collect(DISTINCT f) AS families
  OPTIONAL MATCH (end)-[:WORKS_FOR]->(employer:Partner)
  OPTIONAL MATCH (provider:Partner)-[:OFFERS]->(end)
  WITH families, CASE WHEN end:Partner THEN end WHEN employer IS NOT NULL THEN employer ELSE provider END AS p
  WHERE p IS NOT NULL
  UNWIND families AS f
  RETURN p, f
}
WITH p, f
WHERE (p.since IS NULL OR p.since <= $at) AND (p.until IS NULL OR p.until >= $at)
  AND ($domain IS NULL OR $domain IN f.needs) AND ($neighbourhood IS NULL OR f.neighbourhood = $neighbourhood)
RETURN p.id AS partner, collect(DISTINCT f.id) AS families
