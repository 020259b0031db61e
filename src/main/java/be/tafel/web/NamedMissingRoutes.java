package be.tafel.web;

import be.tafel.survey.NamedMissing;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;

/**
 * {@code /api/surveys/{id}/named-missing}: the organisations a wave's respondents named as missing, counted by
 * respondents (readers: no answer of one respondent shows), and the broker's confirm and match.
 */
public final class NamedMissingRoutes {
    private final NamedMissing named;
    private final ObjectMapper json;

    public NamedMissingRoutes(NamedMissing named, ObjectMapper json) {
        this.named = named;
        this.json = json;
    }

    /** {@code GET /api/surveys/{id}/named-missing}. */
    public void list(Context ctx) {
        ctx.json(named.list(ctx.pathParam("id")));
    }

    /** {@code POST /api/surveys/{id}/named-missing/{key}/confirm} with the new partner's fields (optional). */
    public void confirm(Context ctx) throws IOException {
        JsonNode body = ctx.body().isBlank() ? null : json.readTree(ctx.body());
        ctx.json(named.confirm(JournalRoutes.author(ctx), ctx.pathParam("id"), ctx.pathParam("key"), body));
    }

    /** {@code POST /api/surveys/{id}/named-missing/{key}/match} with {@code {"partner": id}}. */
    public void match(Context ctx) throws IOException {
        JsonNode body = ctx.body().isBlank() ? json.createObjectNode() : json.readTree(ctx.body());
        JsonNode partner = body.path("partner");
        ctx.json(named.match(
                JournalRoutes.author(ctx),
                ctx.pathParam("id"),
                ctx.pathParam("key"),
                partner.isTextual() ? partner.asText() : null));
    }
}
