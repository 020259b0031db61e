// Opens a consistent read: locks the graph's version node, which every write also locks when it bumps
// the version. A write that is committing finishes first; a write that has not committed yet waits
// until the read ends, so every query of the read sees one version. The read's transaction is rolled
// back, so nothing is written.
MATCH (m:TafelMeta {id: 'graph'})
SET m.readHold = true
RETURN coalesce(m.version, 0) AS version
