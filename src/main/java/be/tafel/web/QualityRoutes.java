package be.tafel.web;

import be.tafel.quality.DataQuality;
import be.tafel.quality.PartnerMerge;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.time.LocalDate;

/** {@code GET /api/quality?at=DATE} and {@code POST /api/partners/{id}/merge} with {@code {"into": otherId}}. */
public final class QualityRoutes {
    private final DataQuality quality;
    private final PartnerMerge merge;
    private final ObjectMapper json;

    public QualityRoutes(DataQuality quality, PartnerMerge merge, ObjectMapper json) {
        this.quality = quality;
        this.merge = merge;
        this.json = json;
    }

    public void quality(Context ctx) {
        LocalDate at = ViewParams.date(ctx, "at", LocalDate.now());
        ctx.json(quality.report(at));
    }

    public void merge(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        JsonNode body = JsonBody.object(ctx, json, ": {\"into\": \"<partner id>\"}");
        String into = body.path("into").asText(null);
        var change = merge.merge(JournalRoutes.author(ctx), JournalRoutes.ifMatch(ctx), id, into)
                .orElseThrow(() -> new NotFoundResponse("There is no partner with id '" + id + "'."));
        JournalRoutes.written(ctx, change);
        ctx.json(change);
    }
}
