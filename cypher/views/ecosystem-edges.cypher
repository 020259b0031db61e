// Every relationship of the ecosystem view valid on $at (referrals: in the year up to $at).
MATCH (a)-[r:SITS_AT|COLLABORATES|SUPPORTS|USES]->(b)
WHERE (r.since IS NULL OR r.since <= $at) AND (r.until IS NULL OR r.until >= $at)
RETURN a.id AS source, b.id AS target, toLower(type(r)) AS kind
UNION ALL
MATCH (a:Person)-[:WORKS_FOR]->(b:Partner)
RETURN a.id AS source, b.id AS target, 'works_for' AS kind
UNION ALL
MATCH (a:Partner)-[:OFFERS]->(b:Service)
RETURN a.id AS source, b.id AS target, 'offers' AS kind
UNION ALL
MATCH (r:Referral)-[:FROM]->(a), (r)-[:TO]->(b)
WHERE r.date > $from AND r.date <= $at
RETURN DISTINCT a.id AS source, b.id AS target, 'referral' AS kind
UNION ALL
MATCH (r:Referral)-[:TO]->(a), (r)-[:FOR]->(b:Family)
WHERE r.date > $from AND r.date <= $at
RETURN DISTINCT a.id AS source, b.id AS target, 'referral' AS kind
