package be.tafel.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Locale;

/**
 * How stale an answer a caller accepts, from the {@code max-stale} directive of its {@code Cache-Control} request
 * header (RFC 9111, 5.2.1.2): {@code max-stale=2} accepts an answer of a graph version that stopped being the
 * graph's up to two seconds ago, {@code max-stale} alone accepts {@link #CAP}. Without it a caller is sent the answer of the graph's
 * current version, so whoever writes reads their write.
 */
record MaxStale(Duration accepted) {
    /** The most staleness any caller is given, whatever it asks. */
    static final Duration CAP = Duration.ofSeconds(60);

    static final MaxStale NONE = new MaxStale(Duration.ZERO);

    boolean acceptsAny() {
        return !accepted.isZero();
    }

    /** Whether an answer of a graph version that stopped being the graph's {@code staleNanos} ago may be sent. */
    boolean accepts(long staleNanos) {
        return acceptsAny() && staleNanos <= accepted.toNanos();
    }

    /**
     * Whether a stale answer, stale for {@code staleNanos}, computed in {@code tookNanos} and kept
     * {@code sinceKeptNanos} ago, is due for a refresh: when it has used half the staleness accepted, or earlier by
     * twice what it took to compute, so that the new answer is there before the old one is too stale to send. Each
     * answer is then computed about twice within the bound at most, however fast the writes come; and never again
     * sooner than its computation took, so that a busy machine does not spend all its time refreshing one answer.
     */
    boolean dueForRefresh(long staleNanos, long tookNanos, long sinceKeptNanos) {
        long bound = accepted.toNanos();
        return staleNanos > Math.min(bound / 2, bound - 2 * tookNanos) && sinceKeptNanos > tookNanos;
    }

    static MaxStale of(Context ctx) {
        return parse(ctx.header("Cache-Control"));
    }

    /** The directive in a {@code Cache-Control} header value; {@link #NONE} without one (or with a malformed one). */
    static MaxStale parse(String cacheControl) {
        if (cacheControl == null) {
            return NONE;
        }
        for (String directive : cacheControl.split(",")) {
            String d = directive.strip().toLowerCase(Locale.ROOT);
            if (d.equals("max-stale")) {
                return new MaxStale(CAP);
            }
            if (d.startsWith("max-stale=")) {
                return seconds(d.substring("max-stale=".length()).replace("\"", ""));
            }
        }
        return NONE;
    }

    private static MaxStale seconds(String value) {
        if (!value.matches("\\d{1,9}")) {
            return NONE; // RFC 9111 asks caches to treat an invalid delta-seconds as absent
        }
        Duration asked = Duration.ofSeconds(Long.parseLong(value));
        return new MaxStale(asked.compareTo(CAP) > 0 ? CAP : asked);
    }
}
