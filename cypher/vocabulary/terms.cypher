// The terms brokers added to the network's vocabularies.
MATCH (t:TafelTerm)
RETURN t.kind AS kind, t.term AS term
ORDER BY kind, term
