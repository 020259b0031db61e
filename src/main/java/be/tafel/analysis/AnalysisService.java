package be.tafel.analysis;

import be.tafel.journal.Change;
import be.tafel.store.GraphStore;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntPredicate;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Hands out analyses of views, cached per (view request, graph version): the store's version changes
 * with every write, so a cached answer is never stale, and a warm repeat costs no query at all on the
 * embedded store. The cache is bounded by an estimate of the bytes it holds ({@link ViewAnalysis#weight()}),
 * not by a count of entries, so many distinct dates or filters cannot fill the heap.
 */
public final class AnalysisService {
    /**
     * The default bound: 40 % of the heap, so the answers' own cache and the work still fit. The region's four views
     * at one date weigh about 1 GB, and a view catching up is held twice for a moment (the version before and the
     * new one): with a quarter of a 4 GB heap, views were evicted and projected again (9-19 s each) under edits.
     */
    public static final long MAX_BYTES_DEFAULT = Runtime.getRuntime().maxMemory() / 5 * 2;

    private final GraphStore store;
    private final ViewLoader loader;
    private final Cache<Key, ViewAnalysis> cache;
    private final JournalTail journal;
    private final Map<Key, CompletableFuture<ViewAnalysis>> inFlight = new ConcurrentHashMap<>();
    private final LongAdder projections = new LongAdder();
    private final LongAdder deltasApplied = new LongAdder();
    private final LongAdder viewsCarried = new LongAdder();

    public AnalysisService(GraphStore store) {
        this(store, MAX_BYTES_DEFAULT);
    }

    /** @param maxBytes the bound on the estimated bytes of the analyses kept */
    public AnalysisService(GraphStore store, long maxBytes) {
        this(store, maxBytes, null);
    }

    /** As above, with Caffeine's upkeep run on {@code executor} (the caller's thread in the tests). */
    AnalysisService(GraphStore store, long maxBytes, Executor executor) {
        this.store = Objects.requireNonNull(store, "store");
        this.loader = new ViewLoader(store);
        this.journal = new JournalTail(store);
        Caffeine<Key, ViewAnalysis> builder = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key key, ViewAnalysis analysis) -> (int) Math.min(Integer.MAX_VALUE, analysis.weight()))
                .recordStats();
        this.cache = (executor == null ? builder : builder.executor(executor)).build();
    }

    private record Key(ViewRequest request, long version) {}

    /** The lowest and highest graph version of the analyses handed out on this thread since {@link #recordVersions}. */
    private static final ThreadLocal<long[]> HANDED_OUT = new ThreadLocal<>();

    /**
     * Starts noting the graph versions of the analyses this thread is handed, so that an answer can say which
     * version it was computed from ({@link #recordedVersions}).
     */
    public static void recordVersions() {
        HANDED_OUT.set(new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
    }

    /**
     * The graph version every analysis handed to this thread since {@link #recordVersions} was of: {@code "12"}, or
     * {@code "11-12"} when they were of several versions (which an answer must never mix); null when none was
     * handed out. Stops noting.
     */
    public static String recordedVersions() {
        long[] range = HANDED_OUT.get();
        HANDED_OUT.remove();
        if (range == null || range[0] > range[1]) {
            return null;
        }
        return range[0] == range[1] ? Long.toString(range[0]) : range[0] + "-" + range[1];
    }

    private static ViewAnalysis noted(ViewAnalysis analysis) {
        long[] range = HANDED_OUT.get();
        if (range != null) {
            range[0] = Math.min(range[0], analysis.version());
            range[1] = Math.max(range[1], analysis.version());
        }
        return analysis;
    }

    /**
     * The analyses of the view at the graph's current version. On a miss, the newest analysis of the same view at
     * an older version catches up on the journal's entries since ({@link SnapshotDelta}); only when it cannot is
     * the view projected from the store again.
     */
    public ViewAnalysis analyse(ViewRequest request) {
        long version = store.version();
        Key key = new Key(request, version);
        ViewAnalysis hit = cache.getIfPresent(key);
        if (hit != null) {
            return noted(hit);
        }
        // Computed outside the cache's own locks: a projection waits for the store's read gate, and a one-version
        // read holding that gate may put into the cache meanwhile. Concurrent misses of one key wait for the first.
        CompletableFuture<ViewAnalysis> mine = new CompletableFuture<>();
        CompletableFuture<ViewAnalysis> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return noted(running.join());
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            ViewAnalysis analysis = cache.asMap().get(key); // looked again without counting the miss twice
            if (analysis == null) {
                analysis = caughtUp(request, version).orElseGet(() -> project(request));
                analysis = cache.asMap().merge(key, analysis, (cached, computed) -> cached);
                forgetOlder(request, version);
            }
            mine.complete(analysis);
            return noted(analysis);
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private ViewAnalysis project(ViewRequest request) {
        projections.increment();
        return new ViewAnalysis(loader.load(request), loader);
    }

    /**
     * The view at {@code version} from its newest cached analysis at an older version and the journal in between,
     * or empty when there is none or the journal's entries need a projection.
     */
    private Optional<ViewAnalysis> caughtUp(ViewRequest request, long version) {
        ViewAnalysis base = null;
        for (Map.Entry<Key, ViewAnalysis> e : cache.asMap().entrySet()) {
            // by the version the analysis was read at: a projection under a busy store may be newer than its key
            if (e.getKey().request().equals(request)
                    && (base == null || e.getValue().version() > base.version())) {
                base = e.getValue();
            }
        }
        if (base == null) {
            return Optional.empty();
        }
        if (base.version() >= version) {
            return Optional.of(base); // read at this version, or at a newer one while this request waited: one version
        }
        List<Change> entries =
                journal.between(base.version(), version, SnapshotDelta.maxElementChanges(base.snapshot()));
        SnapshotDelta.Result result = SnapshotDelta.apply(base.snapshot(), entries, version);
        return switch (result.outcome()) {
            case CARRIED -> {
                viewsCarried.increment();
                yield Optional.of(base.movedTo(result.snapshot(), SnapshotDelta.keepsReach(entries)));
            }
            case APPLIED -> {
                deltasApplied.increment();
                ViewAnalysis applied = new ViewAnalysis(result.snapshot(), loader);
                if (base.loadedReach() != null && SnapshotDelta.keepsReach(entries)) {
                    applied.keepReach(base.loadedReach()); // ties and seats are no part of the reach of families
                }
                yield Optional.of(applied);
            }
            case REPROJECT -> Optional.empty();
        };
    }

    /** The analysis of {@code request} at {@code version} if cached, else caught up from an older one and cached. */
    private ViewAnalysis cachedOrCaughtUp(ViewRequest request, long version) {
        Key key = new Key(request, version);
        ViewAnalysis analysis = cache.getIfPresent(key);
        if (analysis == null) {
            analysis = caughtUp(request, version).orElse(null);
            if (analysis != null) {
                analysis = cache.asMap().merge(key, analysis, (cached, caught) -> cached);
                forgetOlder(request, version);
            }
        }
        return analysis;
    }

    /** What one answer reads beside its views, in the same transaction: e.g. a table's seats. */
    @FunctionalInterface
    public interface ConsistentRead<T> {
        T read(SimpleQueryRunner tx, OneVersion<?> views);
    }

    /**
     * Several views and the reach of families, all of one graph version, and what {@code extra} read in the
     * same transaction: one answer never mixes two versions of the graph.
     *
     * @param views the views, in the order asked
     * @param reaches the reach of families per view, loaded with it (in the same order), or empty
     */
    public record OneVersion<T>(List<ViewAnalysis> views, List<Reach> reaches, T extra, long version) {
        public ViewAnalysis view(int i) {
            return views.get(i);
        }

        public Reach reach(int i) {
            return reaches.get(i);
        }
    }

    /** {@link #oneVersion(List, boolean, ConsistentRead)} without a reach or an extra read. */
    public OneVersion<Void> oneVersion(List<ViewRequest> requests) {
        return oneVersion(requests, false, null);
    }

    /**
     * The views of {@code requests} (and, with {@code withReach}, their reach of families) read at one version
     * of the graph, and {@code extra} read in the same transaction. Views cached at the current version are
     * taken from the cache when nothing else needs reading; otherwise the missing ones are read together with
     * the rest in one consistent read, and cached.
     */
    public <T> OneVersion<T> oneVersion(List<ViewRequest> requests, boolean withReach, ConsistentRead<T> extra) {
        OneVersion<T> read = oneVersion(requests, i -> withReach, extra);
        return withReach ? read : new OneVersion<>(read.views(), List.of(), read.extra(), read.version());
    }

    /**
     * {@link #oneVersion(List, boolean, ConsistentRead)} with the reach of families loaded only for the views whose
     * index {@code reachOf} accepts (the reach of the others is null unless already cached): one reach read where
     * several views of one day would each read the same.
     */
    public <T> OneVersion<T> oneVersion(List<ViewRequest> requests, IntPredicate reachOf, ConsistentRead<T> extra) {
        long version = store.version();
        List<ViewAnalysis> cached = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < requests.size(); i++) {
            ViewAnalysis analysis = cachedOrCaughtUp(requests.get(i), version); // every view catches up
            complete &= analysis != null
                    && analysis.version() == version
                    && (!reachOf.test(i) || analysis.loadedReach() != null);
            cached.add(analysis);
        }
        if (extra == null && complete) {
            cached.forEach(AnalysisService::noted);
            return new OneVersion<>(List.copyOf(cached), reaches(cached), null, version);
        }
        return store.readConsistent((tx, v) -> {
                    List<ViewAnalysis> views = new ArrayList<>();
                    for (int i = 0; i < requests.size(); i++) {
                        ViewRequest request = requests.get(i);
                        Key key = new Key(request, v);
                        ViewAnalysis analysis = cachedOrCaughtUp(request, v);
                        if (analysis == null || analysis.version() != v) {
                            projections.increment();
                            analysis = new ViewAnalysis(loader.load(tx, request, v), loader);
                            cache.put(key, analysis);
                            forgetOlder(request, v);
                        }
                        if (reachOf.test(i) && analysis.loadedReach() == null) {
                            analysis.keepReach(ViewLoader.reach(tx, request));
                            cache.put(key, analysis); // weighed again, with its reach
                        }
                        views.add(noted(analysis));
                    }
                    OneVersion<T> loaded = new OneVersion<>(List.copyOf(views), reaches(views), null, v);
                    return extra == null
                            ? loaded
                            : new OneVersion<>(loaded.views(), loaded.reaches(), extra.read(tx, loaded), v);
                })
                .value();
    }

    /**
     * Analyses of older graph versions are never answered again: the newest one of each view stays only as the base
     * its next version catches up from, and goes when that version is cached (or when the cache's bound needs room).
     */
    private void forgetOlder(ViewRequest request, long version) {
        cache.asMap().keySet().removeIf(k -> k.request().equals(request) && k.version() < version);
    }

    private static List<Reach> reaches(List<ViewAnalysis> views) {
        return views.stream().map(ViewAnalysis::loadedReach).toList();
    }

    /** How many views were projected from the store (cold, or after a change the journal could not carry). */
    public long projections() {
        return projections.sum();
    }

    /** How many views were brought to a new version by applying the journal's changes in memory. */
    public long deltasApplied() {
        return deltasApplied.sum();
    }

    /** How many views moved to a new version untouched, keeping their computed analyses. */
    public long viewsCarried() {
        return viewsCarried.sum();
    }

    public long cacheHits() {
        return cache.stats().hitCount();
    }

    public long cacheMisses() {
        return cache.stats().missCount();
    }

    /** The estimated bytes the cache holds now. */
    public long cachedBytes() {
        cache.cleanUp();
        return cache.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    /** How many analysed views the cache holds now. */
    public long cachedViews() {
        cache.cleanUp();
        return cache.estimatedSize();
    }
}
