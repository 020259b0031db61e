// A referral is a node joining three things: FROM a partner or person, TO a partner or service, FOR a family.
UNWIND $rows AS row
MERGE (r:Referral {id: row.id})
SET r.date = row.date, r.domain = row.domain, r.status = row.status
WITH r, row
OPTIONAL MATCH (r)-[old:FROM|TO|FOR]->()
DELETE old
WITH DISTINCT r, row
CALL (row) {
  OPTIONAL MATCH (p:Partner {id: row.from})
  OPTIONAL MATCH (q:Person {id: row.from})
  RETURN coalesce(p, q) AS sender
}
CALL (row) {
  OPTIONAL MATCH (p:Partner {id: row.to})
  OPTIONAL MATCH (s:Service {id: row.to})
  RETURN coalesce(p, s) AS receiver
}
MATCH (f:Family {id: row.family})
CREATE (r)-[:FROM]->(sender), (r)-[:TO]->(receiver), (r)-[:FOR]->(f)
