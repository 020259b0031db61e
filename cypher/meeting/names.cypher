// The names of the partners and persons among $ids (a session keeps ids only).
MATCH (n:Node)
WHERE n.id IN $ids AND (n:Partner OR n:Person)
RETURN n.id AS id, n.name AS name
