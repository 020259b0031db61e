package be.tafel.analysis.algo;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * A {@link CsrGraph} seen as a read-only JGraphT {@link Graph}, over the same arrays: nothing is copied,
 * so any JGraphT algorithm runs on a view's snapshot, and Tafel's kernels (see {@link JGraphTScores})
 * take the arrays back from it without a conversion.
 *
 * <p>Vertices are the ints {@code 0..n-1}. An edge is an int too: the position of its arc in the
 * out-rows ({@code out().targets()}); on an undirected graph, where each edge is stored in both rows, it
 * is the position in the row of its smaller end, so {@link #getEdgeSource} is always the smaller end.
 * The graph is simple (parallel edges were merged and self-loops dropped when it was built) and
 * weighted: {@link #getEdgeWeight} is the stored weight, a similarity, or its inverse (a length) on the
 * view made by {@link #ofLengths}, for JGraphT's shortest-path algorithms.
 *
 * <p>Every mutating method throws {@link UnsupportedOperationException}. Looking up the edge of a
 * vertex pair and the source of an edge cost a binary search, O(log d) and O(log n).
 */
public final class CsrGraphView extends AbstractGraph<Integer, Integer> {
    private final CsrGraph graph;
    private final boolean lengths;
    private final GraphType type;
    private final Set<Integer> vertices;
    private final Set<Integer> edges;

    private CsrGraphView(CsrGraph graph, boolean lengths) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.lengths = lengths;
        DefaultGraphType.Builder builder = graph.isDirected()
                ? new DefaultGraphType.Builder().directed()
                : new DefaultGraphType.Builder().undirected();
        this.type = builder.weighted(true)
                .allowMultipleEdges(false)
                .allowSelfLoops(false)
                .allowCycles(true)
                .modifiable(false)
                .build();
        this.vertices = new Range(0, graph.vertexCount());
        this.edges = new EdgeSet();
    }

    /** The graph with its weights (similarities) as edge weights. */
    public static CsrGraphView of(CsrGraph graph) {
        return new CsrGraphView(graph, false);
    }

    /** The graph with {@code 1 / weight} as edge weights: lengths, as Tafel's weighted path scores use. */
    public static CsrGraphView ofLengths(CsrGraph graph) {
        return new CsrGraphView(graph, true);
    }

    /** The arrays this view reads. */
    public CsrGraph csr() {
        return graph;
    }

    /** Whether edge weights are lengths ({@code 1 / weight}) rather than the stored weights. */
    public boolean weightsAreLengths() {
        return lengths;
    }

    @Override
    public Set<Integer> getAllEdges(Integer sourceVertex, Integer targetVertex) {
        Integer e = getEdge(sourceVertex, targetVertex);
        return e == null ? Set.of() : Set.of(e);
    }

    @Override
    public Integer getEdge(Integer sourceVertex, Integer targetVertex) {
        if (!containsVertex(sourceVertex) || !containsVertex(targetVertex)) {
            return null;
        }
        int e = edgeId(sourceVertex, targetVertex);
        return e < 0 ? null : e;
    }

    /** The edge id of {@code u -> v} (or {@code u - v}), negative when absent. */
    private int edgeId(int u, int v) {
        if (!graph.isDirected() && u > v) {
            return graph.out().indexOf(v, u);
        }
        return graph.out().indexOf(u, v);
    }

    @Override
    public Supplier<Integer> getVertexSupplier() {
        return null;
    }

    @Override
    public Supplier<Integer> getEdgeSupplier() {
        return null;
    }

    @Override
    public Integer addEdge(Integer sourceVertex, Integer targetVertex) {
        throw readOnly();
    }

    @Override
    public boolean addEdge(Integer sourceVertex, Integer targetVertex, Integer e) {
        throw readOnly();
    }

    @Override
    public Integer addVertex() {
        throw readOnly();
    }

    @Override
    public boolean addVertex(Integer v) {
        throw readOnly();
    }

    @Override
    public boolean containsEdge(Integer e) {
        return edges.contains(e);
    }

    @Override
    public boolean containsVertex(Integer v) {
        return v != null && v >= 0 && v < graph.vertexCount();
    }

    @Override
    public Set<Integer> edgeSet() {
        return edges;
    }

    @Override
    public int degreeOf(Integer vertex) {
        check(vertex);
        return graph.isDirected()
                ? graph.out().degree(vertex) + graph.in().degree(vertex)
                : graph.out().degree(vertex);
    }

    @Override
    public Set<Integer> edgesOf(Integer vertex) {
        check(vertex);
        if (!graph.isDirected()) {
            return incident(vertex);
        }
        int[] out = ids(vertex, graph.out(), false);
        int[] in = ids(vertex, graph.in(), true);
        int[] both = Arrays.copyOf(out, out.length + in.length);
        System.arraycopy(in, 0, both, out.length, in.length);
        return new IdSet(both);
    }

    @Override
    public int inDegreeOf(Integer vertex) {
        check(vertex);
        return graph.in().degree(vertex);
    }

    @Override
    public Set<Integer> incomingEdgesOf(Integer vertex) {
        check(vertex);
        return graph.isDirected() ? new IdSet(ids(vertex, graph.in(), true)) : incident(vertex);
    }

    @Override
    public int outDegreeOf(Integer vertex) {
        check(vertex);
        return graph.out().degree(vertex);
    }

    @Override
    public Set<Integer> outgoingEdgesOf(Integer vertex) {
        check(vertex);
        if (graph.isDirected()) {
            return new Range(graph.out().offsets()[vertex], graph.out().offsets()[vertex + 1]);
        }
        return incident(vertex);
    }

    /** The edges of an undirected vertex: its own positions towards larger neighbours, the neighbour's otherwise. */
    private Set<Integer> incident(int v) {
        return new IdSet(ids(v, graph.out(), false));
    }

    /** The edge ids of one row of {@code v}; {@code reversed}: the row lists sources of arcs into {@code v}. */
    private int[] ids(int v, CsrGraph.Adjacency rows, boolean reversed) {
        int from = rows.offsets()[v];
        int[] ids = new int[rows.degree(v)];
        for (int k = 0; k < ids.length; k++) {
            int w = rows.targets()[from + k];
            ids[k] = reversed ? edgeId(w, v) : edgeId(v, w);
        }
        return ids;
    }

    @Override
    public Integer removeEdge(Integer sourceVertex, Integer targetVertex) {
        throw readOnly();
    }

    @Override
    public boolean removeEdge(Integer e) {
        throw readOnly();
    }

    @Override
    public boolean removeVertex(Integer v) {
        throw readOnly();
    }

    @Override
    public Set<Integer> vertexSet() {
        return vertices;
    }

    @Override
    public Integer getEdgeSource(Integer e) {
        checkEdge(e);
        return sourceOf(e);
    }

    @Override
    public Integer getEdgeTarget(Integer e) {
        checkEdge(e);
        return graph.out().targets()[e];
    }

    /** The row an arc position lies in: the last offset at or before it. */
    private int sourceOf(int position) {
        int[] offsets = graph.out().offsets();
        int low = 0;
        int high = graph.vertexCount() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (offsets[mid] <= position) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    @Override
    public GraphType getType() {
        return type;
    }

    @Override
    public double getEdgeWeight(Integer e) {
        checkEdge(e);
        double w = graph.out().weights()[e];
        return lengths ? 1 / w : w;
    }

    @Override
    public void setEdgeWeight(Integer e, double weight) {
        throw readOnly();
    }

    private void check(Integer v) {
        if (!containsVertex(v)) {
            throw new IllegalArgumentException("no such vertex in graph: " + v);
        }
    }

    private void checkEdge(Integer e) {
        if (!containsEdge(e)) {
            throw new IllegalArgumentException("no such edge in graph: " + e);
        }
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("a CsrGraphView is read-only");
    }

    /** The ints {@code from..to-1}. */
    private static final class Range extends AbstractSet<Integer> {
        private final int from;
        private final int to;

        Range(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof Integer i && i >= from && i < to;
        }

        @Override
        public int size() {
            return to - from;
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                private int next = from;

                @Override
                public boolean hasNext() {
                    return next < to;
                }

                @Override
                public Integer next() {
                    if (next >= to) {
                        throw new NoSuchElementException();
                    }
                    return next++;
                }
            };
        }
    }

    /** A few distinct ids, as an unmodifiable set. */
    private static final class IdSet extends AbstractSet<Integer> {
        private final int[] ids;

        IdSet(int[] ids) {
            this.ids = ids;
        }

        @Override
        public boolean contains(Object o) {
            if (o instanceof Integer i) {
                for (int id : ids) {
                    if (id == i) {
                        return true;
                    }
                }
            }
            return false;
        }

        @Override
        public int size() {
            return ids.length;
        }

        @Override
        public Iterator<Integer> iterator() {
            return Arrays.stream(ids).iterator();
        }
    }

    /** Every arc position on a directed graph; the positions of (smaller, larger) on an undirected one. */
    private final class EdgeSet extends AbstractSet<Integer> {
        @Override
        public boolean contains(Object o) {
            if (!(o instanceof Integer e) || e < 0 || e >= graph.out().targets().length) {
                return false;
            }
            return graph.isDirected() || graph.out().targets()[e] > sourceOf(e);
        }

        @Override
        public int size() {
            return graph.edgeCount();
        }

        @Override
        public Iterator<Integer> iterator() {
            CsrGraph.Adjacency out = graph.out();
            int[] offsets = out.offsets();
            int[] targets = out.targets();
            boolean directed = graph.isDirected();
            return new Iterator<>() {
                private int row = 0;
                private int position = advance(0);

                /** The first position at or after {@code from} that is an edge id, tracking its row. */
                private int advance(int from) {
                    int p = from;
                    while (p < targets.length) {
                        while (offsets[row + 1] <= p) {
                            row++;
                        }
                        if (directed || targets[p] > row) {
                            return p;
                        }
                        p++;
                    }
                    return p;
                }

                @Override
                public boolean hasNext() {
                    return position < targets.length;
                }

                @Override
                public Integer next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    int e = position;
                    position = advance(position + 1);
                    return e;
                }
            };
        }
    }
}
