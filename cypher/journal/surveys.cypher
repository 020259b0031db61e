// Survey waves with these ids, as journal rows: whether each is open and the day it closed.
MATCH (s:TafelSurvey)
WHERE s.id IN $keys
RETURN s.id AS id, s.status AS status, CASE WHEN s.closedOn IS NULL THEN null ELSE toString(s.closedOn) END AS closedOn
