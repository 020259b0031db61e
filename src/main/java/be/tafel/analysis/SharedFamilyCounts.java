package be.tafel.analysis;

import java.util.Arrays;

/**
 * Counts, for every pair of partners, the families both reach, in primitive arrays: a region has
 * millions of such pairs. The families of each partner turn into the partners of each family (sorted),
 * and each partner's row of pairs is counted in one array, then handed out by partner, then partner.
 */
final class SharedFamilyCounts {
    /** Receives one pair of partners, {@code p < q}, and the number of families both reach. */
    interface PairCount {
        void accept(int p, int q, int families);
    }

    private SharedFamilyCounts() {}

    /**
     * @param familiesOf per partner, the numbers {@code 0..familyCount-1} of the families it reaches
     *     (each once), or null when it reaches none
     */
    static void forEachPair(int[][] familiesOf, int familyCount, PairCount pairs) {
        int n = familiesOf.length;
        int[] start = new int[familyCount + 1];
        int[] partnersOf = partnersByFamily(familiesOf, start);
        int[] shared = new int[n];
        int[] touched = new int[n];
        for (int p = 0; p < n; p++) {
            if (familiesOf[p] == null) {
                continue;
            }
            int count = 0;
            for (int f : familiesOf[p]) {
                // the partners of f above p: the tail of its sorted list
                for (int k = start[f + 1] - 1; k >= start[f] && partnersOf[k] > p; k--) {
                    int q = partnersOf[k];
                    if (shared[q]++ == 0) {
                        touched[count++] = q;
                    }
                }
            }
            Arrays.sort(touched, 0, count);
            for (int k = 0; k < count; k++) {
                int q = touched[k];
                pairs.accept(p, q, shared[q]);
                shared[q] = 0;
            }
        }
    }

    /** The partners of each family, ascending, as rows {@code start[f] .. start[f + 1]} (filled in here). */
    private static int[] partnersByFamily(int[][] familiesOf, int[] start) {
        int familyCount = start.length - 1;
        for (int[] families : familiesOf) {
            if (families != null) {
                for (int f : families) {
                    start[f + 1]++;
                }
            }
        }
        for (int f = 0; f < familyCount; f++) {
            start[f + 1] += start[f];
        }
        int[] partnersOf = new int[start[familyCount]];
        int[] next = Arrays.copyOf(start, familyCount);
        for (int p = 0; p < familiesOf.length; p++) {
            if (familiesOf[p] != null) {
                for (int f : familiesOf[p]) {
                    partnersOf[next[f]++] = p;
                }
            }
        }
        return partnersOf;
    }
}
