// Candidates for a presented secret; the caller compares the hash again in constant time.
MATCH (t:TafelToken {hash: $hash})
WHERE t.revoked IS NULL
RETURN t.id AS id, t.name AS name, t.role AS role, t.hash AS hash
