package be.tafel.store;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When this process first knew of each of the last {@link #KEPT} graph versions (its own writes when they commit,
 * other instances' when it reads them), so that an answer of an older version can say how long it has not been
 * the graph's.
 */
final class VersionTimes {
    static final int KEPT = 4096;

    private final ConcurrentSkipListMap<Long, Long> firstKnown = new ConcurrentSkipListMap<>();
    /** Versions up to this one were forgotten. */
    private final AtomicLong forgottenUpTo = new AtomicLong(Long.MIN_VALUE);

    void firstKnown(long version) {
        firstKnown.putIfAbsent(version, System.nanoTime());
        while (firstKnown.size() > KEPT) {
            Map.Entry<Long, Long> oldest = firstKnown.pollFirstEntry();
            if (oldest != null) {
                forgottenUpTo.accumulateAndGet(oldest.getKey(), Math::max);
            }
        }
    }

    /** 0 while no newer version is known; {@link Long#MAX_VALUE} when the one after it was forgotten. */
    long supersededForNanos(long version) {
        if (version < forgottenUpTo.get()) {
            return Long.MAX_VALUE;
        }
        Map.Entry<Long, Long> next = firstKnown.higherEntry(version);
        return next == null ? 0 : Math.max(0, System.nanoTime() - next.getValue());
    }
}
