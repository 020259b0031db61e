// A referral is a node joining three things: FROM a partner or person, TO a partner or service, FOR a family.
UNWIND $rows AS row
MERGE (r:Referral {id: row.id})
SET r:Node, r.date = row.date, r.domain = row.domain, r.status = row.status
WITH r, row
OPTIONAL MATCH (r)-[old:FROM|TO|FOR]->()
DELETE old
WITH DISTINCT r, row
MATCH (sender:Node {id: row.from}), (receiver:Node {id: row.to}), (f:Family {id: row.family})
CREATE (r)-[:FROM]->(sender), (r)-[:TO]->(receiver), (r)-[:FOR]->(f)
