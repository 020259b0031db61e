UNWIND $rows AS row
MATCH (a:Partner {id: row.a}), (b:Partner {id: row.b})
MERGE (a)-[c:COLLABORATES {key: row.key}]->(b)
SET c.kind = row.kind, c.strength = row.strength, c.trust = row.trust, c.since = row.since, c.until = row.until
