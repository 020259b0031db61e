// How a broker resolved organisations named as missing (by their grouped key): confirmed as a new
// partner or matched to an existing one. A resolution whose partner is gone (a confirmation undone,
// a partner deleted) no longer counts.
UNWIND $keys AS key
MATCH (n:TafelNamedMissing {key: key})
MATCH (p:Partner {id: n.partner})
RETURN n.key AS key, n.status AS status, p.id AS partner, p.name AS partnerName
