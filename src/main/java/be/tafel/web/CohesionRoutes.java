package be.tafel.web;

import be.tafel.analysis.AnalysisService;
import be.tafel.analysis.Cohesion;
import be.tafel.analysis.Snapshot;
import be.tafel.analysis.ViewAnalysis;
import be.tafel.analysis.ViewKind;
import be.tafel.analysis.ViewRequest;
import be.tafel.model.NodeLabel;
import be.tafel.privacy.Audience;
import be.tafel.privacy.NodeRef;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code /api/analysis/edge-betweenness} and {@code /connectivity}: the ties that carry the most shortest
 * paths, and how many partners must drop out before the network, or two of its members, fall apart.
 *
 * <p>Privacy: ends are {@link NodeRef}s, so analysts and viewers never receive a family id: a tie with a
 * family at one end names that end by the family's neighbourhood group ({@code families:<neighbourhood>}, the
 * element the map draws). To them a family id given as {@code source} or {@code target} is answered as
 * unknown, as any id the view does not hold.
 */
public final class CohesionRoutes {
    static final int MAX_TIES = 10_000;

    private final AnalysisService analyses;

    public CohesionRoutes(AnalysisService analyses) {
        this.analyses = analyses;
    }

    public record Tie(NodeRef a, NodeRef b, double score) {}

    /**
     * @param approximate whether the scores come from a sample of {@code sources} sources (large views)
     * @param total the number of ties in the view
     */
    public record EdgeBetweennessResponse(
            String view, LocalDate at, boolean directed, boolean approximate, int sources, int total, List<Tie> ties) {}

    /** {@code source} and {@code target} are null for the whole view's connectivity. */
    public record ConnectivityResponse(
            String view, LocalDate at, NodeRef source, NodeRef target, Boolean adjacent, int connectivity) {}

    /** {@code GET /api/analysis/edge-betweenness?view=&limit=}: ties best first, as {@code {a, b, score}}. */
    public void edgeBetweenness(Context ctx) {
        ViewRequest request = ViewParams.from(ctx, ViewKind.COLLABORATION);
        int limit = ViewParams.limit(ctx, 20, MAX_TIES);
        ViewAnalysis analysis = analyses.analyse(request);
        Snapshot snapshot = analysis.snapshot();
        Cohesion cohesion = analysis.cohesion();
        List<Cohesion.Tie> all = cohesion.ties();
        List<Tie> ties = all.stream()
                .limit(limit)
                .map(t -> new Tie(
                        snapshot.vertex(t.source()).ref(),
                        snapshot.vertex(t.target()).ref(),
                        t.score()))
                .toList();
        ctx.json(new EdgeBetweennessResponse(
                request.view().code(),
                request.at(),
                snapshot.graph().isDirected(),
                !cohesion.edgeBetweenness().isExact(),
                cohesion.edgeBetweenness().getSourceCount(),
                all.size(),
                ties));
    }

    /** {@code GET /api/analysis/connectivity?view=[&source=&target=]}: the view's vertex connectivity, or a pair's. */
    public void connectivity(Context ctx) {
        ViewRequest request = ViewParams.from(ctx, ViewKind.COLLABORATION);
        String source = blankToNull(ctx.queryParam("source"));
        String target = blankToNull(ctx.queryParam("target"));
        if ((source == null) != (target == null)) {
            throw new Problems.BadRequest(
                    "Give both 'source' and 'target' for a pair's connectivity, or neither for the view's.");
        }
        if (source != null && source.equals(target)) {
            throw new Problems.BadRequest(
                    "Query parameters 'source' and 'target' must name two different members, not '" + source
                            + "' twice.");
        }
        boolean hideFamilies = !Audience.current().seesFamilies();
        ViewAnalysis analysis = analyses.analyse(request);
        Snapshot snapshot = analysis.snapshot();
        Cohesion cohesion = analysis.cohesion();
        if (source == null) {
            ctx.json(new ConnectivityResponse(
                    request.view().code(), request.at(), null, null, null, cohesion.connectivity()));
            return;
        }
        int s = vertex(snapshot, source, "source", hideFamilies);
        int t = vertex(snapshot, target, "target", hideFamilies);
        ctx.json(new ConnectivityResponse(
                request.view().code(),
                request.at(),
                snapshot.vertex(s).ref(),
                snapshot.vertex(t).ref(),
                snapshot.graph().hasEdge(s, t),
                cohesion.connectivity(s, t)));
    }

    private static int vertex(Snapshot snapshot, String id, String parameter, boolean hideFamilies) {
        OptionalInt v = snapshot.indexOf(id);
        if (v.isEmpty() || (hideFamilies && snapshot.vertex(v.getAsInt()).type() == NodeLabel.FAMILY)) {
            throw new NotFoundResponse("The " + snapshot.request().view().code() + " view at "
                    + snapshot.request().at() + " has no member '" + id + "' (query parameter '" + parameter + "').");
        }
        return v.getAsInt();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
