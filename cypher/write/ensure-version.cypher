// The graph's version node exists from the start, so consistent reads can lock it.
MERGE (m:TafelMeta {id: 'graph'})
ON CREATE SET m.version = 0
