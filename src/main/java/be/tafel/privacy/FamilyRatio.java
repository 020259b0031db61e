package be.tafel.privacy;

import java.util.List;

/**
 * A figure computed from counts of families (a partner's families over the members' median, a count's share
 * of the largest, the change between two counts). It reads as it is where every count it comes from reads
 * exactly, and as nothing (null) where one of them is masked, since the figure and another shown count would
 * give the masked count back. A {@code Number}, so code that sorts by it keeps working.
 */
public final class FamilyRatio extends Number {
    private static final long serialVersionUID = 1L;

    private final double ratio;
    private final transient List<FamilyCount> of;
    private final boolean whole;

    public FamilyRatio(double ratio, FamilyCount of) {
        this(ratio, List.of(of), false);
    }

    private FamilyRatio(double ratio, List<FamilyCount> of, boolean whole) {
        this.ratio = ratio;
        this.of = of;
        this.whole = whole;
    }

    /**
     * A whole number computed from {@code counts}, such as the change from one count to another or a change
     * in whole percent: written as an integer, and as nothing where any of the counts is masked.
     */
    public static FamilyRatio whole(long value, FamilyCount... counts) {
        return new FamilyRatio(value, List.of(counts), true);
    }

    public Double shownTo(Audience audience) {
        if (!Double.isFinite(ratio)) {
            return null;
        }
        for (FamilyCount count : of) {
            if (count.maskedFor(audience)) {
                return null;
            }
        }
        return ratio;
    }

    /** Whether it is written as an integer. */
    public boolean isWhole() {
        return whole;
    }

    @Override
    public int intValue() {
        return (int) ratio;
    }

    @Override
    public long longValue() {
        return (long) ratio;
    }

    @Override
    public float floatValue() {
        return (float) ratio;
    }

    @Override
    public double doubleValue() {
        return ratio;
    }

    @Override
    public String toString() {
        return whole ? Long.toString((long) ratio) : Double.toString(ratio);
    }
}
