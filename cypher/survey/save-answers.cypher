// One respondent's answers: each named tie merged on its own key (so two people of one partner
// answering at once lose no tie), removed ties deleted, and the wave-level answers replaced.
// The link is matched again by id, hash and openness inside the write, so a wave closed meanwhile
// takes nothing.
MATCH (l:TafelSurveyLink {id: $link, hash: $hash})-[:IN]->(s:TafelSurvey {status: 'open'})
WHERE l.revoked IS NULL
SET l.state = CASE WHEN $submit OR l.state = 'submitted' THEN 'submitted' ELSE 'started' END,
    l.opened = coalesce(l.opened, $now), l.updated = $now,
    l.submitted = CASE WHEN $submit THEN $now ELSE l.submitted END,
    l.leads = coalesce($leads, l.leads), l.missing = coalesce($missing, l.missing),
    l.comment = CASE WHEN $comment IS NULL THEN l.comment ELSE $comment END
WITH l, s
CALL (l, s) {
  UNWIND $ties AS tie
  MERGE (t:TafelSurveyTie {key: s.id + '|' + l.partner + '|' + tie.to})
  SET t.survey = s.id, t.from = l.partner, t.to = tie.to, t.kinds = tie.kinds, t.frequency = tie.frequency,
      t.openness = tie.openness, t.reliability = tie.reliability, t.mission = tie.mission,
      t.influence = tie.influence, t.involvement = tie.involvement, t.resources = tie.resources,
      t.updated = $now
}
CALL (l, s) {
  UNWIND $removed AS to
  MATCH (t:TafelSurveyTie {key: s.id + '|' + l.partner + '|' + to})
  DELETE t
}
RETURN l.id AS id
