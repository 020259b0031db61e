// What still names the node n (matched before this text) and would dangle if n went alone: the services it
// offers (their provider) and the referrals from or to it.
OPTIONAL MATCH (n)-[:OFFERS]->(s:Service)
WITH n, collect(s.id) AS services
OPTIONAL MATCH (r:Referral)-[:FROM|TO]->(n)
RETURN services, collect(r.id) AS referrals
