UNWIND $rows AS row
CREATE (:Table:Node {id: row.id, name: row.name, kind: row.kind, domains: row.domains})
