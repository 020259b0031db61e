// A closed wave's answers as COLLABORATES ties, in the respondent's direction, dated to the wave.
UNWIND $rows AS row
MATCH (a:Partner {id: row.from}), (b:Partner {id: row.to})
MERGE (a)-[c:COLLABORATES {key: row.key}]->(b)
SET c.wave = row.wave, c.kind = row.kind, c.kinds = row.kinds, c.frequency = row.frequency,
    c.strength = 1.0, c.openness = row.openness, c.reliability = row.reliability, c.mission = row.mission,
    c.influence = row.influence, c.involvement = row.involvement, c.resources = row.resources,
    c.trust = row.trust, c.value = row.value, c.reciprocated = row.reciprocated,
    c.since = row.since, c.until = row.until
