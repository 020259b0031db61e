// Partners and persons with their names, for finding likely duplicates.
MATCH (n:Node)
WHERE (n:Partner OR n:Person) AND n.name IS NOT NULL
RETURN CASE WHEN n:Partner THEN 'partners' ELSE 'persons' END AS section, n.id AS id, n.name AS name
ORDER BY n.id
