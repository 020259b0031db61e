package be.tafel.web;

import be.tafel.introduction.Introduction;
import be.tafel.introduction.Introductions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;

/**
 * {@code POST /api/introductions}, {@code GET /api/introductions} (with the count that worked per quarter),
 * {@code GET /api/introductions/{id}} and {@code PATCH /api/introductions/{id}} with {@code {"state"}}.
 */
public final class IntroductionRoutes {
    private final Introductions introductions;
    private final ObjectMapper json;

    public IntroductionRoutes(Introductions introductions, ObjectMapper json) {
        this.introductions = introductions;
        this.json = json;
    }

    public void create(Context ctx) throws IOException {
        JsonNode body = object(ctx);
        Introduction created = introductions.create(
                new Introductions.Proposal(
                        text(body, "a"), text(body, "b"), text(body, "owner"), text(body, "due"), body.get("reasons")),
                JournalRoutes.author(ctx).name());
        ctx.status(HttpStatus.CREATED)
                .header("Location", "/api/introductions/" + created.id())
                .json(created);
    }

    public void list(Context ctx) {
        ctx.json(introductions.overview());
    }

    public void get(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(introductions.find(id).orElseThrow(() -> notFound(id)));
    }

    public void patch(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        JsonNode body = object(ctx);
        ctx.json(introductions
                .moveTo(id, text(body, "state"), JournalRoutes.author(ctx).name())
                .orElseThrow(() -> notFound(id)));
    }

    private JsonNode object(Context ctx) throws IOException {
        return JsonBody.object(ctx, json, "");
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static NotFoundResponse notFound(String id) {
        return new NotFoundResponse("There is no introduction with id '" + id + "'.");
    }
}
