package be.tafel.analysis.algo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;

/**
 * Tafel's vertex-score kernels as JGraphT {@link VertexScoringAlgorithm}s, on any JGraphT graph: a
 * JGraphT user swaps {@code new org.jgrapht.alg.scoring.BetweennessCentrality<>(g)} for
 * {@code JGraphTScores.betweenness(g, PathLength.HOPS)} and gets NetworkX's definitions at the kernels'
 * speed. On a {@link CsrGraphView} the kernel reads the view's arrays; any other graph is numbered and
 * copied once ({@link IndexedGraph}). Weights are similarities: weighted path scores use {@code 1 / w}
 * as the length of an edge of weight {@code w}.
 *
 * <p>The scores are computed on first use and kept; {@link #getScores()} is unmodifiable, in vertex
 * order. A score NetworkX leaves undefined (constraint of an isolated vertex, Katz when the series
 * diverges) is {@code NaN}. The definitions, and where they differ from JGraphT's own classes, are in
 * each kernel's Javadoc; {@code JGraphTAgreementTest} checks them against JGraphT on random graphs.
 *
 * @param <V> the vertex type
 */
public final class JGraphTScores<V> implements VertexScoringAlgorithm<V, Double> {
    private final IndexedGraph<V> graph;
    private final Function<CsrGraph, double[]> kernel;
    private volatile double[] scores;
    private volatile Map<V, Double> map;

    private JGraphTScores(Graph<V, ?> graph, Function<CsrGraph, double[]> kernel) {
        this.graph = IndexedGraph.of(graph);
        this.kernel = kernel;
    }

    /** Degree; in plus out degree on a directed graph, as {@code nx.degree}. */
    public static <V, E> JGraphTScores<V> degree(Graph<V, E> graph) {
        return new JGraphTScores<>(graph, g -> {
            double[] d = new double[g.vertexCount()];
            for (int v = 0; v < d.length; v++) {
                d[v] = g.out().degree(v) + (g.isDirected() ? g.in().degree(v) : 0);
            }
            return d;
        });
    }

    /** Betweenness normalised as NetworkX ({@link ShortestPathCentrality}); twice JGraphT's normalised value undirected. */
    public static <V, E> JGraphTScores<V> betweenness(Graph<V, E> graph, PathLength length) {
        return new JGraphTScores<>(graph, g -> paths(g, length).getBetweennessScores());
    }

    /** Wasserman–Faust closeness over incoming distances, as NetworkX ({@link ShortestPathCentrality}). */
    public static <V, E> JGraphTScores<V> closeness(Graph<V, E> graph, PathLength length) {
        return new JGraphTScores<>(graph, g -> paths(g, length).getClosenessScores());
    }

    /** Harmonic centrality over incoming distances, not normalised, as NetworkX ({@link ShortestPathCentrality}). */
    public static <V, E> JGraphTScores<V> harmonic(Graph<V, E> graph, PathLength length) {
        return new JGraphTScores<>(graph, g -> paths(g, length).getHarmonicScores());
    }

    /** Weighted PageRank with {@code alpha = 0.85} ({@link PageRank}). */
    public static <V, E> JGraphTScores<V> pageRank(Graph<V, E> graph) {
        return new JGraphTScores<>(graph, g -> new PageRank(g).getScores());
    }

    /** Unweighted eigenvector centrality ({@link EigenvectorCentrality}). */
    public static <V, E> JGraphTScores<V> eigenvector(Graph<V, E> graph) {
        return new JGraphTScores<>(graph, g -> new EigenvectorCentrality(g).getScores());
    }

    /** Katz centrality with NetworkX's defaults, unweighted ({@link Katz}). */
    public static <V, E> JGraphTScores<V> katz(Graph<V, E> graph) {
        return new JGraphTScores<>(graph, g -> new Katz(g).getScores());
    }

    /** The k-core number ({@link CoreNumber}), as a double. */
    public static <V, E> JGraphTScores<V> coreNumber(Graph<V, E> graph) {
        return new JGraphTScores<>(graph, g -> {
            int[] core = new CoreNumber(g).getCoreNumbers();
            double[] scores = new double[core.length];
            for (int v = 0; v < core.length; v++) {
                scores[v] = core[v];
            }
            return scores;
        });
    }

    /** Unweighted local clustering ({@link Clustering}). */
    public static <V, E> JGraphTScores<V> clustering(Graph<V, E> graph) {
        return new JGraphTScores<>(graph, g -> new Clustering(g).getScores());
    }

    /** Burt's constraint, weighted by the edge weights ({@link Constraint}). */
    public static <V, E> JGraphTScores<V> constraint(Graph<V, E> graph) {
        return new JGraphTScores<>(graph, g -> new Constraint(g).getConstraint());
    }

    /** Burt's effective size, weighted by the edge weights ({@link Constraint}). */
    public static <V, E> JGraphTScores<V> effectiveSize(Graph<V, E> graph) {
        return new JGraphTScores<>(graph, g -> new Constraint(g).getEffectiveSize());
    }

    private static ShortestPathCentrality paths(CsrGraph graph, PathLength length) {
        return new ShortestPathCentrality(graph, length, ShortestPathCentrality.THREADS_DEFAULT);
    }

    /** The scores indexed by vertex number (the view's vertex, or {@code vertexSet()} order); a copy. */
    public double[] getScoreArray() {
        return array().clone();
    }

    private double[] array() {
        double[] computed = scores;
        if (computed == null) {
            synchronized (this) {
                if (scores == null) {
                    scores = kernel.apply(graph.graph());
                }
                computed = scores;
            }
        }
        return computed;
    }

    @Override
    public Map<V, Double> getScores() {
        Map<V, Double> computed = map;
        if (computed == null) {
            double[] values = array();
            Map<V, Double> scoresByVertex = new LinkedHashMap<>(values.length * 2);
            for (int i = 0; i < values.length; i++) {
                scoresByVertex.put(graph.vertex(i), values[i]);
            }
            computed = Collections.unmodifiableMap(scoresByVertex);
            map = computed;
        }
        return computed;
    }

    @Override
    public Double getVertexScore(V v) {
        Objects.requireNonNull(v, "vertex");
        return array()[graph.indexOf(v)];
    }
}
