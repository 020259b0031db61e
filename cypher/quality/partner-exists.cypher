OPTIONAL MATCH (p:Partner {id: $id})
RETURN p IS NOT NULL AS exists
