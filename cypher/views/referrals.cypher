// Referrals between partners in the year up to $at (a person counts as its partner, a service as its
// provider), optionally only in $domain, for families living in $neighbourhood, or with an outcome
// (status) in $statuses.
MATCH (r:Referral)
WHERE r.date > $from AND r.date <= $at AND ($domain IS NULL OR r.domain = $domain)
  AND ($statuses IS NULL OR r.status IN $statuses)
MATCH (r)-[:FOR]->(f:Family)
WHERE $neighbourhood IS NULL OR f.neighbourhood = $neighbourhood
MATCH (r)-[:FROM]->(s)
MATCH (r)-[:TO]->(t)
OPTIONAL MATCH (s)-[:WORKS_FOR]->(employer:Partner)
OPTIONAL MATCH (provider:Partner)-[:OFFERS]->(t)
WITH CASE WHEN s:Partner THEN s ELSE employer END AS sender,
     CASE WHEN t:Partner THEN t ELSE provider END AS receiver
WHERE sender IS NOT NULL AND receiver IS NOT NULL
RETURN sender.id AS source, receiver.id AS target, count(*) AS weight
