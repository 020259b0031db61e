package be.tafel.web;

import be.tafel.store.GraphStore;
import io.javalin.http.Context;

/** {@code GET /api/health}: is the service up, which store does it use. Says nothing sensitive. */
public final class HealthRoutes {
    private final GraphStore store;

    public HealthRoutes(GraphStore store) {
        this.store = store;
    }

    public record Health(String status, String store, String neo4jVersion) {}

    public void health(Context ctx) {
        ctx.json(new Health("up", store.kind(), store.neo4jVersion()));
    }
}
