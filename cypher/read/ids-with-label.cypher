// Which of $ids the store holds, and as what: every node Tafel writes also carries the label Node.
MATCH (n:Node)
WHERE n.id IN $ids
RETURN n.id AS id, labels(n) AS labels
