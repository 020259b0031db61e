// The row of a Table n, as in the import document.
RETURN n.id AS id, n.name AS name, n.kind AS kind, n.domains AS domains
