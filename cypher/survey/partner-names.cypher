// Every partner's id and name, to suggest a match for a name given as missing.
MATCH (p:Partner)
RETURN p.id AS id, p.name AS name
