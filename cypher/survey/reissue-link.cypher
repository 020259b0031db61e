// A new token for a partner's link (the old one stops working at once); its answers stay.
MATCH (l:TafelSurveyLink {survey: $survey, partner: $partner})-[:IN]->(s:TafelSurvey {status: 'open'})
SET l.hash = $hash, l.revoked = null
RETURN l.id AS id
