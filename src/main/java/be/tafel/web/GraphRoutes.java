package be.tafel.web;

import be.tafel.analysis.AnalysisService;
import be.tafel.analysis.Centrality;
import be.tafel.analysis.Cohesion;
import be.tafel.analysis.NodeType;
import be.tafel.analysis.Snapshot;
import be.tafel.analysis.Vertex;
import be.tafel.analysis.ViewAnalysis;
import be.tafel.analysis.ViewEdge;
import be.tafel.analysis.ViewKind;
import be.tafel.analysis.ViewRequest;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/graph}: a view as Cytoscape.js elements with its scores attached. Families are
 * grouped per neighbourhood by default, so a town of thousands of families stays readable on a map.
 */
public final class GraphRoutes {
    private final AnalysisService analyses;

    public GraphRoutes(AnalysisService analyses) {
        this.analyses = analyses;
    }

    public record NodeData(String id, String label, String type, String sector, String kind, String role,
            String neighbourhood, List<String> domains, Integer count, Integer degree, Double betweenness,
            Double pagerank, Double closeness, Double eigenvector, Boolean articulation, Integer coreness, Double katz) {}

    public record EdgeData(String id, String source, String target, String kind, double weight) {}

    public record Element<T>(T data) {}

    public record GraphResponse(String view, LocalDate at, boolean directed, int families,
            List<Element<NodeData>> nodes, List<Element<EdgeData>> edges) {}

    public void graph(Context ctx) {
        ViewRequest request = ViewParams.from(ctx, ViewKind.ECOSYSTEM);
        boolean aggregate = ViewParams.flag(ctx, "aggregateFamilies", request.view() == ViewKind.ECOSYSTEM);
        ViewAnalysis analysis = analyses.analyse(request);
        ctx.json(elements(analysis, aggregate));
    }

    private static GraphResponse elements(ViewAnalysis analysis, boolean aggregate) {
        Snapshot snapshot = analysis.snapshot();
        Centrality scores = analysis.centrality(false);
        Cohesion cohesion = analysis.cohesion();
        boolean[] articulation = new boolean[snapshot.size()];
        for (int v : analysis.biconnectivity().getArticulationPoints()) {
            articulation[v] = true;
        }
        String[] elementOf = new String[snapshot.size()];
        Map<String, Element<NodeData>> nodes = new LinkedHashMap<>();
        Map<String, Integer> groupSizes = new LinkedHashMap<>();
        int families = 0;
        for (int v = 0; v < snapshot.size(); v++) {
            Vertex vertex = snapshot.vertex(v);
            if (vertex.type() == NodeType.FAMILY) {
                families++;
            }
            if (aggregate && vertex.type() == NodeType.FAMILY) {
                String group = "families:" + (vertex.neighbourhood() == null ? "?" : vertex.neighbourhood());
                elementOf[v] = group;
                groupSizes.merge(group, 1, Integer::sum);
            } else {
                elementOf[v] = vertex.id();
                nodes.put(vertex.id(), new Element<>(node(vertex, scores, cohesion, articulation[v], v)));
            }
        }
        groupSizes.forEach((group, size) -> nodes.put(group, new Element<>(new NodeData(group,
                group.substring("families:".length()), "family-group", null, null, null,
                group.substring("families:".length()), List.of(), size, null, null, null, null, null, null, null,
                null))));
        return new GraphResponse(snapshot.request().view().code(), snapshot.request().at(), snapshot.graph().isDirected(),
                families, new ArrayList<>(nodes.values()), edges(snapshot, elementOf));
    }

    private static NodeData node(Vertex vertex, Centrality scores, Cohesion cohesion, boolean articulation, int v) {
        return new NodeData(vertex.id(), vertex.type() == NodeType.FAMILY ? vertex.id() : vertex.name(),
                vertex.type().code(), vertex.sector(), vertex.kind(), vertex.role(), vertex.neighbourhood(),
                vertex.domains(), null, scores.degree()[v], scores.betweenness()[v], scores.pagerank()[v],
                scores.closeness() == null ? null : scores.closeness()[v], scores.eigenvector()[v], articulation,
                cohesion.coreNumbers()[v], Double.isNaN(cohesion.katz()[v]) ? null : cohesion.katz()[v]);
    }

    /** Edges between elements, merged when several fall between the same two (grouped families). */
    private static List<Element<EdgeData>> edges(Snapshot snapshot, String[] elementOf) {
        Map<String, double[]> weights = new LinkedHashMap<>();
        Map<String, String[]> ends = new LinkedHashMap<>();
        for (ViewEdge e : snapshot.edges()) {
            String source = elementOf[e.source()];
            String target = elementOf[e.target()];
            String id = e.kind() + ":" + source + "->" + target;
            weights.computeIfAbsent(id, k -> new double[1])[0] += e.weight();
            ends.putIfAbsent(id, new String[] {source, target, e.kind()});
        }
        List<Element<EdgeData>> edges = new ArrayList<>(weights.size());
        weights.forEach((id, w) -> {
            String[] end = ends.get(id);
            edges.add(new Element<>(new EdgeData(id, end[0], end[1], end[2], w[0])));
        });
        return edges;
    }
}
