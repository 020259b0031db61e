// One audit entry: who, when, what, how many rows. Never family data.
CREATE (:TafelAudit {id: $id, at: $at, who: $who, role: $role, method: $method, route: $route,
                     status: $status, rows: $rows})
