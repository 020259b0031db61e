MATCH ()-[r:COLLABORATES {key: $key}]->()
DELETE r
RETURN count(r) AS deleted
