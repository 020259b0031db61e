// The partners invited to a wave.
MATCH (s:TafelSurvey {id: $id})
RETURN s.partners AS partners
