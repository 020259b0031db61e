// Right to erasure: the family, every relationship it has, and every referral that names it.
MATCH (f:Family {id: $id})
OPTIONAL MATCH (r:Referral)-[:FOR]->(f)
DETACH DELETE r
WITH DISTINCT f
DETACH DELETE f
RETURN count(f) AS deleted
