// Which of $ids the store holds, each with its element id, so the writer can join relationships to them
// without a second index look-up. One row holding two lists in the same order: streaming one record per
// id costs more than the look-up itself.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN collect(id) AS ids, collect(elementId(n)) AS elementIds
