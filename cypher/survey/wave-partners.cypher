// The partners invited to a wave, and the day its network is read at: the day it closed, or today's
// request date while it is open (null).
MATCH (s:TafelSurvey {id: $id})
RETURN s.partners AS partners, s.closedOn AS closedOn
