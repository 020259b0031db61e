// Every seat valid on $at at any table: the table, the member (a partner or a person) with its role and
// since, and the partner it represents (itself, or for a person the partner it works for on $at).
MATCH (m)-[s:SITS_AT]->(t:Table)
WHERE (s.since IS NULL OR s.since <= $at) AND (s.until IS NULL OR s.until >= $at)
OPTIONAL MATCH (m)-[w:WORKS_FOR]->(employer:Partner)
WHERE (w.since IS NULL OR w.since <= $at) AND (w.until IS NULL OR w.until >= $at)
WITH t, m, s, head(collect(employer.id)) AS employer
RETURN t.id AS table, m.id AS member, m.name AS memberName,
       CASE WHEN m:Person THEN 'person' ELSE 'partner' END AS type, s.role AS role, s.since AS since,
       CASE WHEN m:Person THEN employer ELSE m.id END AS partner
ORDER BY table, member
