package be.tafel.report;

import java.util.Arrays;

/** The order statistics the reports compare a partner with. */
final class Stats {
    private Stats() {}

    /** The median (the mean of the two middle values for an even count); 0 for no values. */
    static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /**
     * The percentile rank of {@code value} among {@code values}: 100 × (the number below it + half the number
     * equal to it) / the number of values; 0 for no values.
     */
    static double percentileRank(double[] values, double value) {
        if (values.length == 0) {
            return 0;
        }
        int below = 0;
        int equal = 0;
        for (double x : values) {
            if (x < value) {
                below++;
            } else if (x == value) {
                equal++;
            }
        }
        return 100.0 * (below + 0.5 * equal) / values.length;
    }
}
