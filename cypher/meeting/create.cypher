// A meeting-mode session at a table: a dated snapshot of the influence and stance the group gave each
// actor and of the ties and partners it added (journal version $version holds their rows).
MATCH (t:Table {id: $table})
CREATE (s:TafelSession {id: $id, table: $table, date: $date, created: $at, who: $who, version: $version,
                        actors: $actors, ties: $ties, partners: $partners, notes: $notes})
RETURN s.id AS id
