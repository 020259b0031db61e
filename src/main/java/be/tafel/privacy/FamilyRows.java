package be.tafel.privacy;

import java.util.List;

/**
 * Decides, row by row, whether a row about a vertex goes into an answer: for everyone but brokers a row about
 * a single family (its scores, a bridge to it, a link to it) stays out, and is counted, so the answer can say
 * how many it left out ({@link #leftOut()}) without naming any. One instance per answer; not thread-safe.
 */
public final class FamilyRows {
    private final Audience audience;
    private int leftOut;

    private FamilyRows(Audience audience) {
        this.audience = audience;
    }

    public static FamilyRows forAudience(Audience audience) {
        return new FamilyRows(audience);
    }

    /** For the request this thread answers. */
    public static FamilyRows forCurrentAudience() {
        return new FamilyRows(Audience.current());
    }

    public Audience audience() {
        return audience;
    }

    /** Whether the row about {@code ref} goes in; counts it when it stays out. */
    public boolean keep(NodeRef ref) {
        if (ref.family() && !audience.seesFamilies()) {
            leftOut++;
            return false;
        }
        return true;
    }

    /** Whether a row about all of {@code refs} (a bridge, a pair) goes in; counts it once when it stays out. */
    public boolean keepAll(List<NodeRef> refs) {
        if (!audience.seesFamilies() && refs.stream().anyMatch(NodeRef::family)) {
            leftOut++;
            return false;
        }
        return true;
    }

    /** {@code refs} without the families the audience may not see (not counted: they are not rows). */
    public List<NodeRef> visible(List<NodeRef> refs) {
        return audience.seesFamilies()
                ? refs
                : refs.stream().filter(r -> !r.family()).toList();
    }

    /** How many rows stayed out, or null when none did (and always for brokers). */
    public FamilyCount leftOut() {
        return leftOut == 0 ? null : FamilyCount.of(leftOut);
    }
}
