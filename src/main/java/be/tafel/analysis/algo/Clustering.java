package be.tafel.analysis.algo;

import java.util.Arrays;
import java.util.Objects;

/**
 * Local clustering coefficient, average clustering and transitivity, unweighted, each defined
 * exactly as in NetworkX ({@code nx.clustering(G)}, {@code nx.average_clustering(G)},
 * {@code nx.transitivity(G)}). Edge weights are ignored.
 *
 * <p><b>Undirected graphs.</b> With {@code T(v)} the number of triangles through {@code v} and
 * {@code d(v)} its degree,
 *
 * <pre>
 *   c(v) = 2 T(v) / (d(v) (d(v) - 1)),   0 when T(v) = 0
 *   transitivity = 3 * triangles / connected triples = sum_v 2T(v) / sum_v d(v)(d(v) - 1),   0 without triangles
 * </pre>
 *
 * <p><b>Directed graphs.</b> The local coefficient is Fagiolo's (2007), as NetworkX computes it for a
 * {@code DiGraph}: with {@code A} the adjacency matrix, {@code d_tot(v)} in- plus out-degree and
 * {@code d_rec(v)} the number of reciprocated neighbours,
 *
 * <pre>
 *   c(v) = (A + A^T)^3_vv / (2 (d_tot(v) (d_tot(v) - 1) - 2 d_rec(v)))
 * </pre>
 *
 * i.e. every triangle through {@code v} in the undirected union graph counts the product of its three
 * arc multiplicities (1 or 2). Transitivity on a directed graph follows NetworkX, which applies the
 * undirected formula to successor sets only: the share of ordered pairs {@code (w, x)} of
 * out-neighbours of some {@code v} for which the arc {@code w -> x} exists. For the undirected
 * notion, use {@code new Clustering(graph.undirected())}.
 *
 * <p>The average is over all vertices, zeros included ({@code count_zeros=True}); it is NaN for the
 * empty graph, where NetworkX divides by zero.
 *
 * <p>Triangles are listed once each by the forward algorithm: every edge points from the endpoint of
 * lower (degree, id) rank to the higher, and the two sorted forward rows of its endpoints are
 * intersected. Running time O(m^1.5) and memory O(n + m), plus O(sum of out-degree squares) for
 * directed transitivity.
 *
 * <p>D. J. Watts and S. H. Strogatz, "Collective dynamics of 'small-world' networks", Nature 393, 1998.
 * G. Fagiolo, "Clustering in complex directed networks", Physical Review E 76, 026107, 2007.
 * T. Schank and D. Wagner, "Finding, counting and listing all triangles in large graphs", WEA 2005.
 */
public final class Clustering {
    private final double[] local;
    private final double average;
    private final double transitivity;
    private final long triangles;

    /** Computes every score for a directed or undirected graph; weights are ignored. */
    public Clustering(CsrGraph graph) {
        Objects.requireNonNull(graph, "graph");
        int n = graph.vertexCount();
        CsrGraph union = graph.isDirected() ? graph.unweighted().undirected() : graph.unweighted();
        double[] closed = new double[n];
        this.triangles = countTriangles(union, closed);
        this.local =
                graph.isDirected() ? directedCoefficients(graph, union, closed) : undirectedCoefficients(union, closed);
        this.average = n == 0 ? Double.NaN : sum(local) / n;
        this.transitivity =
                graph.isDirected() ? successorTransitivity(graph.out()) : undirectedTransitivity(union, closed);
    }

    /** The local clustering coefficient of every vertex, indexed by vertex (a copy). */
    public double[] getScores() {
        return local.clone();
    }

    public double getVertexScore(int v) {
        Objects.checkIndex(v, local.length);
        return local[v];
    }

    /** The mean local coefficient over all vertices; NaN for the empty graph. */
    public double getAverageClustering() {
        return average;
    }

    /** The global clustering coefficient (see the class comment for directed graphs); 0 without triangles. */
    public double getTransitivity() {
        return transitivity;
    }

    /** The number of triangles in the undirected version of the graph. */
    public long getTriangleCount() {
        return triangles;
    }

    /**
     * Lists every triangle once and adds, to each of its corners, twice the product of its edge
     * weights (for the unweighted union graph of a digraph: the arc multiplicities 1 or 2).
     */
    private static long countTriangles(CsrGraph graph, double[] closed) {
        Forward forward = Forward.of(graph);
        long count = 0;
        for (int u = 0; u < graph.vertexCount(); u++) {
            for (int i = forward.offsets[u]; i < forward.offsets[u + 1]; i++) {
                int v = forward.targets[i];
                count += intersect(forward, u, v, forward.weights[i], closed);
            }
        }
        return count;
    }

    /** Triangles u-v-w with w in both forward rows; both rows are sorted by vertex id. */
    private static int intersect(Forward forward, int u, int v, double uv, double[] closed) {
        int i = forward.offsets[u];
        int iEnd = forward.offsets[u + 1];
        int j = forward.offsets[v];
        int jEnd = forward.offsets[v + 1];
        int found = 0;
        while (i < iEnd && j < jEnd) {
            int a = forward.targets[i];
            int b = forward.targets[j];
            if (a < b) {
                i++;
            } else if (a > b) {
                j++;
            } else {
                double twice = 2 * uv * forward.weights[i] * forward.weights[j];
                closed[u] += twice;
                closed[v] += twice;
                closed[a] += twice;
                found++;
                i++;
                j++;
            }
        }
        return found;
    }

    private static double[] undirectedCoefficients(CsrGraph graph, double[] closed) {
        double[] c = new double[graph.vertexCount()];
        for (int v = 0; v < c.length; v++) {
            long d = graph.out().degree(v);
            c[v] = closed[v] == 0 ? 0 : closed[v] / (d * (d - 1));
        }
        return c;
    }

    private static double[] directedCoefficients(CsrGraph graph, CsrGraph union, double[] closed) {
        double[] c = new double[graph.vertexCount()];
        for (int v = 0; v < c.length; v++) {
            long total = graph.out().degree(v) + graph.in().degree(v);
            long reciprocal = total - union.out().degree(v);
            c[v] = closed[v] == 0 ? 0 : closed[v] / (2 * (total * (total - 1) - 2 * reciprocal));
        }
        return c;
    }

    private static double undirectedTransitivity(CsrGraph graph, double[] closed) {
        double triads = 0;
        for (int v = 0; v < graph.vertexCount(); v++) {
            long d = graph.out().degree(v);
            triads += d * (d - 1);
        }
        double closedTriads = sum(closed);
        return closedTriads == 0 ? 0 : closedTriads / triads;
    }

    /** NetworkX's transitivity of a DiGraph: the undirected formula over successor sets. */
    private static double successorTransitivity(CsrGraph.Adjacency out) {
        int n = out.offsets().length - 1;
        int[] mark = new int[n];
        long closedTriads = 0;
        long triads = 0;
        for (int v = 0; v < n; v++) {
            long d = out.degree(v);
            triads += d * (d - 1);
            for (int i = out.offsets()[v]; i < out.offsets()[v + 1]; i++) {
                mark[out.targets()[i]] = v + 1;
            }
            for (int i = out.offsets()[v]; i < out.offsets()[v + 1]; i++) {
                int w = out.targets()[i];
                for (int k = out.offsets()[w]; k < out.offsets()[w + 1]; k++) {
                    if (mark[out.targets()[k]] == v + 1) {
                        closedTriads++;
                    }
                }
            }
        }
        return closedTriads == 0 ? 0 : (double) closedTriads / triads;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double x : values) {
            s += x;
        }
        return s;
    }

    /** Each undirected edge once, from the endpoint of lower (degree, id) rank; rows stay sorted by id. */
    private record Forward(int[] offsets, int[] targets, double[] weights) {
        static Forward of(CsrGraph graph) {
            CsrGraph.Adjacency adj = graph.out();
            int n = graph.vertexCount();
            int[] offsets = new int[n + 1];
            int[] targets = new int[adj.targets().length / 2];
            double[] weights = new double[targets.length];
            int write = 0;
            for (int u = 0; u < n; u++) {
                offsets[u] = write;
                for (int i = adj.offsets()[u]; i < adj.offsets()[u + 1]; i++) {
                    int v = adj.targets()[i];
                    if (ranksBelow(adj, u, v)) {
                        targets[write] = v;
                        weights[write++] = adj.weights()[i];
                    }
                }
            }
            offsets[n] = write;
            return new Forward(offsets, Arrays.copyOf(targets, write), Arrays.copyOf(weights, write));
        }

        private static boolean ranksBelow(CsrGraph.Adjacency adj, int u, int v) {
            int du = adj.degree(u);
            int dv = adj.degree(v);
            return du < dv || (du == dv && u < v);
        }
    }
}
