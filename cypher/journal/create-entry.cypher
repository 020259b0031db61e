// One journal entry, written in the transaction of the change it records. elements names every element
// that changed (section/id or section/key); changes holds, as JSON, each element's row before and after.
CREATE (:TafelChange {version: $version, at: $at, who: $who, role: $role, by: $by, op: $op, target: $target,
                      elements: $elements, changes: $changes})
