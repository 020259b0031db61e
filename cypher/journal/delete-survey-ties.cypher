// Deletes survey wave ties by key (undoing the close that wrote them).
MATCH (:Partner)-[c:COLLABORATES]->(:Partner)
WHERE c.key IN $keys AND c.wave IS NOT NULL
DELETE c
