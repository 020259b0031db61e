// The wave-level answers of every link: who leads, who is missing, comments.
MATCH (l:TafelSurveyLink {survey: $survey})
RETURN l.partner AS partner, l.state AS state, l.leads AS leads, l.missing AS missing, l.comment AS comment
ORDER BY l.partner
