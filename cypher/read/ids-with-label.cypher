// Which of $ids exist with the label the caller matched before this text (one index seek per id).
WHERE n.id IN $ids
RETURN n.id AS id
