// Collaborations valid on $at; several valid spells of one pair add up.
MATCH (a:Partner)-[c:COLLABORATES]->(b:Partner)
WHERE (c.since IS NULL OR c.since <= $at) AND (c.until IS NULL OR c.until >= $at)
  AND c.wave IS NULL // a survey wave's ties are analysed with wave=ID
RETURN a.id AS source, b.id AS target, sum(coalesce(c.strength, 1.0)) AS weight
