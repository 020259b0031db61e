package be.tafel.survey;

import java.util.Arrays;

/**
 * How far a wave's score would move if answers went missing again at the rate they went missing: each of
 * {@link #REPLICATES} replicates keeps every respondent independently with probability equal to the
 * response rate (at least one), recomputes the score from the kept respondents' ties, and the interval
 * is the 5th to 95th percentile of the replicates (seeded, so the same wave gives the same interval). A
 * survey that 100% answered keeps everyone and has a zero-width interval; the fewer answered, the more
 * respondents each replicate drops and the wider the interval. Smith and Moody (Social Networks 35(4),
 * 2013) show this is where centralisation and betweenness move most and in-degree and closeness least.
 *
 * <p>A score is <b>stable</b> when the interval stays within {@value #TOLERANCE} of its value on either
 * side (relative), or, for a value below {@value #FLOOR}, when the whole interval is narrower than
 * {@value #FLOOR}.
 *
 * @param value the score from all respondents
 * @param low the 5th percentile of the replicates
 * @param high the 95th percentile
 */
public record Stability(double value, double low, double high, boolean stable) {
    public static final int REPLICATES = 200;
    public static final double TOLERANCE = 0.2;
    public static final double FLOOR = 0.01;

    static Stability of(double value, double[] replicates) {
        double[] sorted = replicates.clone();
        Arrays.sort(sorted);
        double low = Math.min(value, percentile(sorted, 0.05));
        double high = Math.max(value, percentile(sorted, 0.95));
        boolean stable = Math.abs(value) < FLOOR
                ? high - low < FLOOR
                : value - low <= TOLERANCE * Math.abs(value) && high - value <= TOLERANCE * Math.abs(value);
        return new Stability(value, low, high, stable);
    }

    /** Linear interpolation between closest ranks, as numpy's default. */
    static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double rank = q * (sorted.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (rank - lo) * (sorted[hi] - sorted[lo]);
    }
}
