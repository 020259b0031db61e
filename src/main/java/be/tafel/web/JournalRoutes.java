package be.tafel.web;

import be.tafel.auth.AccessControl;
import be.tafel.auth.Principal;
import be.tafel.journal.Author;
import be.tafel.journal.Change;
import be.tafel.journal.Journal;
import be.tafel.store.GraphStore;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code GET /api/journal?since=VERSION}, {@code POST /api/journal/undo} and {@code POST /api/journal/redo}
 * (brokers), and what every journaled write shares: its author from the request, its {@code If-Match}
 * version, and the {@code ETag} of the version it produced.
 */
public final class JournalRoutes {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    /** The request attribute holding the version a journaled write produced, for the audit log. */
    public static final String CHANGE = "tafel.change";

    private final Journal journal;
    private final GraphStore store;

    public JournalRoutes(Journal journal, GraphStore store) {
        this.journal = journal;
        this.store = store;
    }

    /** The graph version now and the entries after {@code since}, oldest first. */
    public record Page(long version, long since, List<Change> entries) {}

    public void since(Context ctx) {
        long since = ctx.queryParamAsClass("since", Long.class)
                .check(v -> v == null || v >= 0, "must be 0 or more")
                .getOrDefault(0L);
        int limit = ctx.queryParamAsClass("limit", Integer.class)
                .check(l -> l == null || l >= 1 && l <= MAX_LIMIT, "must be from 1 to " + MAX_LIMIT)
                .getOrDefault(DEFAULT_LIMIT);
        long version = store.version();
        ctx.header("ETag", etag(version)).json(new Page(version, since, journal.since(since, limit)));
    }

    public void undo(Context ctx) {
        written(ctx, journal.undo(author(ctx)));
        ctx.json(ctx.<Change>attribute("tafel.change.entry"));
    }

    public void redo(Context ctx) {
        written(ctx, journal.redo(author(ctx)));
        ctx.json(ctx.<Change>attribute("tafel.change.entry"));
    }

    /** Who makes the request's change. */
    public static Author author(Context ctx) {
        Principal who = AccessControl.principal(ctx);
        if (who == null) {
            who = Principal.LOCAL;
        }
        return new Author(who.name(), who.role().word(), who.isLocal() ? "local" : who.tokenId());
    }

    /**
     * The graph version the request's edit was made on, from {@code If-Match} ({@code 12}, {@code "12"} or
     * {@code W/"12"}); null without the header or with {@code *}.
     */
    public static Long ifMatch(Context ctx) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "").strip();
        try {
            long version = Long.parseLong(value);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw new Problems.BadRequest(
                    "If-Match must be a graph version (a whole number such as \"12\"), not '" + header + "'.");
        }
    }

    /** Marks the response with the version the change produced (ETag) and hands the entry to the audit log. */
    public static void written(Context ctx, Change change) {
        ctx.header("ETag", etag(change.version()));
        ctx.attribute(CHANGE, change.version());
        ctx.attribute("tafel.change.entry", change);
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }
}
