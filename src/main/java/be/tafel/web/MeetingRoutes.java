package be.tafel.web;

import be.tafel.meeting.MeetingSessions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;

/** Meeting mode: {@code POST /api/tables/{id}/sessions}, {@code GET /api/tables/{id}/sessions[/{sid}]}. */
public final class MeetingRoutes {
    private final MeetingSessions sessions;
    private final ObjectMapper json;

    public MeetingRoutes(MeetingSessions sessions, ObjectMapper json) {
        this.sessions = sessions;
        this.json = json;
    }

    public void save(Context ctx) throws IOException {
        String table = ctx.pathParam("id");
        JsonNode body = JsonBody.object(ctx, json, " with date, actors, partners and ties");
        var session = sessions.save(table, body, JournalRoutes.author(ctx))
                .orElseThrow(() -> new NotFoundResponse("There is no table with id '" + table + "'."));
        ctx.attribute(JournalRoutes.CHANGE, session.version());
        ctx.status(HttpStatus.CREATED)
                .header("Location", "/api/tables/" + table + "/sessions/" + session.id())
                .json(session);
    }

    public void list(Context ctx) {
        ctx.json(sessions.list(ctx.pathParam("id")));
    }

    public void get(Context ctx) {
        String table = ctx.pathParam("id");
        String id = ctx.pathParam("sid");
        ctx.json(sessions.find(table, id)
                .orElseThrow(() -> new NotFoundResponse("There is no session '" + id + "' at table '" + table + "'.")));
    }
}
