package be.tafel.analysis.algo;

import java.util.Arrays;

/**
 * The adjacency rows of an undirected graph as bit sets, with the vertices relabelled by their rank
 * in (degree, id) ascending order: bit {@code s} of row {@code r} is set when the vertices of ranks
 * {@code r} and {@code s} are adjacent. Rank order is the order in which {@link LinkPrediction} adds
 * the terms of its sums, so walking the set bits of two rows' AND upwards visits the common
 * neighbours in exactly that order.
 *
 * <p>{@code n * ceil(n / 64)} longs; intersections stream through two rows a word at a time.
 */
final class RankedBitRows {
    private final int words;
    private final long[] bits;
    private final int[] vertexOfRank;
    private final int[] rankOf;

    /** {@code offsets} and {@code targets} are the CSR rows of an undirected graph without self-loops. */
    RankedBitRows(int[] offsets, int[] targets) {
        int n = offsets.length - 1;
        this.words = wordsFor(n);
        this.vertexOfRank = byDegreeThenId(offsets);
        this.rankOf = new int[n];
        for (int r = 0; r < n; r++) {
            rankOf[vertexOfRank[r]] = r;
        }
        this.bits = new long[Math.multiplyExact(n, words)];
        for (int u = 0; u < n; u++) {
            int base = rankOf[u] * words;
            for (int i = offsets[u]; i < offsets[u + 1]; i++) {
                int s = rankOf[targets[i]];
                bits[base + (s >>> 6)] |= 1L << s;
            }
        }
    }

    /** The longs per row. */
    static int wordsFor(int n) {
        return (n + 63) >>> 6;
    }

    int vertex(int rank) {
        return vertexOfRank[rank];
    }

    int rank(int vertex) {
        return rankOf[vertex];
    }

    int words() {
        return words;
    }

    boolean adjacent(int a, int b) {
        return (bits[a * words + (b >>> 6)] & (1L << b)) != 0;
    }

    /** The number of common neighbours of the vertices of ranks {@code a} and {@code b}. */
    int commonCount(int a, int b) {
        int rowA = a * words;
        int rowB = b * words;
        int count = 0;
        for (int i = 0; i < words; i++) {
            count += Long.bitCount(bits[rowA + i] & bits[rowB + i]);
        }
        return count;
    }

    /**
     * An upper bound on the sum of {@code wordTerm}-weighted common neighbours: each common neighbour
     * counts with the term of its word, {@code wordTerm[i]}, which must be at least the term of every
     * rank in word {@code i} that can be a common neighbour.
     */
    double sumBound(int a, int b, double[] wordTerm) {
        int rowA = a * words;
        int rowB = b * words;
        double even = 0;
        double odd = 0; // two accumulators halve the chain of dependent additions
        int i = 0;
        for (; i + 1 < words; i += 2) {
            even += Long.bitCount(bits[rowA + i] & bits[rowB + i]) * wordTerm[i];
            odd += Long.bitCount(bits[rowA + i + 1] & bits[rowB + i + 1]) * wordTerm[i + 1];
        }
        if (i < words) {
            even += Long.bitCount(bits[rowA + i] & bits[rowB + i]) * wordTerm[i];
        }
        return even + odd;
    }

    /**
     * The sum of {@code termOfRank} over the common neighbours, added in ascending rank: bit for bit
     * the sum added in (degree, id) order.
     */
    double sum(int a, int b, double[] termOfRank) {
        int rowA = a * words;
        int rowB = b * words;
        double sum = 0;
        for (int i = 0; i < words; i++) {
            long common = bits[rowA + i] & bits[rowB + i];
            while (common != 0) {
                sum += termOfRank[(i << 6) + Long.numberOfTrailingZeros(common)];
                common &= common - 1;
            }
        }
        return sum;
    }

    /** The vertices by (degree, id) ascending. */
    private static int[] byDegreeThenId(int[] offsets) {
        int n = offsets.length - 1;
        long[] keys = new long[n];
        for (int v = 0; v < n; v++) {
            keys[v] = ((long) (offsets[v + 1] - offsets[v]) << 32) | v;
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int r = 0; r < n; r++) {
            order[r] = (int) keys[r];
        }
        return order;
    }
}
