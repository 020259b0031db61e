MATCH ()-[r:USES {key: $key}]->()
DELETE r
RETURN count(r) AS deleted
