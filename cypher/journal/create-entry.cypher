// One journal entry, written in the transaction of the change it records. elements names every element
// that changed (section/id or section/key); changes holds, as JSON, each element's row before and after, or,
// for a large entry (an import), packed holds that JSON gzipped and families the ids of the families its rows
// name (for an erasure to find them).
CREATE (:TafelChange {version: $version, at: $at, who: $who, role: $role, by: $by, op: $op, target: $target,
                      elements: $elements, changes: $changes, packed: $packed, families: $families})
