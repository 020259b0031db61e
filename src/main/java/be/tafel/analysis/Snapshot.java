package be.tafel.analysis;

import be.tafel.analysis.algo.CsrGraph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One view at one date, frozen in memory: the vertices with dense int ids, the graph as CSR, and the
 * edges as the map draws them. Immutable, so analyses can share it across threads.
 */
public final class Snapshot {
    private final ViewRequest request;
    private final List<Vertex> vertices;
    private final Map<String, Integer> index;
    private final CsrGraph graph;
    private final List<ViewEdge> edges;
    private final long version;

    Snapshot(ViewRequest request, List<Vertex> vertices, CsrGraph graph, List<ViewEdge> edges, long version) {
        this.request = request;
        this.version = version;
        this.vertices = List.copyOf(vertices);
        this.graph = graph;
        this.edges = List.copyOf(edges);
        this.index = new HashMap<>(vertices.size() * 2);
        for (int i = 0; i < vertices.size(); i++) {
            index.put(vertices.get(i).id(), i);
        }
    }

    /** The same view at a later graph version that did not change it: shares everything but the version. */
    private Snapshot(Snapshot same, long version) {
        this.request = same.request;
        this.vertices = same.vertices;
        this.index = same.index;
        this.graph = same.graph;
        this.edges = same.edges;
        this.version = version;
    }

    /** The vertices of {@code same} with other edges, at {@code version}. */
    Snapshot(Snapshot same, CsrGraph graph, List<ViewEdge> edges, long version) {
        this.request = same.request;
        this.vertices = same.vertices;
        this.index = same.index;
        this.graph = graph;
        this.edges = List.copyOf(edges);
        this.version = version;
    }

    /** This snapshot at {@code version}, a later version of the graph that left this view as it is. */
    Snapshot at(long version) {
        return new Snapshot(this, version);
    }

    public ViewRequest request() {
        return request;
    }

    public List<Vertex> vertices() {
        return vertices;
    }

    public Vertex vertex(int i) {
        return vertices.get(i);
    }

    public OptionalInt indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** The graph version this snapshot was read at. */
    public long version() {
        return version;
    }

    public CsrGraph graph() {
        return graph;
    }

    public List<ViewEdge> edges() {
        return edges;
    }

    public int size() {
        return vertices.size();
    }
}
