package be.tafel.web;

import be.tafel.meeting.MeetingSessions;
import be.tafel.meeting.SessionComparison;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;

/**
 * Meeting mode: {@code POST /api/tables/{id}/sessions}, {@code GET /api/tables/{id}/sessions[/{sid}]} and
 * {@code GET /api/tables/{id}/sessions/{sid}/compare}.
 */
public final class MeetingRoutes {
    private final MeetingSessions sessions;
    private final SessionComparison comparison;
    private final ObjectMapper json;

    public MeetingRoutes(MeetingSessions sessions, SessionComparison comparison, ObjectMapper json) {
        this.sessions = sessions;
        this.comparison = comparison;
        this.json = json;
    }

    /**
     * {@code GET /api/tables/{id}/sessions/{sid}/compare[?with=SID]}: what changed since the session before (or
     * session {@code with}): actors added and removed, influence and stance changes, ties and partners added.
     */
    public void compare(Context ctx) {
        String table = ctx.pathParam("id");
        String id = ctx.pathParam("sid");
        try {
            ctx.json(comparison
                    .compare(table, id, ctx.queryParam("with"))
                    .orElseThrow(
                            () -> new NotFoundResponse("There is no session '" + id + "' at table '" + table + "'.")));
        } catch (SessionComparison.NotEarlier e) {
            throw new Problems.BadRequest(e.getMessage());
        }
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
