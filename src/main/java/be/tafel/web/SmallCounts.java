package be.tafel.web;

import be.tafel.auth.AccessControl;
import be.tafel.auth.Principal;
import be.tafel.auth.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;

/**
 * Small-cell suppression on the map for everyone but brokers: a neighbourhood's group of fewer than
 * {@value #THRESHOLD} families shows its count as {@code "<5"}, so a single family cannot be singled out.
 */
public final class SmallCounts {
    public static final int THRESHOLD = 5;
    private static final String MASK = "<" + THRESHOLD;

    private final ObjectMapper json;

    public SmallCounts(ObjectMapper json) {
        this.json = json;
    }

    public void after(Context ctx) throws IOException {
        Principal who = AccessControl.principal(ctx);
        if (who == null || who.role() == Role.BROKER || ctx.statusCode() != 200 || !ctx.path().equals("/api/graph")) {
            return;
        }
        JsonNode body = json.readTree(ctx.result());
        if (!(body instanceof ObjectNode graph)) {
            return;
        }
        mask(graph, "families");
        for (JsonNode node : graph.path("nodes")) {
            if (node.path("data") instanceof ObjectNode data && "family-group".equals(data.path("type").asText())) {
                mask(data, "count");
            }
        }
        ctx.result(json.writeValueAsBytes(graph));
    }

    private static void mask(ObjectNode object, String field) {
        JsonNode value = object.get(field);
        if (value != null && value.isNumber() && value.asLong() > 0 && value.asLong() < THRESHOLD) {
            object.put(field, MASK);
        }
    }
}
