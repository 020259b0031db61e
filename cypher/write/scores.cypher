// Stores a view's scores on its nodes (matched by label and id just before this text), so analysts can
// query them with Cypher. tafel_view and tafel_at say which view and date the scores come from.
SET n += row.scores
RETURN count(n) AS written
