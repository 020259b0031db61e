package be.tafel.analysis.algo;

import java.util.Objects;

/**
 * The k-core number of every vertex, as {@code nx.core_number(G)}: the largest {@code k} such that the
 * vertex belongs to a subgraph in which every vertex has degree at least {@code k}. High numbers mark
 * the network's core; 1 its periphery (pendant vertices and trees hanging off the core); 0 isolated
 * vertices. On a directed graph the degree is in plus out degree, a reciprocated pair counting twice,
 * as in NetworkX.
 *
 * <p>Batagelj and Zaversnik's bucket algorithm: vertices are taken in order of current degree, and
 * taking one lowers the degree of each neighbour with a larger one. O(n + m) time and memory, over the
 * rows with int arrays. JGraphT's {@code Coreness} computes the same numbers on undirected graphs with
 * hash sets per bucket, 167× slower on the synthetic city's collaboration view (see
 * docs/benchmarks.md, "JGraphT against Tafel's kernels"); on a directed graph it sizes its buckets by {@code n - 1} and fails
 * ({@code ArrayIndexOutOfBoundsException}) when in plus out degree exceeds it, which reciprocated
 * referrals do. This kernel is therefore kept, and offered as a JGraphT {@code VertexScoringAlgorithm}
 * by {@link JGraphTScores#coreNumber}.
 *
 * <p>V. Batagelj and M. Zaversnik, "An O(m) algorithm for cores decomposition of networks", 2003.
 * S. B. Seidman, "Network structure and minimum degree", Social Networks 5(3), 1983.
 */
public final class CoreNumber {
    private final int[] core;
    private final int degeneracy;

    public CoreNumber(CsrGraph graph) {
        Objects.requireNonNull(graph, "graph");
        int n = graph.vertexCount();
        CsrGraph.Adjacency out = graph.out();
        CsrGraph.Adjacency in = graph.isDirected() ? graph.in() : null;
        int[] degree = new int[n];
        int maxDegree = 0;
        for (int v = 0; v < n; v++) {
            degree[v] = out.degree(v) + (in == null ? 0 : in.degree(v));
            maxDegree = Math.max(maxDegree, degree[v]);
        }
        int[] binStart = new int[maxDegree + 2];
        for (int v = 0; v < n; v++) {
            binStart[degree[v] + 1]++;
        }
        for (int d = 0; d <= maxDegree; d++) {
            binStart[d + 1] += binStart[d];
        }
        int[] order = new int[n];
        int[] position = new int[n];
        int[] next = binStart.clone();
        for (int v = 0; v < n; v++) {
            position[v] = next[degree[v]]++;
            order[position[v]] = v;
        }
        int best = 0;
        for (int i = 0; i < n; i++) {
            int v = order[i];
            best = Math.max(best, degree[v]);
            lower(v, out, degree, binStart, order, position);
            if (in != null) {
                lower(v, in, degree, binStart, order, position);
            }
        }
        this.core = degree;
        this.degeneracy = best;
    }

    /** Lowers by one the degree of every neighbour of {@code v} in {@code rows} whose degree is larger. */
    private static void lower(
            int v, CsrGraph.Adjacency rows, int[] degree, int[] binStart, int[] order, int[] position) {
        int[] offsets = rows.offsets();
        int[] targets = rows.targets();
        for (int k = offsets[v]; k < offsets[v + 1]; k++) {
            int u = targets[k];
            if (degree[u] > degree[v]) {
                int du = degree[u];
                int first = order[binStart[du]];
                if (first != u) {
                    int pu = position[u];
                    int pf = binStart[du];
                    order[pu] = first;
                    position[first] = pu;
                    order[pf] = u;
                    position[u] = pf;
                }
                binStart[du]++;
                degree[u]--;
            }
        }
    }

    /** The core number of every vertex, a copy indexed by vertex. */
    public int[] getCoreNumbers() {
        return core.clone();
    }

    public int getCoreNumber(int v) {
        if (v < 0 || v >= core.length) {
            throw new IllegalArgumentException("vertex " + v + " is outside 0.." + (core.length - 1));
        }
        return core[v];
    }

    /** The largest core number: the graph's degeneracy. */
    public int getDegeneracy() {
        return degeneracy;
    }
}
