// The row of a Referral n, as in the import document.
OPTIONAL MATCH (n)-[:FROM]->(sender)
OPTIONAL MATCH (n)-[:TO]->(receiver)
OPTIONAL MATCH (n)-[:FOR]->(f:Family)
RETURN n.id AS id, sender.id AS from, receiver.id AS to, f.id AS family, n.date AS date, n.domain AS domain,
       n.status AS status, n.completedOn AS completedOn
