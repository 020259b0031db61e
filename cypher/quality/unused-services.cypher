// Services that no family uses on $today and that no referral was sent to.
MATCH (s:Service)
WHERE NOT EXISTS {
  MATCH (:Family)-[u:USES]->(s)
  WHERE (u.since IS NULL OR u.since <= $today) AND (u.until IS NULL OR u.until >= $today)
}
  AND NOT EXISTS { MATCH (:Referral)-[:TO]->(s) }
RETURN s.id AS id, s.name AS name
ORDER BY s.id
