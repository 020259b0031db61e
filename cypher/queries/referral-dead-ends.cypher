// Where referrals end: the receivers with the most referrals that were waitlisted or dropped,
// with the share of all referrals they received.
MATCH (r:Referral)-[:TO]->(receiver)
WITH receiver, count(r) AS received,
     sum(CASE WHEN r.status IN ['waitlisted', 'dropped'] THEN 1 ELSE 0 END) AS stuck
WHERE stuck > 0
RETURN receiver.id AS receiver, receiver.name AS name, received, stuck,
       round(1.0 * stuck / received, 3) AS stuckShare
ORDER BY stuck DESC, receiver
LIMIT 25
