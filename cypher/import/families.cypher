// Families carry only their allowlisted facts; SET n = {...} drops anything else a node had.
UNWIND $rows AS row
MERGE (n:Family {id: row.id})
SET n = {id: row.id, neighbourhood: row.neighbourhood, childAgeBands: row.childAgeBands, needs: row.needs}, n:Node
