OPTIONAL MATCH (m:TafelMeta {id: 'graph'})
RETURN coalesce(m.version, 0) AS version
