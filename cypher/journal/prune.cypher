// The journal's pruning: entries written before $before go, except each author's newest $own entries (their
// undo and redo stacks). at is an ISO-8601 instant, so text order is time order.
MATCH (c:TafelChange)
WITH c.by AS by, c.version AS version
ORDER BY version DESC
WITH by, collect(version) AS versions
WITH by, CASE WHEN size(versions) > $own THEN versions[$own - 1] END AS oldestKept
WHERE oldestKept IS NOT NULL
MATCH (c:TafelChange {by: by})
WHERE c.version < oldestKept AND c.at < $before
WITH collect(c) AS old
FOREACH (c IN old | DELETE c)
RETURN size(old) AS removed
