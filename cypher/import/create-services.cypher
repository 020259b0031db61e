UNWIND $rows AS row
MATCH (p:Partner {id: row.provider})
CREATE (p)-[:OFFERS]->(:Service:Node {id: row.id, name: row.name, domain: row.domain, ageMin: row.ageMin,
    ageMax: row.ageMax, neighbourhood: row.neighbourhood, capacity: row.capacity,
    access_reachable: row.access.reachable, access_available: row.access.available,
    access_affordable: row.access.affordable, access_usable: row.access.usable,
    access_understandable: row.access.understandable})
