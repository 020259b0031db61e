// What connects the families that hang on any of $elements on $at: the services they use, the persons who
// support them, and every partner, person or service that sent or received a referral for them in the year
// up to $at ($from exclusive). One row per family and connection.
CALL () {
  MATCH (f:Family)-[u:USES]->(s:Service)
  WHERE s.id IN $elements AND (u.since IS NULL OR u.since <= $at) AND (u.until IS NULL OR u.until >= $at)
  RETURN f
  UNION
  MATCH (p:Person)-[x:SUPPORTS]->(f:Family)
  WHERE p.id IN $elements AND (x.since IS NULL OR x.since <= $at) AND (x.until IS NULL OR x.until >= $at)
  RETURN f
  UNION
  MATCH (e:Partner|Person|Service)<-[:FROM|TO]-(r:Referral)-[:FOR]->(f:Family)
  WHERE e.id IN $elements AND r.date > $from AND r.date <= $at
  RETURN f
}
WITH DISTINCT f
CALL (f) {
  MATCH (f)-[u:USES]->(s:Service)
  WHERE (u.since IS NULL OR u.since <= $at) AND (u.until IS NULL OR u.until >= $at)
  RETURN s.id AS via
  UNION
  MATCH (p:Person)-[x:SUPPORTS]->(f)
  WHERE (x.since IS NULL OR x.since <= $at) AND (x.until IS NULL OR x.until >= $at)
  RETURN p.id AS via
  UNION
  MATCH (f)<-[:FOR]-(r:Referral)-[:FROM|TO]->(e)
  WHERE r.date > $from AND r.date <= $at
  RETURN e.id AS via
}
RETURN f.id AS family, coalesce(f.needs, []) AS needs, via
