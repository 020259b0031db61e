package be.tafel.web;

import be.tafel.analysis.AnalysisService;
import be.tafel.store.GraphStore;
import io.javalin.http.Context;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /api/health}: is the service up, which store does it use, and how its in-memory views kept up with
 * the graph's changes. Says nothing sensitive.
 */
public final class HealthRoutes {
    private final GraphStore store;
    private final AnalysisService analyses;
    private final BooleanSupplier warmedUp;

    public HealthRoutes(GraphStore store, AnalysisService analyses, BooleanSupplier warmedUp) {
        this.store = store;
        this.analyses = analyses;
        this.warmedUp = warmedUp;
    }

    /**
     * How the views this instance analysed reached the graph's versions: projected from the store, brought on by a
     * delta from the journal applied in memory, or carried on untouched by a change that cannot affect them.
     */
    public record Views(long projections, long deltasApplied, long carried) {}

    /** {@code warm}: the start-up warm-up of the default views has finished (StartupWarmup). */
    public record Health(String status, String store, String neo4jVersion, boolean warm, Views views) {}

    public void health(Context ctx) {
        ctx.json(new Health(
                "up",
                store.kind(),
                store.neo4jVersion(),
                warmedUp.getAsBoolean(),
                new Views(analyses.projections(), analyses.deltasApplied(), analyses.viewsCarried())));
    }
}
