package be.tafel.analysis.algo;

import java.util.List;
import java.util.Objects;

/**
 * Betweenness, closeness and harmonic centrality from one shortest-path search per source vertex,
 * each defined exactly as in NetworkX 3.
 *
 * <p><b>Betweenness</b> (Brandes 2001), as {@code nx.betweenness_centrality(G, normalized=True,
 * endpoints=False)}:
 *
 * <pre>
 *   b(v) = 1 / ((n-1)(n-2)) * sum over ordered pairs s != v != t of sigma_st(v) / sigma_st
 * </pre>
 *
 * where {@code sigma_st} counts the shortest paths from {@code s} to {@code t} and
 * {@code sigma_st(v)} those through {@code v}. On an undirected graph every unordered pair is counted
 * in both directions, as NetworkX does; JGraphT's normalised betweenness is therefore half of this
 * value on undirected graphs. For {@code n <= 2} all scores are 0.
 *
 * <p><b>Closeness</b>, as {@code nx.closeness_centrality(G, wf_improved=True)} (Wasserman and Faust
 * 1994): with {@code r(v)} the number of other vertices that reach {@code v} and {@code D(v)} the sum
 * of their distances to {@code v},
 *
 * <pre>
 *   c(v) = (r(v) / D(v)) * (r(v) / (n-1)),   0 when r(v) = 0
 * </pre>
 *
 * On a directed graph these are <em>incoming</em> distances {@code d(u, v)}, as NetworkX (which
 * searches the reversed graph).
 *
 * <p><b>Harmonic</b>, as {@code nx.harmonic_centrality(G)} (Boldi and Vigna 2014):
 * {@code h(v) = sum over u != v of 1 / d(u, v)}, with {@code 1 / infinity = 0}; again incoming
 * distances on a directed graph. Not normalised.
 *
 * <p>With {@link PathLength#HOPS} the searches are breadth-first; with
 * {@link PathLength#INVERSE_WEIGHT} they are Dijkstra's with edge length {@code 1 / weight}, and
 * equal-length paths are detected by exact floating-point equality, as in NetworkX.
 *
 * <p>Running time O(nm) unweighted, O(nm + n² log n) weighted; memory O(n + m) per thread. Sources
 * are split over a fixed number of threads, each with its own arrays; the partial sums are added in
 * thread order, so a run is reproducible for a given thread count and agrees across thread counts to
 * rounding (about 1e-15 relative).
 *
 * <p>U. Brandes, "A faster algorithm for betweenness centrality", Journal of Mathematical Sociology
 * 25(2), 2001. U. Brandes, "On variants of shortest-path betweenness centrality and their generic
 * computation", Social Networks 30(2), 2008.
 */
public final class ShortestPathCentrality {
    /** The default number of worker threads: all available cores. */
    public static final int THREADS_DEFAULT = ParallelSources.availableThreads();

    private final int n;
    private final double[] betweenness;
    private final double[] closeness;
    private final double[] harmonic;

    /** Unweighted (hop) shortest paths on all available cores. */
    public ShortestPathCentrality(CsrGraph graph) {
        this(graph, PathLength.HOPS, THREADS_DEFAULT);
    }

    /**
     * @param graph the graph, directed or undirected
     * @param length how an edge's length is measured
     * @param threads the number of worker threads, at least 1
     */
    public ShortestPathCentrality(CsrGraph graph, PathLength length, int threads) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(length, "length");
        ParallelSources.checkThreads(threads);
        this.n = graph.vertexCount();
        ShortestPaths.Network network = new ShortestPaths.Network(graph, length);
        List<Worker> workers = ParallelSources.run(n, threads, t -> new Worker(network), Worker::accumulateFrom);
        this.betweenness = new double[n];
        double[] distanceSum = new double[n];
        long[] reachedBy = new long[n];
        this.harmonic = new double[n];
        for (Worker worker : workers) {
            worker.addTo(betweenness, distanceSum, reachedBy, harmonic);
        }
        normaliseBetweenness();
        this.closeness = closeness(distanceSum, reachedBy);
    }

    /** Betweenness of every vertex, normalised as NetworkX; a copy indexed by vertex. */
    public double[] getBetweennessScores() {
        return betweenness.clone();
    }

    /** Wasserman–Faust closeness of every vertex; a copy indexed by vertex. */
    public double[] getClosenessScores() {
        return closeness.clone();
    }

    /** Harmonic centrality of every vertex; a copy indexed by vertex. */
    public double[] getHarmonicScores() {
        return harmonic.clone();
    }

    public double getBetweenness(int v) {
        return betweenness[checkVertex(v)];
    }

    public double getCloseness(int v) {
        return closeness[checkVertex(v)];
    }

    public double getHarmonic(int v) {
        return harmonic[checkVertex(v)];
    }

    /** NetworkX's normalisation factor {@code 1 / ((n-1)(n-2))}, or 1 when {@code n <= 2}. */
    static double betweennessScale(int n) {
        return n <= 2 ? 1.0 : 1.0 / ((double) (n - 1) * (n - 2));
    }

    private void normaliseBetweenness() {
        double scale = betweennessScale(n);
        for (int v = 0; v < n; v++) {
            betweenness[v] *= scale;
        }
    }

    private double[] closeness(double[] distanceSum, long[] reachedBy) {
        double[] scores = new double[n];
        for (int v = 0; v < n; v++) {
            double reached = reachedBy[v];
            if (distanceSum[v] > 0 && n > 1) {
                scores[v] = reached / distanceSum[v] * (reached / (n - 1));
            }
        }
        return scores;
    }

    private int checkVertex(int v) {
        if (v < 0 || v >= n) {
            throw new IllegalArgumentException("vertex " + v + " is outside 0.." + (n - 1));
        }
        return v;
    }

    /** One thread's search state and partial sums. */
    private static final class Worker {
        private final ShortestPaths paths;
        private final double[] delta;
        private final double[] betweenness;
        private final double[] distanceSum;
        private final long[] reachedBy;
        private final double[] harmonic;

        Worker(ShortestPaths.Network network) {
            this.paths = new ShortestPaths(network);
            this.delta = new double[network.n];
            this.betweenness = new double[network.n];
            this.distanceSum = new double[network.n];
            this.reachedBy = new long[network.n];
            this.harmonic = new double[network.n];
        }

        /** Brandes' second phase from one source, plus the distances for closeness and harmonic. */
        void accumulateFrom(int source) {
            paths.searchFrom(source);
            int[] order = paths.order;
            for (int i = paths.settledCount - 1; i > 0; i--) {
                int w = order[i];
                passDependencyToPredecessors(w);
                betweenness[w] += delta[w];
                addDistance(w, paths.dist[w]);
            }
            for (int i = 0; i < paths.settledCount; i++) {
                delta[order[i]] = 0;
            }
            assert order[0] == source;
        }

        /** {@code delta[v] += sigma[v] / sigma[w] * (1 + delta[w])} for every predecessor {@code v} of {@code w}. */
        private void passDependencyToPredecessors(int w) {
            ShortestPaths.Network network = paths.network();
            int[] offsets = network.inOffsets;
            int[] sources = network.inTargets;
            double[] dist = paths.dist;
            double[] sigma = paths.sigma;
            double d = dist[w];
            double coefficient = (1 + delta[w]) / sigma[w];
            if (network.hops) {
                double previous = d - 1;
                for (int k = offsets[w]; k < offsets[w + 1]; k++) {
                    int v = sources[k];
                    if (dist[v] == previous) {
                        delta[v] += sigma[v] * coefficient;
                    }
                }
            } else {
                double[] lengths = network.inLengths;
                for (int k = offsets[w]; k < offsets[w + 1]; k++) {
                    int v = sources[k];
                    if (dist[v] + lengths[k] == d) {
                        delta[v] += sigma[v] * coefficient;
                    }
                }
            }
        }

        private void addDistance(int v, double d) {
            distanceSum[v] += d;
            reachedBy[v]++;
            harmonic[v] += 1 / d;
        }

        void addTo(double[] betweennessTotal, double[] distanceTotal, long[] reachedTotal, double[] harmonicTotal) {
            for (int v = 0; v < betweenness.length; v++) {
                betweennessTotal[v] += betweenness[v];
                distanceTotal[v] += distanceSum[v];
                reachedTotal[v] += reachedBy[v];
                harmonicTotal[v] += harmonic[v];
            }
        }
    }
}
