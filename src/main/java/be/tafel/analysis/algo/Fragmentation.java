package be.tafel.analysis.algo;

import java.util.Arrays;
import java.util.Objects;

/**
 * Borgatti's fragmentation: the share of ordered pairs of distinct vertices that cannot reach each
 * other,
 *
 * <pre>
 *   F = 1 - sum over components k of s_k (s_k - 1) / (n (n - 1))
 * </pre>
 *
 * over the weakly connected components (connected components of an undirected graph): 0 when the
 * graph is connected, 1 when it has no edges. Defined as 0 when {@code n < 2}. Running time O(n + m).
 *
 * <p>The distance-weighted variant, {@code DF = 1 - sum over ordered pairs u != v of
 * (1 / d(u, v)) / (n (n - 1))}, is the harmonic centralities summed, so {@link #distanceWeighted}
 * takes them from a {@link ShortestPathCentrality} already computed: it follows whatever distances
 * those used (hops or 1/weight, directed or not).
 *
 * <p>{@link #remove} answers "what if these people leave": the components before and after the
 * vertices are taken out, and the fragmentation of what remains (over the {@code n - k} remaining
 * vertices, as Borgatti's key-player measure KPP-Neg).
 *
 * <p>S. P. Borgatti, "Identifying sets of key players in a social network", Computational and
 * Mathematical Organization Theory 12(1), 2006.
 */
public final class Fragmentation {
    private final CsrGraph graph;
    private final Components components;
    private final double fragmentation;

    public Fragmentation(CsrGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.components = Components.weak(graph);
        this.fragmentation = of(components);
    }

    public double getFragmentation() {
        return fragmentation;
    }

    /** The weakly connected components the fragmentation was computed from. */
    public Components getComponents() {
        return components;
    }

    /** F over the vertices the components cover (excluded vertices do not count). */
    public static double of(Components components) {
        long n = components.coveredVertexCount();
        if (n < 2) {
            return 0.0;
        }
        long connectedPairs = 0;
        for (int size : components.getSizes()) {
            connectedPairs += (long) size * (size - 1);
        }
        return 1.0 - (double) connectedPairs / ((double) n * (n - 1));
    }

    /**
     * Borgatti's distance-weighted fragmentation from harmonic centralities
     * ({@link ShortestPathCentrality#getHarmonicScores()}); 0 when there are fewer than two vertices.
     */
    public static double distanceWeighted(double[] harmonicScores) {
        int n = harmonicScores.length;
        if (n < 2) {
            return 0.0;
        }
        double sum = 0;
        for (double h : harmonicScores) {
            sum += h;
        }
        return 1.0 - sum / ((double) n * (n - 1));
    }

    /** The effect of taking {@code vertices} (and their edges) out of the graph. */
    public Removal remove(int... vertices) {
        boolean[] removed = new boolean[graph.vertexCount()];
        for (int v : vertices) {
            if (v < 0 || v >= removed.length) {
                throw new IllegalArgumentException("vertex " + v + " is outside 0.." + (removed.length - 1));
            }
            removed[v] = true;
        }
        Components after = Components.weakWithout(graph, removed);
        int[] sorted = Arrays.stream(vertices).distinct().sorted().toArray();
        return new Removal(sorted, components, after, fragmentation, of(after));
    }

    /**
     * Components and fragmentation before and after removing some vertices.
     *
     * @param removed the removed vertices, ascending, without repeats
     * @param before the weak components of the whole graph
     * @param after the weak components of the rest; removed vertices are {@link Components#EXCLUDED}
     * @param fragmentationBefore F of the whole graph
     * @param fragmentationAfter F of the rest, over its {@code n - k} vertices
     */
    public record Removal(
            int[] removed, Components before, Components after, double fragmentationBefore, double fragmentationAfter) {
        public Removal {
            removed = removed.clone();
        }

        @Override
        public int[] removed() {
            return removed.clone();
        }

        /** Whether {@code u} and {@code v}, both remaining, were connected before and are not after. */
        public boolean separates(int u, int v) {
            return before.connected(u, v)
                    && after.componentOf(u) != Components.EXCLUDED
                    && after.componentOf(v) != Components.EXCLUDED
                    && !after.connected(u, v);
        }

        /** How many more components the rest has than the whole graph (may be negative: an isolated vertex removed). */
        public int componentsAdded() {
            return after.count() - before.count();
        }
    }
}
