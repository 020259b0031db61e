MATCH (a:TafelAudit)
RETURN count(a) AS entries
