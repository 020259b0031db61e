// Persons the store holds already: update in place. WORKS_FOR is replaced only when it changes, so
// importing the same document again writes nothing; its since/until are set on the one that stays.
UNWIND $rows AS row
MERGE (n:Person {id: row.id})
SET n:Node, n.name = row.name, n.role = row.role, n.since = row.since, n.until = row.until
WITH n, row
OPTIONAL MATCH (p:Partner {id: row.worksFor})
CALL (n, p) {
  OPTIONAL MATCH (n)-[old:WORKS_FOR]->(other:Partner)
  WITH old, other
  WHERE old IS NOT NULL AND (p IS NULL OR other <> p)
  DELETE old
}
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END |
  MERGE (n)-[w:WORKS_FOR]->(p)
  SET w.since = row.worksForSince, w.until = row.worksForUntil)
