MATCH (a:TafelAudit)
RETURN a.id AS id, a.at AS at, a.who AS who, a.role AS role, a.method AS method, a.route AS route,
       a.status AS status, a.rows AS rows
ORDER BY a.at DESC, a.id DESC
SKIP $offset LIMIT $limit
