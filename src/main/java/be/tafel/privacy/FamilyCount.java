package be.tafel.privacy;

/**
 * A number of families. Brokers read it as it is; everyone else reads 0 and counts of
 * {@value #THRESHOLD} or more as they are, and 1 to 4 as {@value #MASK} (primary suppression). A count that
 * belongs to a {@link FamilyCounts} group (cells that add up to a total) may also be masked as
 * {@value #SUPPRESSED} (secondary suppression), so that no masked cell follows from the total and the others.
 *
 * <p>A {@code Number}, so code that sorts or compares counts keeps working; only its JSON (and the file exports
 * that render it with {@link #shownTo}) depend on who reads it.
 */
public final class FamilyCount extends Number implements Comparable<FamilyCount> {
    /** Counts below this (and above 0) are masked for everyone but brokers. */
    public static final int THRESHOLD = 5;
    /** How a masked count under {@value #THRESHOLD} reads. */
    public static final String MASK = "<" + THRESHOLD;
    /** How a count of {@value #THRESHOLD} or more reads when it is masked to protect another. */
    public static final String SUPPRESSED = THRESHOLD + "+";

    private static final long serialVersionUID = 1L;

    private final int value;
    private final transient FamilyCounts group;
    private final int cell;

    FamilyCount(int value, FamilyCounts group, int cell) {
        if (value < 0) {
            throw new IllegalArgumentException("a count of families is not negative: " + value);
        }
        this.value = value;
        this.group = group;
        this.cell = cell;
    }

    /** A count on its own (no total it adds up to beside it): only primary suppression applies. */
    public static FamilyCount of(int value) {
        return new FamilyCount(value, null, -1);
    }

    /** The exact count: for sorting and arithmetic inside the server, never for an answer as such. */
    public int value() {
        return value;
    }

    /**
     * What {@code audience} reads: the exact count as an {@code Integer}, {@value #MASK}, {@value #SUPPRESSED},
     * or null for a group's total that must not be read at all.
     */
    public Object shownTo(Audience audience) {
        if (audience.seesFamilies()) {
            return value;
        }
        if (group != null) {
            return group.shown(cell, value);
        }
        return primary(value);
    }

    /** Whether {@code audience} reads anything but the exact count. */
    public boolean maskedFor(Audience audience) {
        return !(shownTo(audience) instanceof Integer);
    }

    static Object primary(int value) {
        return value > 0 && value < THRESHOLD ? MASK : (Object) value;
    }

    @Override
    public int intValue() {
        return value;
    }

    @Override
    public long longValue() {
        return value;
    }

    @Override
    public float floatValue() {
        return value;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    @Override
    public int compareTo(FamilyCount other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FamilyCount c && c.value == value;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(value);
    }

    /** The exact count: logs and tests inside the server; answers go through {@link #shownTo}. */
    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
