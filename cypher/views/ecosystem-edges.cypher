// Every relationship of the ecosystem view valid on $at (referrals: in the year up to $at), grouped by
// node and kind: [node id, type, [other ids]], the node the source, but for REFERRED_BY the target; an
// id repeats when several relationships link the pair, but a pair of referral ends comes once.
// Sent as rows of up to 10,000 groups: over Bolt a row costs far more than a value.
CALL () {
  MATCH (a)-[r:SITS_AT|COLLABORATES|SUPPORTS|USES]->(b)
  WHERE (r.since IS NULL OR r.since <= $at) AND (r.until IS NULL OR r.until >= $at) AND r.wave IS NULL
  WITH a, type(r) AS kind, collect(b.id) AS targets
  RETURN a.id AS source, kind, targets
  UNION ALL
  MATCH (a:Person)-[w:WORKS_FOR]->(b:Partner)
  WHERE (w.since IS NULL OR w.since <= $at) AND (w.until IS NULL OR w.until >= $at)
  WITH a, collect(b.id) AS targets
  RETURN a.id AS source, 'WORKS_FOR' AS kind, targets
  UNION ALL
  MATCH (a:Partner)-[:OFFERS]->(b:Service)
  WITH a, collect(b.id) AS targets
  RETURN a.id AS source, 'OFFERS' AS kind, targets
  UNION ALL
  // Referrals in one pass, grouped by receiver: the senders that referred to it (each pair once) and the
  // families it was referred (each pair once). REFERRED_BY lists sources, not targets.
  MATCH (r:Referral)-[:TO]->(receiver)
  WHERE r.date > $from AND r.date <= $at
  OPTIONAL MATCH (r)-[:FROM]->(sender)
  OPTIONAL MATCH (r)-[:FOR]->(f:Family)
  WITH receiver, collect(DISTINCT sender) AS senders, collect(DISTINCT f) AS families
  WITH receiver.id AS receiver, [s IN senders | s.id] AS senders, [f IN families | f.id] AS families
  UNWIND [[receiver, 'REFERRED_BY', senders], [receiver, 'REFERRAL', families]] AS g
  RETURN g[0] AS source, g[1] AS kind, g[2] AS targets
}
WITH collect([source, kind, targets]) AS groups
UNWIND range(0, size(groups) - 1, 10000) AS i
RETURN groups[i..i + 10000] AS groups
