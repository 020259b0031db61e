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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps the bytes of successful analysis answers per (path, query, role, day), each with the graph version it was
 * computed from. An analysis is a function of the graph and the request, so a kept answer of the graph's current
 * version is sent again as it is, skipping the analysis's own assembly and JSON writing (several milliseconds for
 * the map's graph or a table report). What is sent to a role (small counts masked) is still decided per response,
 * after this.
 *
 * <p>After a write, the first request of an answer computes it at the new version; requests for the same answer
 * meanwhile wait for that one computation instead of each doing it again. One computation of an answer runs at a
 * time: a request needing a newer version than the one being computed waits for it to end, and the requests that
 * waited share the next one, at the newest version then. A caller that accepts a stale answer
 * ({@code Cache-Control: max-stale=N}, see {@link MaxStale}) is sent the kept answer of an older version at once,
 * if that version stopped being the graph's less than N seconds ago, while the answer of the new version is computed
 * in the background ({@link StaleRefresh}) once it has used half that staleness; it still names the one version it
 * was computed from, and its {@code Age} says for how many seconds that has not been the graph's. Without the directive a caller gets
 * the current version, so whoever writes reads their write.
 *
 * <p>Each route names the query parameters it takes: a request with any other is refused with 400, so
 * made-up parameters cannot fill the cache, and the key holds the parameters in one order. The cache is
 * bounded by the bytes it keeps, and answers not kept are computed under {@link ColdWork}'s bounds.
 */
public final class WarmResponses {
    /**
     * Answers larger than this are not kept: an eighth of the default bound, so the region's largest (its map of the
     * collaboration view, 5.4 MB; the ecosystem's bridge figures, 2.2 MB) are kept too. One not kept is computed
     * for every request and can never be sent stale, which under a stream of edits overloads the service.
     */
    public static final int LARGEST_KEPT_BYTES = 8 << 20;
    /** The default bound on the bytes of the answers kept. */
    public static final long MAX_BYTES_DEFAULT = 64L << 20;
    /** What a kept answer costs beside its body: its key and bookkeeping. */
    static final int ENTRY_OVERHEAD_BYTES = 256;

    private final GraphStore store;
    private final Cache<Key, Kept> kept;
    private final ColdWork cold;
    /** Per answer, the one computation of it running now. */
    private final Map<Key, Computing> computing = new ConcurrentHashMap<>();

    private final StaleRefresh refresh = new StaleRefresh();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong staleHits = new AtomicLong();
    private final AtomicLong sharedComputations = new AtomicLong();

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
    private record Key(String path, String query, String role, LocalDate day) {
        int size() {
            return 2 * (path.length() + query.length() + role.length());
        }
    }

    /** One answer being computed at one graph version since {@code startedNanos}; it ends with the answer kept, or null. */
    private record Computing(Key key, long version, long startedNanos, CompletableFuture<Kept> done) {}

    /**
     * The response header naming the graph version an analysis answer was computed from (e.g. {@code 12}); two
     * versions joined by a dash would mean an answer mixed versions, which {@link AnalysisService} never hands out.
     */
    public static final String GRAPH_VERSION = "X-Graph-Version";

    /**
     * A kept answer, its own {@link #GRAPH_VERSION} header (null when it read no view), the graph version it is of,
     * and how long it took to compute.
     */
    private record Kept(
            byte[] body, String contentType, String graphVersion, long version, long tookNanos, long keptAtNanos) {
        long sinceKeptNanos() {
            return System.nanoTime() - keptAtNanos;
        }
    }

    /**
     * {@code handler}, answered from memory when the same request was answered at this graph version (or, for a
     * caller accepting it, at an older one recently enough).
     *
     * @param accepted the query parameters the route takes; any other is refused with 400
     */
    public Handler around(Handler handler, Collection<String> accepted) {
        Set<String> allowed = Set.copyOf(accepted);
        return ctx -> {
            String query = query(ctx, allowed);
            MaxStale maxStale = MaxStale.of(ctx);
            Key key = new Key(ctx.path(), query, role(ctx), LocalDate.now());
            long deadline = System.nanoTime() + cold.waitNanos();
            Computing older;
            while ((older = answer(ctx, handler, key, maxStale)) != null) {
                awaitEnd(ctx, older, deadline);
            }
        };
    }

    /**
     * Answers the request at the graph's version of now: from memory, from the computation of it running now, or by
     * computing it. One computation per answer runs at a time: when the one running is of an older version than the
     * caller needs, it is returned, and the caller waits it out and asks again, at the then newest version (all the
     * requests that waited share the next computation). So under a stream of edits an answer is computed one version
     * after another, at the newest each time, instead of once per version side by side.
     *
     * @return null when answered; otherwise the computation of an older version to wait out first
     */
    private Computing answer(Context ctx, Handler handler, Key key, MaxStale maxStale) throws Exception {
        try (GraphStore.Pin pin = store.pinVersion()) {
            long version = store.version();
            if (sentKept(ctx, key, version, maxStale)) {
                return null;
            }
            Computing running = computing.get(key);
            if (running != null && running.version() < version && !maxStale.accepts(staleFor(running.version()))) {
                return running;
            }
            if (running != null && sentComputedMeanwhile(ctx, running)) {
                return null;
            }
            Computing mine = new Computing(key, version, System.nanoTime(), new CompletableFuture<>());
            if (running == null && computing.putIfAbsent(key, mine) != null) {
                return answer(ctx, handler, key, maxStale); // another request started it a moment ago: join that
            }
            compute(ctx, handler, mine);
            return null;
        }
    }

    /** Waits until {@code computation} ended, or 503 with {@code Retry-After} once {@code deadline} passed. */
    private void awaitEnd(Context ctx, Computing computation, long deadline) throws InterruptedException {
        try {
            computation.done().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            // ended all the same
        } catch (TimeoutException e) {
            throw new ColdWork.Busy("The answer you asked for is still being computed").answer(ctx);
        }
    }

    /**
     * Sends the kept answer when it is of this version, or stale by no more than the caller accepts (then its refresh
     * starts when due); whether it did.
     */
    private boolean sentKept(Context ctx, Key key, long version, MaxStale maxStale) {
        Kept hit = kept.getIfPresent(key);
        if (hit != null && hit.version() >= version) {
            hits.incrementAndGet();
            send(ctx, hit);
            return true;
        }
        long staleFor = hit == null ? Long.MAX_VALUE : staleFor(hit.version());
        if (!maxStale.accepts(staleFor)) {
            return false;
        }
        staleHits.incrementAndGet();
        if (maxStale.dueForRefresh(staleFor, hit.tookNanos(), hit.sinceKeptNanos())) {
            refresh.start(ctx, key);
        }
        send(ctx, hit);
        ctx.header("Age", Long.toString(staleFor / 1_000_000_000L));
        return true;
    }

    /** How long an answer of {@code version} has not been the graph's; forever when an erasure came after it. */
    private long staleFor(long version) {
        return version < store.lastErasure() ? Long.MAX_VALUE : store.supersededForNanos(version);
    }

    /**
     * Sends the answer of {@code running}, a computation the caller can use, once it is done; whether it did (not when
     * it ended without an answer to keep: then the caller computes its own).
     */
    private boolean sentComputedMeanwhile(Context ctx, Computing running) throws InterruptedException {
        Kept shared;
        try {
            shared = computedMeanwhile(running);
        } catch (ColdWork.Busy busy) {
            throw busy.answer(ctx);
        }
        if (shared == null) {
            return false;
        }
        sharedComputations.incrementAndGet();
        send(ctx, shared);
        return true;
    }

    /**
     * The answer another request is computing for the same key (at this version or a newer one, or recently enough
     * for a caller accepting staleness), once it is done; null when it did not end in an answer to keep (then this
     * request computes its own).
     */
    private Kept computedMeanwhile(Computing running) throws ColdWork.Busy, InterruptedException {
        try {
            return running.done().get(cold.waitNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            return null;
        } catch (TimeoutException e) {
            throw new ColdWork.Busy("The answer you asked for is still being computed");
        }
    }

    /** Computes the answer, and hands it to the requests waiting for {@code computation} when it is theirs. */
    private void compute(Context ctx, Handler handler, Computing computation) throws Exception {
        Kept result = null;
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
            });
            result = keep(ctx, computation);
        } catch (ColdWork.Busy busy) {
            throw busy.answer(ctx);
        } finally {
            computing.remove(computation.key(), computation); // first, so no one who wakes up finds it again
            computation.done().complete(result);
        }
    }

    private static void send(Context ctx, Kept answer) {
        if (answer.graphVersion() != null) {
            ctx.header(GRAPH_VERSION, answer.graphVersion());
        }
        ctx.status(200).contentType(answer.contentType()).result(answer.body());
    }

    /** The parameters every view route takes, and {@code more}. */
    public static List<String> viewParameters(String... more) {
        List<String> names =
                new ArrayList<>(List.of("view", "at", "domain", "neighbourhood", "status", "wave", "sector"));
        names.addAll(List.of(more));
        return names;
    }

    /** Answers sent from memory at the graph's current version. */
    public long hits() {
        return hits.get();
    }

    /** Answers of an older version sent to callers accepting them, while the new one was computed. */
    public long staleHits() {
        return staleHits.get();
    }

    /** Answers a request waited for while another request computed them, instead of computing them again. */
    public long sharedComputations() {
        return sharedComputations.get();
    }

    /** How many background refreshes of stale answers run now. */
    public int refreshing() {
        return refresh.running();
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

    /**
     * Keeps a successful answer small enough, unless a newer version of it was kept meanwhile; the answer kept, or
     * null.
     */
    private Kept keep(Context ctx, Computing computation) throws IOException {
        InputStream result = ctx.resultInputStream();
        if (ctx.statusCode() != 200 || result == null || ctx.res().getContentType() == null) {
            return null;
        }
        byte[] body = result.readAllBytes();
        ctx.result(body);
        if (body.length > LARGEST_KEPT_BYTES) {
            return null;
        }
        String graphVersion = ctx.res().getHeader(GRAPH_VERSION);
        long of = graphVersion != null && graphVersion.matches("\\d+")
                ? Math.max(computation.version(), Long.parseLong(graphVersion))
                : computation.version();
        long now = System.nanoTime();
        Kept answer =
                new Kept(body, ctx.res().getContentType(), graphVersion, of, now - computation.startedNanos(), now);
        kept.asMap()
                .merge(computation.key(), answer, (older, newer) -> newer.version() >= older.version() ? newer : older);
        return answer;
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
