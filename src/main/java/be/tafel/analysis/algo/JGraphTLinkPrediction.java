package be.tafel.analysis.algo;

import java.util.Objects;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.LinkPredictionAlgorithm;

/**
 * Tafel's link predictors ({@link LinkPrediction}) as JGraphT's {@link LinkPredictionAlgorithm}, on any
 * JGraphT graph (read as undirected, weights ignored). Unlike JGraphT's own predictors it does not
 * throw for a vertex without neighbours: the ratio scores are then 0, as NetworkX's Jaccard. Its
 * Leicht–Holme–Newman index is {@code |N(u) ∩ N(v)| / (d(u) d(v))}, the published formula; JGraphT
 * 1.5.3's {@code LeichtHolmeNewmanIndexLinkPrediction} computes {@code |N(u) ∩ N(v)| / d(u) * d(v)}
 * (a missing pair of brackets): the published score times {@code d(v)²}, not symmetric in {@code u, v}.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public final class JGraphTLinkPrediction<V, E> implements LinkPredictionAlgorithm<V, E> {
    private final IndexedGraph<V> graph;
    private final LinkPrediction.Method method;
    private final LinkPrediction kernel;

    public JGraphTLinkPrediction(Graph<V, E> graph, LinkPrediction.Method method) {
        this.graph = IndexedGraph.of(graph);
        this.method = Objects.requireNonNull(method, "method");
        this.kernel = new LinkPrediction(this.graph.graph().undirected());
    }

    @Override
    public double predict(V u, V v) {
        return kernel.score(method, graph.indexOf(u), graph.indexOf(v));
    }
}
