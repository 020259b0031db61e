// Every write ends here, so that caches of analyses know the graph changed.
MERGE (m:TafelMeta {id: 'graph'})
SET m.version = coalesce(m.version, 0) + 1
RETURN m.version AS version
