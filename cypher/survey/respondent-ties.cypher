// The ties one respondent (a partner) named in one wave.
MATCH (t:TafelSurveyTie {survey: $survey, from: $partner})
RETURN t.to AS to, t.kinds AS kinds, t.frequency AS frequency, t.openness AS openness,
       t.reliability AS reliability, t.mission AS mission, t.influence AS influence,
       t.involvement AS involvement, t.resources AS resources
ORDER BY t.to
