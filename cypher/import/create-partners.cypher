// Partners new to the store (the writer checked): CREATE, no look-up.
UNWIND $rows AS row
CREATE (:Partner:Node {id: row.id, name: row.name, sector: row.sector, domains: row.domains,
                       neighbourhoods: row.neighbourhoods, kind: row.kind})
