// Everything the store holds but its graph version (tokens and the journal included): a bulk load needs none.
MATCH (n)
WHERE NOT n:TafelMeta
RETURN count(n) AS nodes
