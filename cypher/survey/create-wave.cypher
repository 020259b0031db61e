// A new wave and one link per invited partner; only the SHA-256 of each link's token is kept.
CREATE (s:TafelSurvey {id: $id, name: $name, closes: $closes, language: $language, table: $table,
                       partners: $partners, status: 'open', opened: $opened})
WITH s
UNWIND $links AS link
CREATE (l:TafelSurveyLink {id: link.id, survey: $id, partner: link.partner, hash: link.hash,
                           state: 'not-opened', leads: [], missing: []})
CREATE (l)-[:IN]->(s)
