// The respondent opened its link: 'not-opened' becomes 'started'.
MATCH (l:TafelSurveyLink {id: $id})
WHERE l.state = 'not-opened'
SET l.state = 'started', l.opened = $now
