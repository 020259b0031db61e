// One audit entry: who, when, what, how many rows, and the journal entry of the change it made (if any).
// Never family data: the rows before and after stay in the journal.
CREATE (:TafelAudit {id: $id, at: $at, who: $who, role: $role, method: $method, route: $route,
                     status: $status, rows: $rows, change: $change})
