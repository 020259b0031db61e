package be.tafel.analysis.algo;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;

/** Copies a {@link CsrGraph} into JGraphT, to check our algorithms against JGraphT's. */
final class JGraphTCopy {
    private JGraphTCopy() {}

    /** The same graph in JGraphT; with {@code inverseWeights} every edge weight is {@code 1 / weight} (a length). */
    static Graph<Integer, DefaultWeightedEdge> of(CsrGraph graph, boolean inverseWeights) {
        Graph<Integer, DefaultWeightedEdge> copy = graph.isDirected()
                ? new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class)
                : new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < graph.vertexCount(); v++) {
            copy.addVertex(v);
        }
        CsrGraph.Adjacency out = graph.out();
        for (int u = 0; u < graph.vertexCount(); u++) {
            for (int k = out.offsets()[u]; k < out.offsets()[u + 1]; k++) {
                int v = out.targets()[k];
                if (graph.isDirected() || u < v) {
                    DefaultWeightedEdge e = copy.addEdge(u, v);
                    copy.setEdgeWeight(e, inverseWeights ? 1.0 / out.weights()[k] : out.weights()[k]);
                }
            }
        }
        return copy;
    }
}
