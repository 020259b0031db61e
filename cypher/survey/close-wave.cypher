// Closes an open wave: its links die with it.
MATCH (s:TafelSurvey {id: $id})
WHERE s.status = 'open'
SET s.status = 'closed', s.closedOn = $on
RETURN s.id AS id
