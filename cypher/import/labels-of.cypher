// Which of $ids the store holds, and as what, for the checks before an import: one row per set of labels.
UNWIND $ids AS id
MATCH (n:Node {id: id})
WITH labels(n) AS labels, collect(id) AS ids
RETURN labels, ids
