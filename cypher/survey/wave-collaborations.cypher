// A wave's ties, for the map and the analyses with wave=ID.
MATCH (a:Partner)-[c:COLLABORATES {wave: $wave}]->(b:Partner)
RETURN a.id AS source, b.id AS target, c.trust AS trust, c.value AS value, c.reciprocated AS reciprocated
