// The families $families with where they live, their children's age bands and the life domains they need.
MATCH (f:Family)
WHERE f.id IN $families
RETURN f.id AS id, f.neighbourhood AS neighbourhood, coalesce(f.childAgeBands, []) AS childAgeBands,
       coalesce(f.needs, []) AS needs
