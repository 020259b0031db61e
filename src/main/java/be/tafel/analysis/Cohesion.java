package be.tafel.analysis;

import be.tafel.analysis.algo.CoreNumber;
import be.tafel.analysis.algo.CsrGraph;
import be.tafel.analysis.algo.EdgeBetweenness;
import be.tafel.analysis.algo.Katz;
import be.tafel.analysis.algo.SampledCentrality;
import be.tafel.analysis.algo.ShortestPathCentrality;
import be.tafel.analysis.algo.VertexConnectivity;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What holds one view together, each part computed once on first use: the k-core number of every
 * vertex (core and periphery), Katz centrality, the betweenness of every tie, and vertex connectivity
 * (of the whole view, and of any pair). All are unweighted, as NetworkX's defaults.
 */
public final class Cohesion {
    /** Edge betweenness searches from every source while {@code n * m} is at most this; above, from a seeded sample. */
    public static final long EXACT_WORK_LIMIT = SampledCentrality.EXACT_WORK_LIMIT;

    private final Snapshot snapshot;
    private final Lazy<int[]> coreNumbers;
    private final Lazy<Katz> katz;
    private final Lazy<double[]> katzScores;
    private final Lazy<EdgeBetweenness> edgeBetweenness;
    private final Lazy<VertexConnectivity> connectivity;
    private final Lazy<Integer> viewConnectivity;

    Cohesion(Snapshot snapshot) {
        this.snapshot = snapshot;
        CsrGraph graph = snapshot.graph().unweighted();
        this.coreNumbers = new Lazy<>(() -> new CoreNumber(graph).getCoreNumbers());
        this.katz = new Lazy<>(() -> new Katz(graph));
        this.katzScores = new Lazy<>(() -> katz.get().getScores());
        this.edgeBetweenness = new Lazy<>(() -> edgeBetweenness(graph));
        this.connectivity = new Lazy<>(() -> new VertexConnectivity(graph));
        this.viewConnectivity = new Lazy<>(
                () -> graph.vertexCount() == 0 ? 0 : connectivity.get().global());
    }

    private static EdgeBetweenness edgeBetweenness(CsrGraph graph) {
        long work = (long) graph.vertexCount() * Math.max(1, graph.edgeCount());
        int sources = work <= EXACT_WORK_LIMIT
                ? graph.vertexCount()
                : (int) Math.max(1, EXACT_WORK_LIMIT / Math.max(1, graph.edgeCount()));
        return EdgeBetweenness.sampled(
                graph, Math.max(1, sources), SampledCentrality.SEED_DEFAULT, ShortestPathCentrality.THREADS_DEFAULT);
    }

    /** The k-core number of every vertex, indexed like the snapshot; shared, not to be changed. */
    public int[] coreNumbers() {
        return coreNumbers.get();
    }

    /**
     * Katz centrality of every vertex (NetworkX's alpha 0.1, beta 1, normalised); every value NaN when it
     * diverges. Shared, not to be changed.
     */
    public double[] katz() {
        return katzScores.get();
    }

    /** Whether Katz's series converged: false when 0.1 is not below 1 / the largest eigenvalue. */
    public boolean katzConverged() {
        return katz.get().isConverged();
    }

    public EdgeBetweenness edgeBetweenness() {
        return edgeBetweenness.get();
    }

    /** A tie and its betweenness; {@code source < target} on an undirected view. */
    public record Tie(int source, int target, double score) {}

    /** Every tie by edge betweenness, best first, ties broken by the two ends' positions. */
    public List<Tie> ties() {
        CsrGraph graph = snapshot.graph();
        double[] scores = edgeBetweenness().getScores();
        int[] offsets = graph.out().offsets();
        int[] targets = graph.out().targets();
        return IntStream.range(0, graph.vertexCount())
                .boxed()
                .flatMap(u -> IntStream.range(offsets[u], offsets[u + 1])
                        .filter(k -> graph.isDirected() || targets[k] > u)
                        .mapToObj(k -> new Tie(u, targets[k], scores[k])))
                .sorted(Comparator.comparingDouble(Tie::score)
                        .reversed()
                        .thenComparingInt(Tie::source)
                        .thenComparingInt(Tie::target))
                .toList();
    }

    /** The betweenness of the tie between two vertices of the view, or NaN when they are not adjacent. */
    public double tieScore(int u, int v) {
        return snapshot.graph().hasEdge(u, v) ? edgeBetweenness().getEdgeScore(u, v) : Double.NaN;
    }

    /** The view's vertex connectivity, as {@code nx.node_connectivity(G)}; 0 for a view without vertices. */
    public int connectivity() {
        return viewConnectivity.get();
    }

    /** How many partners (vertices) must drop out before {@code source} is cut off from {@code target}. */
    public int connectivity(int source, int target) {
        return connectivity.get().local(source, target);
    }
}
