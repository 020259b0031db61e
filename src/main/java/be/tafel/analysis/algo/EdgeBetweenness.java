package be.tafel.analysis.algo;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Edge betweenness, as {@code nx.edge_betweenness_centrality(G, normalized=True)} (unweighted): the
 * share of shortest paths that run over each edge,
 *
 * <pre>
 *   b(e) = 1 / (n (n-1)) * sum over ordered pairs s != t of sigma_st(e) / sigma_st
 * </pre>
 *
 * where {@code sigma_st} counts the shortest paths from {@code s} to {@code t} and {@code sigma_st(e)}
 * those over {@code e}. On an undirected graph every unordered pair is counted in both directions, as
 * NetworkX does. JGraphT's {@code EdgeBetweennessCentrality} returns the unnormalised count of
 * unordered pairs on undirected graphs (ordered pairs on directed ones): NetworkX's value is JGraphT's
 * times {@code 2 / (n (n-1))} undirected and {@code 1 / (n (n-1))} directed. Edges are numbered as in
 * {@link CsrGraphView}: the position of the arc in the out-rows, of the smaller end's row when
 * undirected; {@link #getScores} is indexed by that position (0 at the other positions).
 *
 * <p>One breadth-first search per source (Brandes 2008); the dependencies are pulled from each vertex's
 * successors on the next level, so each arc's share is written at its own position without a search.
 * Running time O(nm), memory O(n + m) per thread; sources are split over threads as in
 * {@link ShortestPathCentrality}, and the partial sums added in thread order. {@link #sampled} searches
 * from {@code k} sources drawn uniformly without replacement and scales by {@code n / k}, an unbiased
 * estimate (NetworkX's {@code k=} argument).
 *
 * <p>JGraphT's implementation keeps its state in hash maps of boxed values: on one thread this kernel
 * was 43× faster on the synthetic city's collaboration view (0.38 s against 16.5 s; see
 * docs/benchmarks.md, "JGraphT against Tafel's kernels"), which is why it is kept.
 *
 * <p>U. Brandes, "On variants of shortest-path betweenness centrality and their generic computation",
 * Social Networks 30(2), 2008. M. Girvan and M. E. J. Newman, "Community structure in social and
 * biological networks", PNAS 99(12), 2002.
 */
public final class EdgeBetweenness {
    private final CsrGraph graph;
    private final double[] scores;
    private final int sources;

    /** Exact, from every source, on all available cores. */
    public EdgeBetweenness(CsrGraph graph) {
        this(graph, null, ShortestPathCentrality.THREADS_DEFAULT);
    }

    EdgeBetweenness(CsrGraph graph, int[] chosen, int threads) {
        this.graph = Objects.requireNonNull(graph, "graph");
        int n = graph.vertexCount();
        int arcs = graph.out().targets().length;
        this.sources = chosen == null ? n : chosen.length;
        int workers = (long) sources * (arcs + n) < ShortestPathCentrality.PARALLEL_WORK_MIN ? 1 : threads;
        var done = ParallelSources.run(
                sources, workers, t -> new Search(graph), (search, i) -> search.from(chosen == null ? i : chosen[i]));
        double[] total = new double[arcs];
        for (Search search : done) {
            for (int k = 0; k < arcs; k++) {
                total[k] += search.share[k];
            }
        }
        double scale = n <= 1 ? 0 : 1.0 / ((double) n * (n - 1)) * ((double) n / Math.max(1, sources));
        this.scores = new double[arcs];
        int[] offsets = graph.out().offsets();
        int[] targets = graph.out().targets();
        for (int u = 0; u < n; u++) {
            for (int k = offsets[u]; k < offsets[u + 1]; k++) {
                int v = targets[k];
                if (graph.isDirected()) {
                    scores[k] = total[k] * scale;
                } else if (u < v) {
                    scores[k] = (total[k] + total[graph.out().indexOf(v, u)]) * scale;
                }
            }
        }
    }

    /**
     * An estimate from {@code k} sources drawn with {@code seed}; exact when {@code k >= n}.
     *
     * @param threads the most worker threads, at least 1
     */
    public static EdgeBetweenness sampled(CsrGraph graph, int k, long seed, int threads) {
        int n = graph.vertexCount();
        if (k < 1) {
            throw new IllegalArgumentException("sample size must be at least 1: " + k);
        }
        if (k >= n) {
            return new EdgeBetweenness(graph, null, threads);
        }
        int[] all = new int[n];
        for (int v = 0; v < n; v++) {
            all[v] = v;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        return new EdgeBetweenness(graph, java.util.Arrays.copyOf(all, k), threads);
    }

    /** The score of every edge, indexed by edge id (arc position); a copy. */
    public double[] getScores() {
        return scores.clone();
    }

    /** The score of the edge {@code u -> v} (or {@code u - v}); throws when there is no such edge. */
    public double getEdgeScore(int u, int v) {
        int k = graph.isDirected() || u < v
                ? graph.out().indexOf(u, v)
                : graph.out().indexOf(v, u);
        if (k < 0) {
            throw new IllegalArgumentException("no edge " + u + " - " + v);
        }
        return scores[k];
    }

    /** How many sources were searched: {@code n} when exact. */
    public int getSourceCount() {
        return sources;
    }

    public boolean isExact() {
        return sources == graph.vertexCount();
    }

    /** One thread's breadth-first searches and the shares they add per arc. */
    private static final class Search {
        private final int[] offsets;
        private final int[] targets;
        private final int[] distance;
        private final double[] sigma;
        private final double[] delta;
        private final int[] order;
        final double[] share;

        Search(CsrGraph graph) {
            int n = graph.vertexCount();
            this.offsets = graph.out().offsets();
            this.targets = graph.out().targets();
            this.distance = new int[n];
            this.sigma = new double[n];
            this.delta = new double[n];
            this.order = new int[n];
            this.share = new double[targets.length];
            java.util.Arrays.fill(distance, -1);
        }

        void from(int s) {
            int reached = 0;
            order[reached++] = s;
            distance[s] = 0;
            sigma[s] = 1;
            for (int head = 0; head < reached; head++) {
                int v = order[head];
                int next = distance[v] + 1;
                for (int k = offsets[v], end = offsets[v + 1]; k < end; k++) {
                    int w = targets[k];
                    if (distance[w] < 0) {
                        distance[w] = next;
                        order[reached++] = w;
                    }
                    if (distance[w] == next) {
                        sigma[w] += sigma[v];
                    }
                }
            }
            for (int i = reached - 1; i >= 0; i--) {
                int v = order[i];
                int next = distance[v] + 1;
                double pulled = 0;
                for (int k = offsets[v], end = offsets[v + 1]; k < end; k++) {
                    int w = targets[k];
                    if (distance[w] == next) {
                        double c = sigma[v] / sigma[w] * (1 + delta[w]);
                        share[k] += c;
                        pulled += c;
                    }
                }
                delta[v] = pulled;
            }
            for (int i = 0; i < reached; i++) {
                int v = order[i];
                distance[v] = -1;
                sigma[v] = 0;
                delta[v] = 0;
            }
        }
    }
}
