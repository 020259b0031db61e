// Every tie named in a wave, from the respondent (from) to the partner it named (to).
MATCH (t:TafelSurveyTie {survey: $survey})
RETURN t.from AS from, t.to AS to, t.kinds AS kinds, t.frequency AS frequency, t.openness AS openness,
       t.reliability AS reliability, t.mission AS mission, t.influence AS influence,
       t.involvement AS involvement, t.resources AS resources
ORDER BY t.from, t.to
