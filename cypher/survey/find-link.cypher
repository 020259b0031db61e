// The live link a presented token belongs to: not revoked, its wave open and not past its closing date.
MATCH (l:TafelSurveyLink {hash: $hash})-[:IN]->(s:TafelSurvey)
WHERE l.revoked IS NULL AND s.status = 'open' AND s.closes >= $today
RETURN l.id AS id, l.hash AS hash, l.partner AS partner, l.state AS state, l.leads AS leads,
       l.missing AS missing, l.comment AS comment, s.id AS survey, s.name AS name, s.closes AS closes,
       s.language AS language, s.partners AS partners
