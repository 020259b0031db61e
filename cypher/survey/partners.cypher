// Partners by id (all partners when $ids is null), with what the survey shows of them.
MATCH (p:Partner)
WHERE $ids IS NULL OR p.id IN $ids
RETURN p.id AS id, p.name AS name, p.sector AS sector
ORDER BY p.id
