package be.tafel.analysis.algo;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The headline numbers of one view, each as NetworkX computes it.
 *
 * <p>Undefined values are {@code null}, never NaN:
 *
 * @param nodes {@code n}
 * @param edges {@code m}, each undirected edge or directed arc once
 * @param directed whether the view is directed
 * @param density {@code nx.density}: {@code 2m / (n(n-1))} undirected, {@code m / (n(n-1))}
 *     directed; 0 when {@code n <= 1}
 * @param components the number of connected components (weakly connected on a directed view); 0 for
 *     the empty graph
 * @param largestComponentShare the largest (weak) component's share of the vertices; 0 for the empty
 *     graph
 * @param pathComponentSize the size of the component {@code diameter} and {@code averageShortestPath}
 *     are measured on: the largest connected component (undirected), the largest <em>strongly</em>
 *     connected component (directed), ties to the one holding the smallest vertex
 * @param diameter {@code nx.diameter} of that component, in hops (directed distances on a directed
 *     view); null when it has fewer than 2 vertices, or when it is too large for exact all-pairs
 *     distances (see {@link #DISTANCE_WORK_LIMIT})
 * @param averageShortestPath {@code nx.average_shortest_path_length} of that component, in hops;
 *     null when {@code diameter} is
 * @param averageClustering {@code nx.average_clustering}, filled in by the clustering analysis
 *     through {@link #withClustering}; null until then
 * @param transitivity {@code nx.transitivity}, likewise
 * @param degreeCentralization Freeman's degree centralisation {@code sum (d_max - d_i) / ((n-1)(n-2))}
 *     (undirected), in [0, 1], 1 for a star; on a directed view with total degree {@code d_i = in_i +
 *     out_i} and the denominator {@code 2(n-1)(n-2)} of the star with reciprocated arcs, so it too
 *     lies in [0, 1]; 0 when {@code n < 3}
 * @param reciprocity {@code nx.overall_reciprocity}: the share of arcs whose reverse arc exists; null
 *     on an undirected view and on a directed view without arcs (where NetworkX raises)
 */
public record ViewSummary(
        int nodes,
        int edges,
        boolean directed,
        double density,
        int components,
        double largestComponentShare,
        int pathComponentSize,
        Integer diameter,
        Double averageShortestPath,
        Double averageClustering,
        Double transitivity,
        double degreeCentralization,
        Double reciprocity) {

    /**
     * Diameter and average shortest path are computed exactly, by a breadth-first search from every
     * vertex of the component, when {@code |C| * m} is at most this (about 12 s of CPU time, 6 s on 2
     * cores); above it they are left null rather than make a region's summary take minutes.
     */
    public static final long DISTANCE_WORK_LIMIT = 1_000_000_000L;

    /** The summary on all available cores, without the clustering values. */
    public static ViewSummary of(CsrGraph graph) {
        return of(graph, ParallelSources.availableThreads());
    }

    /**
     * The summary, searching from the path component's vertices on {@code threads} threads; running
     * time O(n + m) plus O(|C| m) for the distances.
     */
    public static ViewSummary of(CsrGraph graph, int threads) {
        Objects.requireNonNull(graph, "graph");
        ParallelSources.checkThreads(threads);
        int n = graph.vertexCount();
        Components weak = Components.weak(graph);
        Components onPaths = graph.isDirected() ? Components.strong(graph) : weak;
        int pathComponent = onPaths.largest();
        Distances distances = Distances.NONE;
        if (pathComponent >= 0
                && onPaths.size(pathComponent) > 1
                && (long) onPaths.size(pathComponent) * graph.edgeCount() <= DISTANCE_WORK_LIMIT) {
            distances = Distances.within(graph, onPaths, pathComponent, threads);
        }
        return new ViewSummary(
                n,
                graph.edgeCount(),
                graph.isDirected(),
                density(graph),
                weak.count(),
                n == 0 ? 0.0 : (double) weak.largestSize() / n,
                onPaths.largestSize(),
                distances.diameter(),
                distances.average(),
                null,
                null,
                degreeCentralization(graph),
                reciprocity(graph));
    }

    /** This summary with the clustering values, computed elsewhere, filled in. */
    public ViewSummary withClustering(double averageClustering, double transitivity) {
        return new ViewSummary(
                nodes,
                edges,
                directed,
                density,
                components,
                largestComponentShare,
                pathComponentSize,
                diameter,
                averageShortestPath,
                averageClustering,
                transitivity,
                degreeCentralization,
                reciprocity);
    }

    static double density(CsrGraph graph) {
        long n = graph.vertexCount();
        if (n <= 1) {
            return 0.0;
        }
        double pairs = (double) n * (n - 1);
        return (graph.isDirected() ? 1.0 : 2.0) * graph.edgeCount() / pairs;
    }

    static double degreeCentralization(CsrGraph graph) {
        int n = graph.vertexCount();
        if (n < 3) {
            return 0.0;
        }
        int[] degrees = new int[n];
        int max = 0;
        for (int v = 0; v < n; v++) {
            degrees[v] =
                    graph.out().degree(v) + (graph.isDirected() ? graph.in().degree(v) : 0);
            max = Math.max(max, degrees[v]);
        }
        long spread = 0;
        for (int degree : degrees) {
            spread += max - degree;
        }
        double denominator = (graph.isDirected() ? 2.0 : 1.0) * (n - 1) * (n - 2);
        return spread / denominator;
    }

    static Double reciprocity(CsrGraph graph) {
        if (!graph.isDirected() || graph.edgeCount() == 0) {
            return null;
        }
        CsrGraph.Adjacency out = graph.out();
        long reciprocated = 0;
        for (int u = 0; u < graph.vertexCount(); u++) {
            for (int k = out.offsets()[u]; k < out.offsets()[u + 1]; k++) {
                reciprocated += graph.hasEdge(out.targets()[k], u) ? 1 : 0;
            }
        }
        return (double) reciprocated / graph.edgeCount();
    }

    /** Diameter and average distance over the ordered pairs of one component. */
    private record Distances(Integer diameter, Double average) {
        static final Distances NONE = new Distances(null, null);

        static Distances within(CsrGraph graph, Components components, int component, int threads) {
            int[] members = components.members(component);
            int[] labels = components.getLabels();
            List<Search> searches = ParallelSources.run(
                    members.length,
                    threads,
                    t -> new Search(graph, labels, component),
                    (search, i) -> search.from(members[i]));
            long total = 0;
            int longest = 0;
            for (Search search : searches) {
                total += search.total;
                longest = Math.max(longest, search.longest);
            }
            long size = members.length;
            return new Distances(longest, (double) total / (size * (size - 1)));
        }
    }

    /** Breadth-first search inside one component; one per thread. */
    private static final class Search {
        private final int[] offsets;
        private final int[] targets;
        private final int[] labels;
        private final int component;
        private final int[] dist;
        private final int[] queue;
        long total;
        int longest;

        Search(CsrGraph graph, int[] labels, int component) {
            this.offsets = graph.out().offsets();
            this.targets = graph.out().targets();
            this.labels = labels;
            this.component = component;
            this.dist = new int[graph.vertexCount()];
            this.queue = new int[graph.vertexCount()];
            Arrays.fill(dist, -1);
        }

        /**
         * Shortest paths between two vertices of a strongly connected component never leave it, so
         * searching inside the component gives the distances of the whole graph.
         */
        void from(int source) {
            dist[source] = 0;
            queue[0] = source;
            int tail = 1;
            for (int head = 0; head < tail; head++) {
                int v = queue[head];
                int next = dist[v] + 1;
                for (int k = offsets[v]; k < offsets[v + 1]; k++) {
                    int w = targets[k];
                    if (dist[w] < 0 && labels[w] == component) {
                        dist[w] = next;
                        queue[tail++] = w;
                        total += next;
                    }
                }
            }
            longest = Math.max(longest, dist[queue[tail - 1]]);
            for (int i = 0; i < tail; i++) {
                dist[queue[i]] = -1;
            }
        }
    }
}
