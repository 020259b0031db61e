// Revokes one link of a wave.
MATCH (l:TafelSurveyLink {survey: $survey, partner: $partner})
WHERE l.revoked IS NULL
SET l.revoked = $now
RETURN l.id AS id
