MATCH (t:TafelToken {id: $id})
WHERE t.revoked IS NULL
SET t.revoked = $revoked
RETURN t.id AS id
