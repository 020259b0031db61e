package be.tafel.analysis.algo;

import java.util.Objects;

/**
 * The modularity of a partition, exactly as {@code nx.community.modularity(G, communities, weight,
 * resolution)}. On an undirected graph with total edge weight {@code m}, strength {@code k(v)} and
 * resolution {@code γ},
 *
 * <pre>
 *   Q = sum over communities c of ( L_c / m - γ (K_c / 2m)^2 )
 * </pre>
 *
 * where {@code L_c} is the weight of the edges inside {@code c} and {@code K_c} the sum of the
 * strengths of its vertices. On a directed graph NetworkX's directed form is used (Leicht and Newman):
 * {@code Q = sum_c ( L_c / m - γ K_c^out K_c^in / m^2 )} with {@code m} the total arc weight. Weights
 * are used as given: pass {@link CsrGraph#unweighted()} for {@code weight=None}.
 *
 * <p>Q is NaN for a graph without edges, where NetworkX divides by zero.
 *
 * <p>A partition is an array of community labels, one per vertex; labels are non-negative, and an
 * array of size (largest label + 1) is allocated, so number communities densely. Running time
 * O(n + m + number of labels).
 *
 * <p>M. E. J. Newman, "Networks: An Introduction", Oxford University Press, 2010, eq. (7.76) and (7.69).
 * M. E. J. Newman, "Modularity and community structure in networks", PNAS 103(23), 2006.
 * E. A. Leicht and M. E. J. Newman, "Community structure in directed networks", Physical Review
 * Letters 100, 2008. J. Reichardt and S. Bornholdt, "Statistical mechanics of community detection",
 * Physical Review E 74, 2006 (resolution).
 */
public final class Modularity {
    /** The resolution of the standard definition. */
    public static final double RESOLUTION_DEFAULT = 1.0;

    private final CsrGraph graph;
    private final double resolution;

    /** Measures partitions of {@code graph} at resolution 1. */
    public Modularity(CsrGraph graph) {
        this(graph, RESOLUTION_DEFAULT);
    }

    /**
     * @param graph the graph, directed or undirected, weights used as given
     * @param resolution γ, positive and finite; above 1 favours smaller communities
     */
    public Modularity(CsrGraph graph, double resolution) {
        this.graph = Objects.requireNonNull(graph, "graph");
        if (!(resolution > 0) || Double.isInfinite(resolution)) {
            throw new IllegalArgumentException("resolution must be positive and finite: " + resolution);
        }
        this.resolution = resolution;
    }

    /** The modularity of the partition that puts vertex {@code v} in community {@code community[v]}. */
    public double modularity(int[] community) {
        int labels = checkLabels(community, graph.vertexCount(), "community");
        double[] inside = new double[labels];
        double[] outStrength = new double[labels];
        double[] inStrength = new double[labels];
        CsrGraph.Adjacency out = graph.out();
        double total = 0;
        for (int u = 0; u < graph.vertexCount(); u++) {
            int c = community[u];
            for (int i = out.offsets()[u]; i < out.offsets()[u + 1]; i++) {
                double w = out.weights()[i];
                total += w;
                outStrength[c] += w;
                inStrength[community[out.targets()[i]]] += w;
                if (community[out.targets()[i]] == c) {
                    inside[c] += w;
                }
            }
        }
        if (total == 0) {
            return Double.NaN;
        }
        // undirected rows hold each edge twice: total = 2m, inside[c] = 2 L_c, strengths = K_c
        double m = graph.isDirected() ? total : total / 2;
        double norm = graph.isDirected() ? 1 / (m * m) : 1 / (total * total);
        double q = 0;
        for (int c = 0; c < labels; c++) {
            double internal = graph.isDirected() ? inside[c] : inside[c] / 2;
            q += internal / m - resolution * outStrength[c] * inStrength[c] * norm;
        }
        return q;
    }

    /**
     * Checks one label per vertex, all non-negative, and returns the largest label + 1. Shared with
     * {@link Brokerage} and {@link EIIndex}, whose groups are labels too.
     *
     * @param what what a label names, for the message: "community" or "group"
     */
    static int checkLabels(int[] labels, int n, String what) {
        Objects.requireNonNull(labels, what);
        if (labels.length != n) {
            throw new IllegalArgumentException(
                    "need one " + what + " per vertex: " + labels.length + " labels for " + n + " vertices");
        }
        int count = 0;
        for (int v = 0; v < n; v++) {
            if (labels[v] < 0) {
                throw new IllegalArgumentException(what + " of vertex " + v + " is negative: " + labels[v]);
            }
            count = Math.max(count, labels[v] + 1);
        }
        return count;
    }
}
