// Adds terms to the network's vocabularies (kind: lifeDomain or neighbourhood); adding one twice changes nothing.
UNWIND $terms AS row
MERGE (t:TafelTerm {kind: row.kind, term: row.term})
