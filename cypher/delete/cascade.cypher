// Deletes the node n (matched before this text) and everything that would dangle without it: the services
// it offers, and every referral from or to it or to one of those services.
OPTIONAL MATCH (n)-[:OFFERS]->(s:Service)
WITH n, collect(s) AS services
CALL (n, services) {
  UNWIND [n] + services AS gone
  MATCH (r:Referral)-[:FROM|TO]->(gone)
  WITH DISTINCT r
  DETACH DELETE r
}
CALL (services) {
  UNWIND services AS s
  DETACH DELETE s
}
DETACH DELETE n
RETURN count(*) AS deleted
