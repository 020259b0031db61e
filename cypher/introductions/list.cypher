// Every introduction, with the first journal entry after it that left a tie between its partners (worked).
MATCH (i:TafelIntroduction)
WHERE $id IS NULL OR i.id = $id
OPTIONAL CALL (i) {
  MATCH (c:TafelChange)
  WHERE c.version > i.version
  UNWIND c.elements AS element
  WITH c, element
  WHERE element STARTS WITH 'collaborations/' + i.a + '|' + i.b + '|'
  MATCH (:Partner {id: i.a})-[t:COLLABORATES {key: substring(element, 15)}]->(:Partner {id: i.b})
  RETURN c.at AS workedAt, c.version AS workedVersion
  ORDER BY c.version
  LIMIT 1
}
RETURN i.id AS id, i.a AS a, i.b AS b, i.owner AS owner, i.due AS due, i.reasons AS reasons, i.state AS state,
       i.created AS created, i.createdBy AS createdBy, i.version AS version, i.history AS history,
       workedAt, workedVersion
ORDER BY i.created, i.id
