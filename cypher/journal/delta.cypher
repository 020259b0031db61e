// The journal's entries after $since up to $until, oldest first, as the in-memory views catch up on them
// (analysis/SnapshotDelta). An import, or an entry naming more than $maxElements elements, comes without its
// rows: such a delta is projected again from the store, so its rows need not cross the wire.
MATCH (c:TafelChange)
WHERE c.version > $since AND c.version <= $until
RETURN c.version AS version, c.at AS at, c.who AS who, c.role AS role, c.op AS op, c.target AS target,
       CASE WHEN c.op = 'import' OR size(c.elements) > $maxElements THEN null ELSE c.changes END AS changes
ORDER BY c.version
LIMIT $limit
