package be.tafel.web;

import be.tafel.analysis.AnalysisService;
import be.tafel.analysis.BridgeFigures;
import be.tafel.analysis.Bridges;
import be.tafel.analysis.Centrality;
import be.tafel.analysis.Cohesion;
import be.tafel.analysis.ScoreWriter;
import be.tafel.analysis.Snapshot;
import be.tafel.analysis.Vertex;
import be.tafel.analysis.ViewAnalysis;
import be.tafel.analysis.ViewKind;
import be.tafel.analysis.ViewRequest;
import be.tafel.model.NodeLabel;
import be.tafel.privacy.Audience;
import be.tafel.privacy.FamilyCount;
import be.tafel.privacy.FamilyRows;
import be.tafel.privacy.NodeRef;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/** {@code /api/analysis/*}: the analyses of a view, over REST. */
public final class AnalysisRoutes {
    static final int MAX_LIMIT = 100_000;

    private final AnalysisService analyses;
    private final ScoreWriter scoreWriter;

    public AnalysisRoutes(AnalysisService analyses, ScoreWriter scoreWriter) {
        this.analyses = analyses;
        this.scoreWriter = scoreWriter;
    }

    /** {@code POST /api/analysis/write-back}: stores the view's scores as {@code tafel_*} node properties. */
    public void writeBack(Context ctx) {
        ctx.json(scoreWriter.write(analyses.analyse(ViewParams.from(ctx, ViewKind.COLLABORATION))));
    }

    public record ScoredNode(
            NodeRef id,
            String name,
            String type,
            String sector,
            int degree,
            Integer inDegree,
            Integer outDegree,
            Number strength,
            double betweenness,
            Double closeness,
            Double harmonic,
            double pagerank,
            double eigenvector,
            Double clustering,
            Double constraint,
            Double effectiveSize,
            int coreness,
            Double katz) {}

    /**
     * {@code approximate} and {@code errorBound} (betweenness's) say whether scores were sampled;
     * {@code bounds} lists every sampled score with its bound and confidence (empty when exact).
     */
    public record CentralityResponse(
            String view,
            LocalDate at,
            boolean weighted,
            boolean approximate,
            Double errorBound,
            List<Centrality.ScoreBound> bounds,
            String sort,
            int total,
            List<ScoredNode> nodes,
            FamilyCount familiesLeftOut) {}

    /**
     * {@code familiesLeftOut}: for everyone but brokers, the articulation points that are families and the
     * bridges with a family at one end are left out of the lists, and counted here (null when none were).
     */
    public record BridgesResponse(
            String view,
            LocalDate at,
            List<NodeRef> articulationPoints,
            List<List<NodeRef>> bridges,
            List<BridgeFigures.BridgeFigure> bridgeFigures,
            FamilyCount familiesLeftOut) {}

    public void summary(Context ctx) {
        ViewAnalysis analysis = analyses.analyse(ViewParams.from(ctx, ViewKind.COLLABORATION));
        refuseFewFamilies(analysis.snapshot());
        ctx.json(analysis.summaryAnswer());
    }

    /** Checks every parameter first, so a bad one costs no view. */
    public void centrality(Context ctx) {
        ViewRequest request = ViewParams.from(ctx, ViewKind.COLLABORATION);
        boolean weighted = ViewParams.flag(ctx, "weighted", false);
        String sort = ctx.queryParamAsClass("sort", String.class).getOrDefault("betweenness");
        Comparator<ScoredNode> order = order(sort);
        int limit = ViewParams.limit(ctx, MAX_LIMIT, MAX_LIMIT);
        double epsilon = ctx.queryParamAsClass("epsilon", Double.class)
                .check(
                        e -> e == null || (e >= ViewAnalysis.EPSILON_MIN && e <= ViewAnalysis.EPSILON_MAX),
                        "epsilon must be from " + ViewAnalysis.EPSILON_MIN + " to " + ViewAnalysis.EPSILON_MAX)
                .getOrDefault(ViewAnalysis.EPSILON_DEFAULT);
        ViewAnalysis analysis = analyses.analyse(request);
        Centrality scores = analysis.centrality(weighted, epsilon);
        Snapshot snapshot = analysis.snapshot();
        Cohesion cohesion = analysis.cohesion();
        FamilyRows rows = FamilyRows.forCurrentAudience();
        List<ScoredNode> all = IntStream.range(0, snapshot.size())
                .mapToObj(v -> scored(snapshot, scores, cohesion, v, weighted))
                .filter(n -> rows.keep(n.id()))
                .toList();
        List<ScoredNode> nodes = all.stream()
                .sorted(order.thenComparing(n -> n.id().id()))
                .limit(limit)
                .toList();
        ctx.json(new CentralityResponse(
                snapshot.request().view().code(),
                snapshot.request().at(),
                weighted,
                scores.approximate(),
                scores.errorBound(),
                scores.bounds(),
                sort,
                all.size(),
                nodes,
                rows.leftOut()));
    }

    public void bridges(Context ctx) {
        ViewAnalysis analysis = analyses.analyse(ViewParams.from(ctx, ViewKind.ECOSYSTEM));
        ViewRequest request = analysis.snapshot().request();
        Bridges bridges = analysis.bridges();
        FamilyRows rows = FamilyRows.forCurrentAudience();
        List<NodeRef> points =
                bridges.articulationPoints().stream().filter(rows::keep).toList();
        List<List<NodeRef>> ties =
                bridges.bridges().stream().filter(rows::keepAll).toList();
        ctx.json(new BridgesResponse(
                request.view().code(), request.at(), points, ties, bridges.bridgeFigures(), rows.leftOut()));
    }

    /**
     * A summary counts every vertex, families included, and its figures (nodes, density, shares) give that
     * count back; less the partners, persons, services and tables other answers list, they give the number of
     * families of a view filtered to one neighbourhood or domain, and with the map's groups per neighbourhood
     * they would pin every masked group. For everyone but brokers, a view with 1 to 4 families in all, or in
     * any neighbourhood, is therefore not summarised: the refusal says no more than {@code "<5"} would.
     */
    private static void refuseFewFamilies(Snapshot snapshot) {
        if (countsFewFamilies(snapshot)) {
            throw new ForbiddenResponse("This view holds fewer than " + FamilyCount.THRESHOLD + " families: only"
                    + " brokers see its summary, which would count them. Widen the filter.");
        }
    }

    /**
     * Whether counting the view's vertices would give a masked family count back to the current reader: 1 to 4
     * families in all or in a neighbourhood, for everyone but brokers ({@link #refuseFewFamilies}).
     */
    static boolean countsFewFamilies(Snapshot snapshot) {
        if (Audience.current().seesFamilies()) {
            return false;
        }
        int families = 0;
        Map<String, Integer> perNeighbourhood = new java.util.HashMap<>();
        for (int v = 0; v < snapshot.size(); v++) {
            if (snapshot.vertex(v).type() == NodeLabel.FAMILY) {
                families++;
                perNeighbourhood.merge(String.valueOf(snapshot.vertex(v).neighbourhood()), 1, Integer::sum);
            }
        }
        boolean anyGroupMasked = perNeighbourhood.values().stream()
                .anyMatch(n -> FamilyCount.of(n).maskedFor(Audience.current()));
        return FamilyCount.of(families).maskedFor(Audience.current()) || anyGroupMasked;
    }

    private static ScoredNode scored(Snapshot snapshot, Centrality c, Cohesion cohesion, int v, boolean weighted) {
        Vertex vertex = snapshot.vertex(v);
        boolean directed = snapshot.graph().isDirected();
        return new ScoredNode(
                vertex.ref(),
                vertex.name(),
                vertex.type().code(),
                vertex.sector(),
                c.degree()[v],
                directed ? c.inDegree()[v] : null,
                directed ? c.outDegree()[v] : null,
                weighted ? strength(snapshot, c.strength()[v]) : null,
                c.betweenness()[v],
                at(c.closeness(), v),
                at(c.harmonic(), v),
                c.pagerank()[v],
                c.eigenvector()[v],
                at(c.clustering(), v),
                at(c.constraint(), v),
                at(c.effectiveSize(), v),
                cohesion.coreNumbers()[v],
                at(cohesion.katz(), v));
    }

    /** A strength; in the shared-families view it adds up families shared, so it is a count of families. */
    private static Number strength(Snapshot snapshot, double strength) {
        return snapshot.request().view() == ViewKind.SHARED_FAMILIES
                ? FamilyCount.of((int) Math.round(strength))
                : (Number) strength;
    }

    /** A score, or null where it is not computed or not defined (NaN, as NetworkX gives for isolated vertices). */
    private static Double at(double[] scores, int v) {
        return scores == null || Double.isNaN(scores[v]) ? null : scores[v];
    }

    private static final Map<String, Function<ScoredNode, Double>> SORT_KEYS = Map.ofEntries(
            Map.entry("degree", n -> (double) n.degree()),
            Map.entry(
                    "strength", n -> n.strength() == null ? null : n.strength().doubleValue()),
            Map.entry("betweenness", ScoredNode::betweenness),
            Map.entry("closeness", ScoredNode::closeness),
            Map.entry("harmonic", ScoredNode::harmonic),
            Map.entry("pagerank", ScoredNode::pagerank),
            Map.entry("eigenvector", ScoredNode::eigenvector),
            Map.entry("clustering", ScoredNode::clustering),
            Map.entry("constraint", ScoredNode::constraint),
            Map.entry("effectiveSize", ScoredNode::effectiveSize),
            Map.entry("coreness", n -> (double) n.coreness()),
            Map.entry("katz", ScoredNode::katz));

    private static Comparator<ScoredNode> order(String sort) {
        Function<ScoredNode, Double> key = SORT_KEYS.get(sort);
        if (key == null) {
            throw new Problems.BadRequest("Unknown sort '" + sort + "'; sort by one of "
                    + String.join(", ", SORT_KEYS.keySet().stream().sorted().toList()) + ".");
        }
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.reverseOrder()));
    }
}
