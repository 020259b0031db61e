// Referrals the store holds already: update in place. A referral is a node joining three things: FROM a
// partner or person, TO a partner or service, FOR a family. A link is replaced only when its end changes,
// so importing the same document again writes nothing.
UNWIND $rows AS row
MERGE (r:Referral {id: row.id})
SET r:Node, r.date = row.date, r.domain = row.domain, r.status = row.status, r.completedOn = row.completedOn
WITH r, row
MATCH (sender:Node {id: row.from}), (receiver:Node {id: row.to}), (f:Family {id: row.family})
CALL (r, sender, receiver, f) {
  OPTIONAL MATCH (r)-[old:FROM|TO|FOR]->(other)
  WITH old, other
  WHERE old IS NOT NULL
    AND CASE type(old) WHEN 'FROM' THEN other <> sender WHEN 'TO' THEN other <> receiver ELSE other <> f END
  DELETE old
}
MERGE (r)-[:FROM]->(sender)
MERGE (r)-[:TO]->(receiver)
MERGE (r)-[:FOR]->(f)
