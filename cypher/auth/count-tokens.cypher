MATCH (t:TafelToken)
WHERE t.revoked IS NULL
RETURN count(t) AS tokens
