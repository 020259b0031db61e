// The collaborations valid on $at that have a partner of $partners at either end, one row per stored
// relationship (a pair may collaborate in several ways), with its kind, strength and trust.
MATCH (a:Partner)-[c:COLLABORATES]->(b:Partner)
WHERE (a.id IN $partners OR b.id IN $partners)
  AND (c.since IS NULL OR c.since <= $at) AND (c.until IS NULL OR c.until >= $at)
  AND c.wave IS NULL // a survey wave's ties are not the network's
RETURN a.id AS a, b.id AS b, c.kind AS kind, c.strength AS strength, c.trust AS trust
ORDER BY a, b, kind
