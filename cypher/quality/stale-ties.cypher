// Collaborations still open that began before $cutoff (or have no start) and that no journal entry since
// $cutoffAt confirmed or renewed.
MATCH (a:Partner)-[c:COLLABORATES]->(b:Partner)
WHERE (c.until IS NULL OR c.until >= $today) AND (c.since IS NULL OR c.since <= $cutoff)
  AND NOT EXISTS {
    MATCH (j:TafelChange)
    WHERE j.at >= $cutoffAt AND ('collaborations/' + c.key) IN j.elements
  }
RETURN a.id AS a, b.id AS b, c.since AS since, c.key AS key
ORDER BY c.since, c.key
