// Relationships with an end created by this import, so new for sure, of every type in one query. Both ends
// come as element ids the writer got in this transaction (from existing-ids or create-nodes); the type
// comes from the writer, never from the document.
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.start
MATCH (b) WHERE elementId(b) = row.end
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties
