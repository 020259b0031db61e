package be.tafel.export;

import be.tafel.analysis.Centrality;
import be.tafel.analysis.Cohesion;
import be.tafel.analysis.Snapshot;
import be.tafel.analysis.Vertex;
import be.tafel.analysis.ViewAnalysis;
import be.tafel.analysis.ViewEdge;
import be.tafel.analysis.ViewRequest;
import be.tafel.export.Column.Type;
import be.tafel.model.NodeLabel;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * One analysed view ready to export: a JGraphT graph whose vertices are the view's ids, with every
 * vertex's properties and scores, every edge's kind and weight, and the view itself (view, at, filters)
 * as typed attributes; an edge carries the edge betweenness of the tie between its two ends. Scores that are not defined for a vertex (closeness of an isolated vertex,
 * scores a sampled view leaves out) are absent rather than NaN.
 */
public final class ExportGraph {
    /** The node attributes, in the order the CSV node table has them (after {@code id}). */
    public static final List<Column> NODE_COLUMNS = List.of(
            new Column("label", Type.STRING),
            new Column("type", Type.STRING),
            new Column("sector", Type.STRING),
            new Column("kind", Type.STRING),
            new Column("role", Type.STRING),
            new Column("neighbourhood", Type.STRING),
            new Column("domains", Type.STRING),
            new Column("degree", Type.INT),
            new Column("inDegree", Type.INT),
            new Column("outDegree", Type.INT),
            new Column("strength", Type.DOUBLE),
            new Column("betweenness", Type.DOUBLE),
            new Column("closeness", Type.DOUBLE),
            new Column("harmonic", Type.DOUBLE),
            new Column("pagerank", Type.DOUBLE),
            new Column("eigenvector", Type.DOUBLE),
            new Column("clustering", Type.DOUBLE),
            new Column("constraint", Type.DOUBLE),
            new Column("effectiveSize", Type.DOUBLE),
            new Column("articulation", Type.BOOLEAN),
            new Column("coreness", Type.INT),
            new Column("katz", Type.DOUBLE));

    /** The edge attributes, in the order the CSV edge table has them (after {@code id, source, target}). */
    public static final List<Column> EDGE_COLUMNS = List.of(
            new Column("kind", Type.STRING), new Column("weight", Type.DOUBLE), new Column("betweenness", Type.DOUBLE));

    /** The attributes of the whole graph: which view, at which date, with which filters. */
    public static final List<Column> GRAPH_COLUMNS = List.of(
            new Column("view", Type.STRING),
            new Column("at", Type.STRING),
            new Column("domain", Type.STRING),
            new Column("neighbourhood", Type.STRING),
            new Column("weightedScores", Type.BOOLEAN),
            new Column("approximate", Type.BOOLEAN));

    /** Lists (domains of a partner, needs of a family) are joined with this, as the CSV import reads them. */
    public static final String LIST_SEPARATOR = ";";

    private final ViewRequest request;
    private final Graph<String, ExportEdge> graph;
    private final Map<String, Map<String, Object>> nodeAttributes;
    private final Map<String, Object> graphAttributes;

    private ExportGraph(
            ViewRequest request,
            Graph<String, ExportEdge> graph,
            Map<String, Map<String, Object>> nodeAttributes,
            Map<String, Object> graphAttributes) {
        this.request = request;
        this.graph = graph;
        this.nodeAttributes = nodeAttributes;
        this.graphAttributes = graphAttributes;
    }

    /** The view of {@code analysis} with its scores, unweighted or (with {@code weightedScores}) using strengths. */
    public static ExportGraph of(ViewAnalysis analysis, boolean weightedScores) {
        Snapshot snapshot = analysis.snapshot();
        Centrality scores = analysis.centrality(weightedScores);
        Cohesion cohesion = analysis.cohesion();
        boolean directed = snapshot.graph().isDirected();
        Graph<String, ExportEdge> graph = (directed
                        ? GraphTypeBuilder.<String, ExportEdge>directed()
                        : GraphTypeBuilder.<String, ExportEdge>undirected())
                .allowingMultipleEdges(true)
                .allowingSelfLoops(true)
                .weighted(true)
                .buildGraph();
        boolean[] articulation = new boolean[snapshot.size()];
        for (int v : analysis.biconnectivity().getArticulationPoints()) {
            articulation[v] = true;
        }
        Map<String, Map<String, Object>> nodes = new HashMap<>(snapshot.size() * 2);
        for (int v = 0; v < snapshot.size(); v++) {
            Vertex vertex = snapshot.vertex(v);
            graph.addVertex(vertex.id());
            Map<String, Object> attributes = node(vertex, scores, v, directed, weightedScores, articulation[v]);
            attributes.put("coreness", cohesion.coreNumbers()[v]);
            put(attributes, "katz", cohesion.katz(), v);
            nodes.put(vertex.id(), Collections.unmodifiableMap(attributes));
        }
        int i = 0;
        for (ViewEdge e : snapshot.edges()) {
            ExportEdge edge =
                    new ExportEdge("e" + i++, e.kind().code(), e.weight(), cohesion.tieScore(e.source(), e.target()));
            graph.addEdge(
                    snapshot.vertex(e.source()).id(),
                    snapshot.vertex(e.target()).id(),
                    edge);
            graph.setEdgeWeight(edge, e.weight());
        }
        ViewRequest request = snapshot.request();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("view", request.view().code());
        meta.put("at", request.at().toString());
        put(meta, "domain", request.domain());
        put(meta, "neighbourhood", request.neighbourhood());
        meta.put("weightedScores", weightedScores);
        meta.put("approximate", scores.approximate());
        return new ExportGraph(request, graph, nodes, Collections.unmodifiableMap(meta));
    }

    private static Map<String, Object> node(
            Vertex vertex, Centrality c, int v, boolean directed, boolean weighted, boolean articulation) {
        Map<String, Object> a = new LinkedHashMap<>();
        put(a, "label", vertex.type() == NodeLabel.FAMILY ? vertex.id() : vertex.name());
        put(a, "type", vertex.type().code());
        put(a, "sector", vertex.sector());
        put(a, "kind", vertex.kind());
        put(a, "role", vertex.role());
        put(a, "neighbourhood", vertex.neighbourhood());
        if (vertex.domains() != null && !vertex.domains().isEmpty()) {
            a.put("domains", String.join(LIST_SEPARATOR, vertex.domains()));
        }
        a.put("degree", c.degree()[v]);
        if (directed) {
            a.put("inDegree", c.inDegree()[v]);
            a.put("outDegree", c.outDegree()[v]);
        }
        if (weighted) {
            put(a, "strength", c.strength(), v);
        }
        put(a, "betweenness", c.betweenness(), v);
        put(a, "closeness", c.closeness(), v);
        put(a, "harmonic", c.harmonic(), v);
        put(a, "pagerank", c.pagerank(), v);
        put(a, "eigenvector", c.eigenvector(), v);
        put(a, "clustering", c.clustering(), v);
        put(a, "constraint", c.constraint(), v);
        put(a, "effectiveSize", c.effectiveSize(), v);
        a.put("articulation", articulation);
        return a;
    }

    private static void put(Map<String, Object> attributes, String name, Object value) {
        if (value != null) {
            attributes.put(name, value);
        }
    }

    private static void put(Map<String, Object> attributes, String name, double[] scores, int v) {
        if (scores != null && !Double.isNaN(scores[v]) && !Double.isInfinite(scores[v])) {
            attributes.put(name, scores[v]);
        }
    }

    public ViewRequest request() {
        return request;
    }

    /** The view as a JGraphT graph (directed for the referral view), weighted, parallel edges kept. */
    public Graph<String, ExportEdge> graph() {
        return graph;
    }

    /** The attributes of one vertex by name: String, Integer, Double or Boolean values; absent when undefined. */
    public Map<String, Object> nodeAttributes(String id) {
        return nodeAttributes.get(id);
    }

    public Map<String, Object> edgeAttributes(ExportEdge edge) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        put(attributes, "kind", edge.kind());
        attributes.put("weight", edge.weight());
        if (!Double.isNaN(edge.betweenness())) {
            attributes.put("betweenness", edge.betweenness());
        }
        return attributes;
    }

    public Map<String, Object> graphAttributes() {
        return graphAttributes;
    }

    /** A file name for the export: {@code tafel-VIEW-AT.EXT}. */
    public String fileName(String extension) {
        return "tafel-" + request.view().code() + "-" + request.at() + "." + extension;
    }
}
