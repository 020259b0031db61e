UNWIND $rows AS row
MATCH (sender:Node {id: row.from}), (receiver:Node {id: row.to}), (f:Family {id: row.family})
CREATE (r:Referral:Node {id: row.id, date: row.date, domain: row.domain, status: row.status}),
       (r)-[:FROM]->(sender), (r)-[:TO]->(receiver), (r)-[:FOR]->(f)
