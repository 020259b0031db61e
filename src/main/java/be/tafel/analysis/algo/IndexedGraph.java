package be.tafel.analysis.algo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jgrapht.Graph;

/**
 * Any JGraphT graph as a {@link CsrGraph} with its vertices numbered, so Tafel's kernels can run on it.
 * A {@link CsrGraphView} gives back the arrays it reads, with no copy; any other graph is copied once,
 * its vertices numbered in {@code vertexSet()} order, parallel edges merged (weights summed) and
 * self-loops dropped. Edge weights must be positive and finite, as {@link CsrGraph} requires: they are
 * read as similarities (a view made by {@link CsrGraphView#ofLengths} gives back its own weights).
 *
 * @param <V> the vertex type
 */
public final class IndexedGraph<V> {
    private final CsrGraph graph;
    private final List<V> vertices;
    private final Map<V, Integer> index;

    private IndexedGraph(CsrGraph graph, List<V> vertices, Map<V, Integer> index) {
        this.graph = graph;
        this.vertices = vertices;
        this.index = index;
    }

    /** The arrays behind {@code graph}: its own when it is a {@link CsrGraphView}, else a copy. */
    @SuppressWarnings("unchecked")
    public static <V, E> IndexedGraph<V> of(Graph<V, E> graph) {
        Objects.requireNonNull(graph, "graph");
        if (graph instanceof CsrGraphView view) {
            return (IndexedGraph<V>) new IndexedGraph<Integer>(view.csr(), null, null);
        }
        List<V> vertices = new ArrayList<>(graph.vertexSet());
        Map<V, Integer> index = new HashMap<>(vertices.size() * 2);
        for (int i = 0; i < vertices.size(); i++) {
            index.put(vertices.get(i), i);
        }
        CsrGraph.Builder builder =
                new CsrGraph.Builder(vertices.size(), graph.getType().isDirected());
        for (E e : graph.edgeSet()) {
            builder.addEdge(
                    index.get(graph.getEdgeSource(e)), index.get(graph.getEdgeTarget(e)), graph.getEdgeWeight(e));
        }
        return new IndexedGraph<>(builder.build(), List.copyOf(vertices), index);
    }

    public CsrGraph graph() {
        return graph;
    }

    /** The vertex numbered {@code i}. */
    @SuppressWarnings("unchecked")
    public V vertex(int i) {
        return vertices == null ? (V) Integer.valueOf(i) : vertices.get(i);
    }

    /** The number of {@code v}; throws when the graph has no such vertex. */
    public int indexOf(V v) {
        Integer i = vertices == null
                ? (v instanceof Integer n && n >= 0 && n < graph.vertexCount() ? n : null)
                : index.get(v);
        if (i == null) {
            throw new IllegalArgumentException("no such vertex in graph: " + v);
        }
        return i;
    }
}
