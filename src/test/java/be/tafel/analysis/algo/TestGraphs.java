package be.tafel.analysis.algo;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/** Seeded random graphs for tests and the benchmark. */
final class TestGraphs {
    private TestGraphs() {}

    /**
     * {@code n} vertices and {@code m} distinct edges (or arcs) drawn uniformly, with integer weights
     * 1..5; a few vertices may stay isolated.
     */
    static CsrGraph random(int n, int m, boolean directed, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CsrGraph.Builder builder = new CsrGraph.Builder(n, directed);
        Set<Long> seen = new HashSet<>();
        while (seen.size() < m) {
            int u = random.nextInt(n);
            int v = random.nextInt(n);
            if (u == v) {
                continue;
            }
            long key = directed ? (long) u * n + v : (long) Math.min(u, v) * n + Math.max(u, v);
            if (seen.add(key)) {
                builder.addEdge(u, v, 1 + random.nextInt(5));
            }
        }
        return builder.build();
    }

    static CsrGraph path(int n) {
        CsrGraph.Builder builder = new CsrGraph.Builder(n, false);
        for (int v = 0; v + 1 < n; v++) {
            builder.addEdge(v, v + 1);
        }
        return builder.build();
    }

    static CsrGraph edges(int n, boolean directed, int... pairs) {
        CsrGraph.Builder builder = new CsrGraph.Builder(n, directed);
        for (int i = 0; i < pairs.length; i += 2) {
            builder.addEdge(pairs[i], pairs[i + 1]);
        }
        return builder.build();
    }

    /**
     * {@code clusters} random clusters of {@code size} vertices and {@code 3 * size} edges each, held
     * together by one broker (the last vertex) tied to three members of every cluster: a graph whose
     * broker has a large betweenness.
     */
    static CsrGraph clustersWithBroker(int clusters, int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int broker = clusters * size;
        CsrGraph.Builder builder = new CsrGraph.Builder(broker + 1, false);
        for (int c = 0; c < clusters; c++) {
            int first = c * size;
            for (int v = 1; v < size; v++) {
                builder.addEdge(first + random.nextInt(v), first + v);
            }
            for (int e = size - 1; e < 3 * size; e++) {
                builder.addEdge(first + random.nextInt(size), first + random.nextInt(size));
            }
            for (int t = 0; t < 3; t++) {
                builder.addEdge(broker, first + random.nextInt(size));
            }
        }
        return builder.build();
    }
}
