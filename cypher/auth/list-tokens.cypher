MATCH (t:TafelToken)
RETURN t.id AS id, t.name AS name, t.role AS role, t.created AS created, t.revoked AS revoked
ORDER BY t.created, t.id
