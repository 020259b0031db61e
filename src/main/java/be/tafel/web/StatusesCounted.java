package be.tafel.web;

import be.tafel.model.Coded;
import be.tafel.model.ReferralStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Every answer about the referral view says which referral outcomes it counted: the map's graph and the
 * analyses of {@code view=referral} get a {@code statuses} field, the codes asked with {@code status=} or,
 * without it, all of them.
 */
public final class StatusesCounted {
    private static final Set<String> PATHS = Set.of(
            "/api/graph",
            "/api/analysis/summary",
            "/api/analysis/centrality",
            "/api/analysis/bridges",
            "/api/analysis/missing-links",
            "/api/analysis/communities",
            "/api/analysis/brokerage");

    private final ObjectMapper json;

    public StatusesCounted(ObjectMapper json) {
        this.json = json;
    }

    public void after(Context ctx) throws IOException {
        if (ctx.statusCode() != 200 || !PATHS.contains(ctx.path()) || !"referral".equals(ctx.queryParam("view"))) {
            return;
        }
        if (!(json.readTree(ctx.result()) instanceof ObjectNode body)) {
            return;
        }
        List<String> asked =
                ChangeRoutes.statuses(ctx).stream().map(Coded::code).toList();
        ArrayNode statuses = body.putArray("statuses");
        (asked.isEmpty()
                        ? Arrays.stream(ReferralStatus.values())
                                .map(Coded::code)
                                .toList()
                        : asked)
                .forEach(statuses::add);
        ctx.result(json.writeValueAsBytes(body));
    }
}
