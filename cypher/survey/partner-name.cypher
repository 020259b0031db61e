// One partner's name, if the partner exists.
MATCH (p:Partner {id: $id})
RETURN p.name AS name
