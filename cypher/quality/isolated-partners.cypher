// Partners without a collaboration valid on $today.
MATCH (p:Partner)
WHERE NOT EXISTS {
  MATCH (p)-[c:COLLABORATES]-(:Partner)
  WHERE (c.since IS NULL OR c.since <= $today) AND (c.until IS NULL OR c.until >= $today)
}
RETURN p.id AS id, p.name AS name
ORDER BY p.id
