// The three partners with the highest betweenness in each sector, after
// POST /api/analysis/write-back?view=collaboration (or any other view).
MATCH (p:Partner)
WHERE p.tafel_betweenness IS NOT NULL
WITH p.sector AS sector, p ORDER BY p.tafel_betweenness DESC
WITH sector, collect({id: p.id, name: p.name, betweenness: p.tafel_betweenness, community: p.tafel_community})[0..3] AS brokers
RETURN sector, brokers
ORDER BY sector
