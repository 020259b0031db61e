package be.tafel.web;

import be.tafel.auth.AccessControl;
import be.tafel.auth.Principal;
import be.tafel.store.GraphStore;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps the bytes of successful analysis answers per (path, query, role, graph version, day). An analysis
 * is a function of the graph and the request, and every write bumps the version, so a kept answer is
 * never stale; a repeat skips the analysis's own assembly and JSON writing (several milliseconds for
 * the map's graph or a table report). What is sent to a role (small counts masked) is still decided
 * per response, after this.
 */
public final class WarmResponses {
    /** How many answers are kept; the least recently used go first. */
    public static final int CAPACITY = 256;
    /** Answers larger than this are not kept, so the cache stays within a few tens of megabytes. */
    public static final int LARGEST_KEPT_BYTES = 2 << 20;

    private final GraphStore store;
    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();
    private final AtomicLong clock = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private volatile long newestVersion = -1;

    public WarmResponses(GraphStore store) {
        this.store = store;
    }

    /** {@code day}: answers without an explicit {@code at} are about today, which changes at midnight. */
    private record Key(String path, String query, String role, long version, LocalDate day) {}

    private static final class Kept {
        final byte[] body;
        final String contentType;
        volatile long lastUsed;

        Kept(byte[] body, String contentType) {
            this.body = body;
            this.contentType = contentType;
        }
    }

    /** {@code handler}, answered from memory when the same request was answered at this graph version. */
    public Handler around(Handler handler) {
        return ctx -> {
            long version = store.version();
            Key key = new Key(ctx.path(), ctx.queryString(), role(ctx), version, LocalDate.now());
            Kept hit = kept.get(key);
            if (hit != null) {
                hits.incrementAndGet();
                hit.lastUsed = clock.incrementAndGet();
                ctx.status(200).contentType(hit.contentType).result(hit.body);
                return;
            }
            handler.handle(ctx);
            keep(ctx, key);
        };
    }

    public long hits() {
        return hits.get();
    }

    private void keep(Context ctx, Key key) throws IOException {
        InputStream result = ctx.resultInputStream();
        if (ctx.statusCode() != 200 || result == null || ctx.res().getContentType() == null) {
            return;
        }
        byte[] body = result.readAllBytes();
        ctx.result(body);
        if (body.length > LARGEST_KEPT_BYTES) {
            return;
        }
        Kept entry = new Kept(body, ctx.res().getContentType());
        entry.lastUsed = clock.incrementAndGet();
        kept.put(key, entry);
        evict(key.version());
    }

    private void evict(long version) {
        if (version > newestVersion) {
            newestVersion = version;
            kept.keySet().removeIf(k -> k.version() < version);
        }
        while (kept.size() > CAPACITY) {
            kept.entrySet().stream().min(Comparator.comparingLong(e -> e.getValue().lastUsed))
                    .ifPresent(e -> kept.remove(e.getKey()));
        }
    }

    private static String role(Context ctx) {
        Principal who = AccessControl.principal(ctx);
        return who == null ? "" : who.role().name();
    }
}
