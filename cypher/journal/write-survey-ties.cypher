// Writes survey wave ties back from journal rows (undo and redo); dates come back from ISO text.
UNWIND $rows AS row
MATCH (a:Partner {id: row.from}), (b:Partner {id: row.to})
MERGE (a)-[c:COLLABORATES {key: row.key}]->(b)
SET c = row.properties, c.key = row.key,
    c.since = CASE WHEN row.properties.since IS NULL THEN null ELSE date(row.properties.since) END,
    c.until = CASE WHEN row.properties.until IS NULL THEN null ELSE date(row.properties.until) END
