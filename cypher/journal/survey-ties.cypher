// A survey wave's ties with these keys, as journal rows: the two partners and every property.
MATCH (a:Partner)-[c:COLLABORATES]->(b:Partner)
WHERE c.key IN $keys AND c.wave IS NOT NULL
RETURN c.key AS key, a.id AS from, b.id AS to, properties(c) AS properties
