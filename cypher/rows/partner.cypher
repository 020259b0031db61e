// The row of a Partner n, as in the import document.
RETURN n.id AS id, n.name AS name, n.sector AS sector, n.domains AS domains,
       n.neighbourhoods AS neighbourhoods, n.kind AS kind, n.since AS since, n.until AS until
