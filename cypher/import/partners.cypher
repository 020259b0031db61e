UNWIND $rows AS row
MERGE (n:Partner {id: row.id})
SET n:Node, n.name = row.name, n.sector = row.sector, n.domains = row.domains,
    n.neighbourhoods = row.neighbourhoods, n.kind = row.kind, n.since = row.since, n.until = row.until
