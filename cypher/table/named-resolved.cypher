// Which of these grouped names a broker resolved to a partner that still exists (no longer missing).
MATCH (n:TafelNamedMissing)
WHERE n.key IN $keys AND EXISTS { MATCH (:Partner {id: n.partner}) }
RETURN n.key AS key
