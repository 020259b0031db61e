// Nodes new to the store (the writer checked), of every label in one query: CREATE, no look-up. The labels
// come from the writer (an enum, plus Node), never from the document. Families carry only their
// allowlisted facts: the writer builds their properties from the Family record.
// Returns the element id of each node, for the relationships that follow.
UNWIND $rows AS row
CREATE (n:$(row.labels))
SET n = row.properties
RETURN collect(row.properties.id) AS ids, collect(elementId(n)) AS elementIds
