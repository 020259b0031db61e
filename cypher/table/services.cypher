// The services of the partners $partners, with the domain, ages and place each serves.
MATCH (p:Partner)-[:OFFERS]->(s:Service)
WHERE p.id IN $partners
RETURN p.id AS partner, s.id AS id, s.domain AS domain, s.ageMin AS ageMin, s.ageMax AS ageMax,
       s.neighbourhood AS neighbourhood
