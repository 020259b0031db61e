MATCH ()-[r:SITS_AT {key: $key}]->()
DELETE r
RETURN count(r) AS deleted
