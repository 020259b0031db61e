// Every wave (or one), newest first, with its links' states.
MATCH (s:TafelSurvey)
WHERE $id IS NULL OR s.id = $id
OPTIONAL MATCH (l:TafelSurveyLink)-[:IN]->(s)
WITH s, l ORDER BY l.partner
RETURN s.id AS id, s.name AS name, s.closes AS closes, s.language AS language, s.table AS table,
       s.partners AS partners, s.status AS status, s.opened AS opened, s.closedOn AS closedOn,
       collect(CASE WHEN l IS NULL THEN null ELSE {id: l.id, partner: l.partner, state: l.state,
               revoked: l.revoked IS NOT NULL, opened: l.opened, submitted: l.submitted} END) AS links
ORDER BY s.opened DESC, s.id
