MATCH (s:TafelSession {table: $table})
WHERE $id IS NULL OR s.id = $id
RETURN s.id AS id, s.table AS table, s.date AS date, s.created AS created, s.who AS who, s.version AS version,
       s.actors AS actors, s.ties AS ties, s.partners AS partners, s.notes AS notes
ORDER BY s.date DESC, s.created DESC
