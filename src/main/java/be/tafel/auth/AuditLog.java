package be.tafel.auth;

import be.tafel.store.CypherFiles;
import be.tafel.store.GraphStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who wrote or exported what, when, and how many rows: {@code (:TafelAudit)} nodes in the graph store. An
 * entry names the token (or "local"), the method and the route pattern ({@code /api/families/{id}}, not
 * the id), so it never holds family data.
 */
public final class AuditLog {
    private final GraphStore store;

    public AuditLog(GraphStore store) {
        this.store = store;
    }

    /**
     * One entry of the log. {@code rows} is null when the count is not known. A write of the network names
     * its journal entry: {@code change} is the graph version it produced, {@code op} and {@code elements}
     * come from the journal (the journal holds the rows before and after; the audit log never does).
     */
    public record Entry(
            String id,
            String at,
            String who,
            String role,
            String method,
            String route,
            int status,
            Long rows,
            Long change,
            String op,
            Long elements) {}

    /** A page of the log, newest first. */
    public record Page(long total, int offset, int limit, List<Entry> entries) {}

    public void record(Principal who, String method, String route, int status, Long rows) {
        record(who, method, route, status, rows, null);
    }

    /** Records a request; {@code change} is the version of the journal entry its write made, or null. */
    public void record(Principal who, String method, String route, int status, Long rows, Long change) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", UUID.randomUUID().toString());
        params.put("at", Instant.now().toString());
        params.put("who", who.name());
        params.put("role", who.role().word());
        params.put("method", method);
        params.put("route", route);
        params.put("status", status);
        params.put("rows", rows);
        params.put("change", change);
        store.writeUnversioned(
                tx -> tx.run(CypherFiles.load("auth/audit-create"), params).consume());
    }

    public Page page(int offset, int limit) {
        return store.read(tx -> {
            long total = tx.run(CypherFiles.load("auth/audit-count"))
                    .single()
                    .get("entries")
                    .asLong();
            List<Entry> entries = tx.run(CypherFiles.load("auth/audit-list"), Map.of("offset", offset, "limit", limit))
                    .list(r -> new Entry(
                            r.get("id").asString(),
                            r.get("at").asString(),
                            r.get("who").asString(),
                            r.get("role").asString(),
                            r.get("method").asString(),
                            r.get("route").asString(),
                            r.get("status").asInt(),
                            r.get("rows").isNull() ? null : r.get("rows").asLong(),
                            r.get("change").isNull() ? null : r.get("change").asLong(),
                            r.get("op").isNull() ? null : r.get("op").asString(),
                            r.get("elements").isNull()
                                    ? null
                                    : r.get("elements").asLong()));
            return new Page(total, offset, limit, entries);
        });
    }
}
