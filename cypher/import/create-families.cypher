// Families carry only their allowlisted facts.
UNWIND $rows AS row
CREATE (:Family:Node {id: row.id, neighbourhood: row.neighbourhood, childAgeBands: row.childAgeBands, needs: row.needs})
