MATCH (a:TafelAudit)
WITH a ORDER BY a.at DESC, a.id DESC SKIP $offset LIMIT $limit
OPTIONAL MATCH (c:TafelChange {version: a.change})
RETURN a.id AS id, a.at AS at, a.who AS who, a.role AS role, a.method AS method, a.route AS route,
       a.status AS status, a.rows AS rows, a.change AS change, c.op AS op, size(c.elements) AS elements
ORDER BY a.at DESC, a.id DESC
