package be.tafel.web;

import be.tafel.analysis.AnalysisService;
import be.tafel.auth.AccessControl;
import be.tafel.auth.Principal;
import be.tafel.store.GraphStore;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps the bytes of successful analysis answers per (path, query, role, graph version, day). An analysis
 * is a function of the graph and the request, and every write bumps the version, so a kept answer is
 * never stale; a repeat skips the analysis's own assembly and JSON writing (several milliseconds for
 * the map's graph or a table report). What is sent to a role (small counts masked) is still decided
 * per response, after this.
 *
 * <p>Each route names the query parameters it takes: a request with any other is refused with 400, so
 * made-up parameters cannot fill the cache, and the key holds the parameters in one order. The cache is
 * bounded by the bytes it keeps, and answers not kept are computed under {@link ColdWork}'s bounds.
 */
public final class WarmResponses {
    /** Answers larger than this are not kept. */
    public static final int LARGEST_KEPT_BYTES = 2 << 20;
    /** The default bound on the bytes of the answers kept. */
    public static final long MAX_BYTES_DEFAULT = 64L << 20;
    /** What a kept answer costs beside its body: its key and bookkeeping. */
    static final int ENTRY_OVERHEAD_BYTES = 256;

    private final GraphStore store;
    private final Cache<Key, Kept> kept;
    private final ColdWork cold;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong newestVersion = new AtomicLong(-1);

    public WarmResponses(GraphStore store) {
        this(store, MAX_BYTES_DEFAULT, ColdWork.forThisMachine(), null);
    }

    /** With the byte bound, the bound on cold work, and Caffeine's upkeep on {@code executor} (null: its own). */
    public WarmResponses(GraphStore store, long maxBytes, ColdWork cold, Executor executor) {
        this.store = store;
        this.cold = cold;
        Caffeine<Key, Kept> builder = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key key, Kept answer) -> ENTRY_OVERHEAD_BYTES + key.size() + answer.body().length);
        this.kept = (executor == null ? builder : builder.executor(executor)).build();
    }

    /** {@code day}: answers without an explicit {@code at} are about today, which changes at midnight. */
    private record Key(String path, String query, String role, long version, LocalDate day) {
        int size() {
            return 2 * (path.length() + query.length() + role.length());
        }
    }

    /**
     * The response header naming the graph version an analysis answer was computed from (e.g. {@code 12}); two
     * versions joined by a dash would mean an answer mixed versions, which {@link AnalysisService} never hands out.
     */
    public static final String GRAPH_VERSION = "X-Graph-Version";

    private record Kept(byte[] body, String contentType, String graphVersion) {}

    /**
     * {@code handler}, answered from memory when the same request was answered at this graph version.
     *
     * @param accepted the query parameters the route takes; any other is refused with 400
     */
    public Handler around(Handler handler, Collection<String> accepted) {
        Set<String> allowed = Set.copyOf(accepted);
        return ctx -> {
            String query = query(ctx, allowed);
            try (GraphStore.Pin pin = store.pinVersion()) {
                long version = store.version();
                forgetBefore(version);
                Key key = new Key(ctx.path(), query, role(ctx), version, LocalDate.now());
                Kept hit = kept.getIfPresent(key);
                if (hit != null) {
                    hits.incrementAndGet();
                    if (hit.graphVersion() != null) {
                        ctx.header(GRAPH_VERSION, hit.graphVersion());
                    }
                    ctx.status(200).contentType(hit.contentType()).result(hit.body());
                    return;
                }
                try {
                    cold.run(caller(ctx), () -> {
                        AnalysisService.recordVersions();
                        try {
                            handler.handle(ctx);
                        } finally {
                            String computedFrom = AnalysisService.recordedVersions();
                            if (computedFrom != null) {
                                ctx.header(GRAPH_VERSION, computedFrom);
                            }
                        }
                        keep(ctx, key);
                    });
                } catch (ColdWork.Busy busy) {
                    throw busy.answer(ctx);
                }
            }
        };
    }

    /** The parameters every view route takes, and {@code more}. */
    public static List<String> viewParameters(String... more) {
        List<String> names =
                new ArrayList<>(List.of("view", "at", "domain", "neighbourhood", "status", "wave", "sector"));
        names.addAll(List.of(more));
        return names;
    }

    public long hits() {
        return hits.get();
    }

    /** The bytes the kept answers and their keys take now, as the bound counts them. */
    public long keptBytes() {
        kept.cleanUp();
        return kept.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    /** How many answers are kept now. */
    public long keptAnswers() {
        kept.cleanUp();
        return kept.estimatedSize();
    }

    /** Answers of older graph versions can never be asked for again: they go when a newer version is seen. */
    private void forgetBefore(long version) {
        if (newestVersion.getAndAccumulate(version, Math::max) < version) {
            kept.asMap().keySet().removeIf(k -> k.version() < version);
        }
    }

    /** The query with its parameters in name order; 400 when one is not {@code allowed}. */
    private static String query(Context ctx, Set<String> allowed) {
        TreeMap<String, List<String>> parameters = new TreeMap<>(ctx.queryParamMap());
        Set<String> unknown = new TreeSet<>(parameters.keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new Problems.BadRequest("Unknown query parameter" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown.stream().map(u -> "'" + u + "'").toList()) + " on " + ctx.path()
                    + "; it takes " + (allowed.isEmpty() ? "none" : String.join(", ", new TreeSet<>(allowed))) + ".");
        }
        StringBuilder text = new StringBuilder();
        parameters.forEach((name, values) -> values.forEach(
                value -> text.append(name).append('=').append(value).append('&')));
        return text.toString();
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
        kept.put(key, new Kept(body, ctx.res().getContentType(), ctx.res().getHeader(GRAPH_VERSION)));
    }

    private static String role(Context ctx) {
        Principal who = AccessControl.principal(ctx);
        return who == null ? "" : who.role().name();
    }

    /** A token's id; the name of a caller without one (the local user in open mode). */
    private static String caller(Context ctx) {
        Principal who = AccessControl.principal(ctx);
        if (who == null) {
            return "anonymous";
        }
        return who.tokenId() != null ? who.tokenId() : who.name();
    }
}
