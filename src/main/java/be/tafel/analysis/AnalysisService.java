package be.tafel.analysis;

import be.tafel.store.GraphStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out analyses of views, cached per (view request, graph version): the store's version changes
 * with every write, so a cached answer is never stale, and a warm repeat costs one tiny query.
 */
public final class AnalysisService {
    /** How many analysed views are kept; the oldest go first. */
    public static final int CACHE_SIZE = 32;

    private final GraphStore store;
    private final ViewLoader loader;
    private final Map<Key, Entry> cache = new ConcurrentHashMap<>();
    private final AtomicLong clock = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    public AnalysisService(GraphStore store) {
        this.store = store;
        this.loader = new ViewLoader(store);
    }

    private record Key(ViewRequest request, long version) {}

    private static final class Entry {
        final Lazy<ViewAnalysis> analysis;
        volatile long lastUsed;

        Entry(Lazy<ViewAnalysis> analysis) {
            this.analysis = analysis;
        }
    }

    public ViewAnalysis analyse(ViewRequest request) {
        long version = store.version();
        Key key = new Key(request, version);
        Entry entry = cache.get(key);
        if (entry == null) {
            misses.incrementAndGet();
            entry = cache.computeIfAbsent(key, k -> new Entry(new Lazy<>(() -> analysis(request))));
            evict(version);
        } else {
            hits.incrementAndGet();
        }
        entry.lastUsed = clock.incrementAndGet();
        return entry.analysis.get();
    }

    /** The snapshot may be of a newer version than its cache key: that only makes the cached answer fresher. */
    private ViewAnalysis analysis(ViewRequest request) {
        Snapshot snapshot = loader.load(request);
        return new ViewAnalysis(snapshot, loader);
    }

    public long cacheHits() {
        return hits.get();
    }

    public long cacheMisses() {
        return misses.get();
    }

    private void evict(long version) {
        cache.keySet().removeIf(k -> k.version() < version);
        while (cache.size() > CACHE_SIZE) {
            cache.entrySet().stream()
                    .min(java.util.Comparator.comparingLong(e -> e.getValue().lastUsed))
                    .ifPresent(e -> cache.remove(e.getKey()));
        }
    }
}
