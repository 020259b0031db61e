UNWIND $rows AS row
MERGE (n:Table {id: row.id})
SET n:Node, n.name = row.name, n.kind = row.kind, n.domains = row.domains
