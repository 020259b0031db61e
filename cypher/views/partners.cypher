// Every partner in the network on $at (since/until, where known) with the domains and neighbourhoods it
// is active in: its own and its services'.
MATCH (p:Partner)
WHERE (p.since IS NULL OR p.since <= $at) AND (p.until IS NULL OR p.until >= $at)
OPTIONAL MATCH (p)-[:OFFERS]->(s:Service)
WITH p, collect(DISTINCT s.domain) AS serviceDomains, collect(DISTINCT s.neighbourhood) AS serviceNeighbourhoods
RETURN p.id AS id, p.name AS name, p.sector AS sector, p.kind AS kind,
       coalesce(p.domains, []) AS domains, serviceDomains,
       coalesce(p.neighbourhoods, []) AS neighbourhoods, serviceNeighbourhoods
