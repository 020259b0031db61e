UNWIND $rows AS row
MATCH (a:Partner {id: row.a}), (b:Partner {id: row.b})
CREATE (a)-[:COLLABORATES {key: row.key, kind: row.kind, strength: row.strength, trust: row.trust,
                           since: row.since, until: row.until}]->(b)
