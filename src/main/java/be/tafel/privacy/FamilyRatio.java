package be.tafel.privacy;

/**
 * A figure computed from a count of families (a partner's families over the members' median, a count's share
 * of the largest). It reads as it is where its count reads exactly, and as nothing (null) where the count is
 * masked, since the figure and another shown count would give the masked count back. A {@code Number}, so
 * code that sorts by it keeps working.
 */
public final class FamilyRatio extends Number {
    private static final long serialVersionUID = 1L;

    private final double ratio;
    private final FamilyCount of;

    public FamilyRatio(double ratio, FamilyCount of) {
        this.ratio = ratio;
        this.of = of;
    }

    public Double shownTo(Audience audience) {
        return of.maskedFor(audience) || !Double.isFinite(ratio) ? null : ratio;
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
        return Double.toString(ratio);
    }
}
