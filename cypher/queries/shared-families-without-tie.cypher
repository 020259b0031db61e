// Partner pairs whose services are used by the same families but who have no collaboration at all:
// the ones who should know each other. Run with :param at => date('2026-10-31').
MATCH (a:Partner)-[:OFFERS]->(:Service)<-[u1:USES]-(f:Family)-[u2:USES]->(:Service)<-[:OFFERS]-(b:Partner)
WHERE a.id < b.id
  AND (u1.until IS NULL OR u1.until >= $at) AND (u2.until IS NULL OR u2.until >= $at)
  AND NOT (a)-[:COLLABORATES]-(b)
WITH a, b, count(DISTINCT f) AS sharedFamilies
RETURN a.id AS partner, a.name AS name, b.id AS other, b.name AS otherName, sharedFamilies
ORDER BY sharedFamilies DESC, partner, other
LIMIT 25
