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
 * <p>Triangles are listed once each by the forward algorithm with a mark array: every edge points from
 * the endpoint of lower (degree, id) rank to the higher; for each vertex {@code u} its forward
 * neighbours are marked, and every forward neighbour {@code w} of a forward neighbour {@code v} that is
 * marked closes the triangle {@code u, v, w}. Nothing is sorted or allocated per vertex. On a dense
 * undirected graph (average degree at least {@code n / 64}) the rows are bit sets instead and each
 * edge {@code u-v} counts {@code |N(u) ∩ N(v)|} with AND and bit count, O(m n / 64). Running time
 * O(m^1.5) (O(m · degeneracy)) and memory O(n + m). On a directed graph the union rows come from
 * {@link CsrGraph#undirected()}, merged from the sorted out- and in-rows in O(m).
 *
 * <p>Kept rather than JGraphT's {@code ClusteringCoefficient} (the same on undirected graphs, not Fagiolo's
 * on directed ones): 14× faster on the synthetic town's collaboration view, 148× on the city's; see
 * docs/benchmarks.md, "JGraphT against Tafel's kernels".
 *
 * <p>D. J. Watts and S. H. Strogatz, "Collective dynamics of 'small-world' networks", Nature 393, 1998.
 * G. Fagiolo, "Clustering in complex directed networks", Physical Review E 76, 026107, 2007.
 * T. Schank and D. Wagner, "Finding, counting and listing all triangles in large graphs", WEA 2005.
 * M. Latapy, "Main-memory triangle computations for very large (sparse (power-law)) graphs",
 * Theoretical Computer Science 407, 2008.
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
        Union union = Union.of(graph);
        long[] closed = new long[n];
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
     * multiplicities (1 on an undirected graph; 1 or 2 on the union graph of a digraph).
     */
    private static long countTriangles(Union union, long[] closed) {
        int n = closed.length;
        int[] offsets = union.offsets;
        if (union.multiplicity == null && denseEnoughForBits(n, union.targets.length)) {
            return countWithBits(union, closed);
        }
        int[] degree = new int[n];
        for (int v = 0; v < n; v++) {
            degree[v] = offsets[v + 1] - offsets[v];
        }
        // forward rows: each edge once, from the endpoint of lower (degree, id) rank
        int[] forwardOffsets = new int[n + 1];
        int[] forward = new int[union.targets.length / 2];
        int[] forwardMultiplicity = union.multiplicity == null ? null : new int[forward.length];
        int write = 0;
        for (int u = 0; u < n; u++) {
            forwardOffsets[u] = write;
            int du = degree[u];
            for (int i = offsets[u]; i < offsets[u + 1]; i++) {
                int v = union.targets[i];
                int dv = degree[v];
                if (du < dv || (du == dv && u < v)) {
                    if (forwardMultiplicity != null) {
                        forwardMultiplicity[write] = union.multiplicity[i];
                    }
                    forward[write++] = v;
                }
            }
        }
        forwardOffsets[n] = write;
        int[] mark = degree; // reused: the multiplicity of the edge u-w while u's forward row is marked, else 0
        Arrays.fill(mark, 0);
        return forwardMultiplicity == null
                ? countSimple(forwardOffsets, forward, mark, closed)
                : countWithMultiplicity(forwardOffsets, forward, forwardMultiplicity, mark, closed);
    }

    /** Whether rows as bit sets pay: average degree at least the number of 64-bit words in a row. */
    static boolean denseEnoughForBits(int n, long arcs) {
        long words = (n + 63L) >>> 6;
        return n > 2 && (long) n * words <= arcs;
    }

    /**
     * On a dense undirected graph: with every row as a bit set, each edge {@code u-v} closes
     * {@code |N(u) ∩ N(v)|} triangles, counted by AND and bit count over {@code n / 64} words; a vertex's
     * closed triads {@code 2T(v)} are the sum over its edges. O(m n / 64).
     */
    private static long countWithBits(Union union, long[] closed) {
        int n = closed.length;
        int words = (n + 63) >>> 6;
        int[] offsets = union.offsets;
        int[] targets = union.targets;
        long[] bits = new long[n * words];
        for (int v = 0; v < n; v++) {
            int row = v * words;
            for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                int w = targets[i];
                bits[row + (w >>> 6)] |= 1L << w;
            }
        }
        long corners = 0;
        for (int u = 0; u < n; u++) {
            int rowU = u * words;
            long atU = 0;
            for (int i = offsets[u], end = offsets[u + 1]; i < end; i++) {
                int v = targets[i];
                if (v <= u) {
                    continue;
                }
                int rowV = v * words;
                long common = 0;
                for (int j = 0; j < words; j++) {
                    common += Long.bitCount(bits[rowU + j] & bits[rowV + j]);
                }
                atU += common;
                closed[v] += common;
            }
            closed[u] += atU;
            corners += atU;
        }
        return corners / 3; // every triangle is counted once on each of its three edges
    }

    private static long countSimple(int[] offsets, int[] forward, int[] mark, long[] closed) {
        long count = 0;
        for (int u = 0; u < closed.length; u++) {
            int start = offsets[u];
            int end = offsets[u + 1];
            if (end - start < 2) {
                continue;
            }
            for (int i = start; i < end; i++) {
                mark[forward[i]] = 1;
            }
            long atU = 0;
            for (int i = start; i < end; i++) {
                int v = forward[i];
                int found = 0;
                for (int j = offsets[v], jEnd = offsets[v + 1]; j < jEnd; j++) {
                    int w = forward[j];
                    if (mark[w] != 0) {
                        closed[w] += 2;
                        found++;
                    }
                }
                closed[v] += 2L * found;
                atU += found;
            }
            closed[u] += 2 * atU;
            count += atU;
            for (int i = start; i < end; i++) {
                mark[forward[i]] = 0;
            }
        }
        return count;
    }

    private static long countWithMultiplicity(
            int[] offsets, int[] forward, int[] multiplicity, int[] mark, long[] closed) {
        long count = 0;
        for (int u = 0; u < closed.length; u++) {
            int start = offsets[u];
            int end = offsets[u + 1];
            if (end - start < 2) {
                continue;
            }
            for (int i = start; i < end; i++) {
                mark[forward[i]] = multiplicity[i];
            }
            for (int i = start; i < end; i++) {
                int v = forward[i];
                long uv = 2L * multiplicity[i];
                for (int j = offsets[v], jEnd = offsets[v + 1]; j < jEnd; j++) {
                    int w = forward[j];
                    int uw = mark[w];
                    if (uw != 0) {
                        long product = uv * multiplicity[j] * uw;
                        closed[u] += product;
                        closed[v] += product;
                        closed[w] += product;
                        count++;
                    }
                }
            }
            for (int i = start; i < end; i++) {
                mark[forward[i]] = 0;
            }
        }
        return count;
    }

    private static double[] undirectedCoefficients(Union graph, long[] closed) {
        double[] c = new double[closed.length];
        for (int v = 0; v < c.length; v++) {
            long d = graph.degree(v);
            c[v] = closed[v] == 0 ? 0 : (double) closed[v] / (d * (d - 1));
        }
        return c;
    }

    private static double[] directedCoefficients(CsrGraph graph, Union union, long[] closed) {
        double[] c = new double[closed.length];
        for (int v = 0; v < c.length; v++) {
            long total = graph.out().degree(v) + graph.in().degree(v);
            long reciprocal = total - union.degree(v);
            c[v] = closed[v] == 0 ? 0 : (double) closed[v] / (2 * (total * (total - 1) - 2 * reciprocal));
        }
        return c;
    }

    private static double undirectedTransitivity(Union graph, long[] closed) {
        long triads = 0;
        long closedTriads = 0;
        for (int v = 0; v < closed.length; v++) {
            long d = graph.degree(v);
            triads += d * (d - 1);
            closedTriads += closed[v];
        }
        return closedTriads == 0 ? 0 : (double) closedTriads / triads;
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

    /**
     * The rows of the undirected graph, or of the union graph of a digraph ({@link CsrGraph#undirected()})
     * with the multiplicity (1 or 2) of each edge; {@code multiplicity} is null when every edge counts once.
     */
    private record Union(int[] offsets, int[] targets, int[] multiplicity) {
        int degree(int v) {
            return offsets[v + 1] - offsets[v];
        }

        static Union of(CsrGraph graph) {
            if (!graph.isDirected()) {
                return new Union(graph.out().offsets(), graph.out().targets(), null);
            }
            // with every arc weighing 1, the union graph's summed weights are the multiplicities
            CsrGraph.Adjacency union = graph.unweighted().undirected().out();
            int[] multiplicity = new int[union.targets().length];
            for (int i = 0; i < multiplicity.length; i++) {
                multiplicity[i] = (int) union.weights()[i];
            }
            return new Union(union.offsets(), union.targets(), multiplicity);
        }
    }
}
