package be.tafel.web;

import be.tafel.analysis.AnalysisService;
import be.tafel.analysis.Centrality;
import be.tafel.analysis.Cohesion;
import be.tafel.analysis.Snapshot;
import be.tafel.analysis.Vertex;
import be.tafel.analysis.ViewAnalysis;
import be.tafel.analysis.ViewEdge;
import be.tafel.analysis.ViewKind;
import be.tafel.analysis.ViewRequest;
import be.tafel.analysis.algo.CsrGraph;
import be.tafel.model.NodeLabel;
import be.tafel.privacy.Audience;
import be.tafel.privacy.FamilyCount;
import be.tafel.privacy.FamilyCounts;
import be.tafel.privacy.NodeRef;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
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

    /** {@code count}: the families of a neighbourhood group; all groups and {@code families} form one group. */
    public record NodeData(
            NodeRef id,
            NodeRef label,
            String type,
            String sector,
            String kind,
            String role,
            String neighbourhood,
            List<String> domains,
            FamilyCount count,
            Integer degree,
            Double betweenness,
            Double pagerank,
            Double closeness,
            Double eigenvector,
            Boolean articulation,
            Integer coreness,
            Double katz) {}

    /** {@code weight}: a {@link FamilyCount} where it counts families (grouped families, shared families). */
    public record EdgeData(String id, String source, String target, String kind, Number weight) {}

    public record Element<T>(T data) {}

    /**
     * What the view holds, counted as the key figures ({@code /api/analysis/summary}) count it: every family
     * on its own; {@code drawn}: the points on the map, families grouped or not. Left out where the key
     * figures are refused to the reader (1 to 4 families in the view or a neighbourhood: the count would give
     * them back).
     */
    public record InView(int nodes, int edges, int drawn) {}

    public record GraphResponse(
            String view,
            LocalDate at,
            boolean directed,
            FamilyCount families,
            InView inView,
            List<Element<NodeData>> nodes,
            List<Element<EdgeData>> edges) {}

    public void graph(Context ctx) {
        ViewRequest request = ViewParams.from(ctx, ViewKind.ECOSYSTEM);
        boolean aggregate = ViewParams.flag(ctx, "aggregateFamilies", request.view() == ViewKind.ECOSYSTEM);
        boolean degreeOnly = degreeOnly(ctx);
        ViewAnalysis analysis = analyses.analyse(request);
        if (!aggregate && !Audience.current().seesFamilies() && hasFamilies(analysis.snapshot())) {
            throw new ForbiddenResponse("Only brokers see families one by one; analysts and viewers see them"
                    + " grouped per neighbourhood (leave out aggregateFamilies=false).");
        }
        ctx.json(elements(analysis, aggregate, degreeOnly));
    }

    /**
     * {@code scores=degree}: the map as it opens, sized by degree, without the path, spectral and cohesion scores
     * (after a write those cost a whole recomputation the map does not need to draw itself); {@code scores=all}
     * (the default) attaches every score.
     */
    private static boolean degreeOnly(Context ctx) {
        String scores = ctx.queryParam("scores");
        if (scores == null || scores.equals("all")) {
            return false;
        }
        if (scores.equals("degree")) {
            return true;
        }
        throw new Problems.BadRequest("scores must be 'all' or 'degree', not '" + scores + "'.");
    }

    private static boolean hasFamilies(Snapshot snapshot) {
        for (int v = 0; v < snapshot.size(); v++) {
            if (snapshot.vertex(v).type() == NodeLabel.FAMILY) {
                return true;
            }
        }
        return false;
    }

    private static GraphResponse elements(ViewAnalysis analysis, boolean aggregate, boolean degreeOnly) {
        Snapshot snapshot = analysis.snapshot();
        Centrality scores = degreeOnly ? null : analysis.centrality(false);
        Cohesion cohesion = degreeOnly ? null : analysis.cohesion();
        boolean[] articulation = new boolean[snapshot.size()];
        for (int v : analysis.biconnectivity().getArticulationPoints()) {
            articulation[v] = true;
        }
        String[] elementOf = new String[snapshot.size()];
        boolean[] grouped = new boolean[snapshot.size()];
        Map<String, Element<NodeData>> nodes = new LinkedHashMap<>();
        Map<String, Integer> groupSizes = new LinkedHashMap<>();
        int families = 0;
        for (int v = 0; v < snapshot.size(); v++) {
            Vertex vertex = snapshot.vertex(v);
            if (vertex.type() == NodeLabel.FAMILY) {
                families++;
            }
            if (aggregate && vertex.type() == NodeLabel.FAMILY) {
                String group = NodeRef.group(vertex.neighbourhood());
                elementOf[v] = group;
                grouped[v] = true;
                groupSizes.merge(group, 1, Integer::sum);
            } else {
                elementOf[v] = vertex.id();
                nodes.put(vertex.id(), new Element<>(node(vertex, snapshot, scores, cohesion, articulation[v], v)));
            }
        }
        FamilyCounts perNeighbourhood = FamilyCounts.adding();
        groupSizes.forEach((group, size) -> {
            String neighbourhood = group.substring(NodeRef.GROUP_PREFIX.length());
            nodes.put(
                    group,
                    new Element<>(new NodeData(
                            NodeRef.of(group),
                            NodeRef.of(neighbourhood),
                            "family-group",
                            null,
                            null,
                            null,
                            neighbourhood,
                            List.of(),
                            perNeighbourhood.cell(size),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null)));
        });
        FamilyCount total = aggregate ? perNeighbourhood.total() : FamilyCount.of(families);
        return new GraphResponse(
                snapshot.request().view().code(),
                snapshot.request().at(),
                snapshot.graph().isDirected(),
                total,
                AnalysisRoutes.countsFewFamilies(snapshot)
                        ? null
                        : new InView(snapshot.size(), snapshot.graph().edgeCount(), nodes.size()),
                new ArrayList<>(nodes.values()),
                edges(snapshot, elementOf, grouped));
    }

    /** A vertex with its scores; with {@code scores} null only its degree (and whether it is a cut vertex). */
    private static NodeData node(
            Vertex vertex, Snapshot snapshot, Centrality scores, Cohesion cohesion, boolean articulation, int v) {
        boolean all = scores != null;
        CsrGraph graph = snapshot.graph();
        int degree = all
                ? scores.degree()[v]
                : graph.out().degree(v) + (graph.isDirected() ? graph.in().degree(v) : 0);
        return new NodeData(
                vertex.ref(),
                vertex.type() == NodeLabel.FAMILY ? vertex.ref() : NodeRef.of(vertex.name()),
                vertex.type().code(),
                vertex.sector(),
                vertex.kind(),
                vertex.role(),
                vertex.neighbourhood(),
                vertex.domains(),
                null,
                degree,
                all ? scores.betweenness()[v] : null,
                all ? scores.pagerank()[v] : null,
                all && scores.closeness() != null ? scores.closeness()[v] : null,
                all ? scores.eigenvector()[v] : null,
                articulation,
                all ? cohesion.coreNumbers()[v] : null,
                all && !Double.isNaN(cohesion.katz()[v]) ? cohesion.katz()[v] : null);
    }

    /**
     * Edges between elements, merged when several fall between the same two (grouped families). A merged
     * edge's weight counts families, and so does every weight of the shared-families view.
     */
    private static List<Element<EdgeData>> edges(Snapshot snapshot, String[] elementOf, boolean[] grouped) {
        boolean countsFamilies = snapshot.request().view() == ViewKind.SHARED_FAMILIES;
        Map<String, double[]> weights = new LinkedHashMap<>();
        Map<String, String[]> ends = new LinkedHashMap<>();
        Map<String, Boolean> ofFamilies = new LinkedHashMap<>();
        for (ViewEdge e : snapshot.edges()) {
            String source = elementOf[e.source()];
            String target = elementOf[e.target()];
            String id = e.kind().code() + ":" + source + "->" + target;
            weights.computeIfAbsent(id, k -> new double[1])[0] += e.weight();
            ends.putIfAbsent(id, new String[] {source, target, e.kind().code()});
            ofFamilies.putIfAbsent(id, countsFamilies || grouped[e.source()] || grouped[e.target()]);
        }
        List<Element<EdgeData>> edges = new ArrayList<>(weights.size());
        weights.forEach((id, w) -> {
            String[] end = ends.get(id);
            Number weight = ofFamilies.get(id) ? FamilyCount.of((int) Math.round(w[0])) : (Number) w[0];
            edges.add(new Element<>(new EdgeData(id, end[0], end[1], end[2], weight)));
        });
        return edges;
    }
}
