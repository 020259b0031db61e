MATCH (i:TafelIntroduction {id: $id})
SET i.state = $state, i.history = i.history + [$at + ' ' + $state + ' ' + $who]
RETURN i.id AS id
