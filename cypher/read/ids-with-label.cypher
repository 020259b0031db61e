// The label of each of $ids that exists in the store (one id names one node, whatever its label).
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Partner {id: id}) RETURN 'Partner' AS label
  UNION ALL
  MATCH (n:Person {id: id}) RETURN 'Person' AS label
  UNION ALL
  MATCH (n:Service {id: id}) RETURN 'Service' AS label
  UNION ALL
  MATCH (n:Family {id: id}) RETURN 'Family' AS label
  UNION ALL
  MATCH (n:Table {id: id}) RETURN 'Table' AS label
  UNION ALL
  MATCH (n:Referral {id: id}) RETURN 'Referral' AS label
}
RETURN id, label
