// Writes a survey wave's state back from journal rows (undoing a close opens the wave again).
UNWIND $rows AS row
MATCH (s:TafelSurvey {id: row.id})
SET s.status = row.status,
    s.closedOn = CASE WHEN row.closedOn IS NULL THEN null ELSE date(row.closedOn) END
