// Services the store holds already: update in place. OFFERS is replaced only when the provider changes,
// so importing the same document again writes nothing.
UNWIND $rows AS row
MERGE (n:Service {id: row.id})
SET n:Node, n.name = row.name, n.domain = row.domain, n.ageMin = row.ageMin, n.ageMax = row.ageMax,
    n.neighbourhood = row.neighbourhood, n.capacity = row.capacity,
    n.access_reachable = row.access.reachable, n.access_available = row.access.available,
    n.access_affordable = row.access.affordable, n.access_usable = row.access.usable,
    n.access_understandable = row.access.understandable
WITH n, row
MATCH (p:Partner {id: row.provider})
CALL (n, p) {
  OPTIONAL MATCH (other:Partner)-[old:OFFERS]->(n)
  WITH old, other
  WHERE old IS NOT NULL AND other <> p
  DELETE old
}
MERGE (p)-[:OFFERS]->(n)
