MATCH ()-[r:SUPPORTS {key: $key}]->()
DELETE r
RETURN count(r) AS deleted
