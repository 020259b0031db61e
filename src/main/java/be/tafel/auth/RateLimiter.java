package be.tafel.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * A fixed-window request counter per key (a token id, a survey token, an address): at most
 * {@code perMinute} requests in each minute. Javalin's RateLimitPlugin counts per IP and sends no
 * Retry-After, hence this small class.
 *
 * <p>It forgets: a key's window is dropped a minute after its last request (its minute is over by then),
 * and at most {@code maxKeys} windows are held, the least recently used going first, so a stream of
 * guessed tokens cannot grow it without bound. Forgetting a key can only let it through sooner, never
 * refuse it.
 */
public final class RateLimiter {
    /** How many keys a limiter holds at most unless told otherwise. */
    public static final long MAX_KEYS_DEFAULT = 100_000;

    private final int perMinute;
    private final LongSupplier clockMillis;
    private final Cache<String, Window> cache;
    private final ConcurrentMap<String, Window> windows;

    private record Window(long minute, int count) {}

    public RateLimiter(int perMinute, LongSupplier clockMillis) {
        this(perMinute, clockMillis, MAX_KEYS_DEFAULT);
    }

    public RateLimiter(int perMinute, LongSupplier clockMillis, long maxKeys) {
        if (perMinute < 0 || maxKeys < 1) {
            throw new IllegalArgumentException("perMinute must be >= 0 and maxKeys >= 1");
        }
        this.perMinute = perMinute;
        this.clockMillis = clockMillis;
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterWrite(Duration.ofMinutes(1))
                .ticker(() -> clockMillis.getAsLong() * 1_000_000L)
                .executor(Runnable::run)
                .build();
        this.windows = cache.asMap();
    }

    /** How many keys the limiter holds now (after dropping what it may forget). */
    public long keysHeld() {
        long before;
        do { // one clean-up drains a bounded batch of pending writes
            before = cache.estimatedSize();
            cache.cleanUp();
        } while (cache.estimatedSize() != before);
        return cache.estimatedSize();
    }

    /** Without counting: 0 when {@code key} is within its limit, else the seconds until the next window opens. */
    public long waitFor(String key) {
        if (perMinute == 0) {
            return 0;
        }
        long now = clockMillis.getAsLong();
        long minute = now / 60_000;
        Window window = windows.get(key);
        if (window == null || window.minute() != minute || window.count() < perMinute) {
            return 0;
        }
        return Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
    }

    /** Counts a request; returns 0 when it may go ahead, else the seconds until the next window opens. */
    public long acquire(String key) {
        if (perMinute == 0) {
            return 0;
        }
        long now = clockMillis.getAsLong();
        long minute = now / 60_000;
        Window window = windows.compute(
                key,
                (k, w) ->
                        w == null || w.minute() != minute ? new Window(minute, 1) : new Window(minute, w.count() + 1));
        if (window.count() <= perMinute) {
            return 0;
        }
        return Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
    }
}
