// The organisations respondents named as missing in the newest survey wave closed by $at in which
// anyone named one: per respondent (a link is one partner), the names it gave.
MATCH (s:TafelSurvey {status: 'closed'})
WHERE s.closedOn <= $at
  AND EXISTS { MATCH (l:TafelSurveyLink {survey: s.id}) WHERE size(l.missing) > 0 }
WITH s ORDER BY s.closedOn DESC, s.id DESC LIMIT 1
MATCH (l:TafelSurveyLink {survey: s.id})
WHERE size(l.missing) > 0
RETURN s.id AS wave, s.name AS waveName, l.partner AS partner, l.missing AS names
