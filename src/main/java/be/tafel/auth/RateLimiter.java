package be.tafel.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A fixed-window request counter per key (a token id): at most {@code perMinute} requests in each
 * minute. Javalin's RateLimitPlugin counts per IP and sends no Retry-After, hence this small class.
 */
public final class RateLimiter {
    private final int perMinute;
    private final LongSupplier clockMillis;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long minute, int count) {}

    public RateLimiter(int perMinute, LongSupplier clockMillis) {
        this.perMinute = perMinute;
        this.clockMillis = clockMillis;
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
