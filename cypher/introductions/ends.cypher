// Which of the introduction's partners and owner exist.
OPTIONAL MATCH (a:Partner {id: $a})
OPTIONAL MATCH (b:Partner {id: $b})
OPTIONAL MATCH (o:Person {id: $owner})
RETURN a IS NOT NULL AS a, b IS NOT NULL AS b, o IS NOT NULL AS owner
