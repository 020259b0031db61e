package be.tafel.web;

import be.tafel.auth.AccessControl;
import be.tafel.auth.AuditLog;
import be.tafel.auth.Principal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/audit} for brokers, and the step after every matched route that writes the audit entry of
 * each successful write and export.
 */
public final class AuditRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(AuditRoutes.class);

    private final AuditLog log;
    private final ObjectMapper json;

    public AuditRoutes(AuditLog log, ObjectMapper json) {
        this.log = log;
        this.json = json;
    }

    /** {@code GET /api/audit?offset=0&limit=100}: the newest entries first. */
    public void audit(Context ctx) {
        int offset = ctx.queryParamAsClass("offset", Integer.class)
                .check(n -> n == null || n >= 0, "must be 0 or more")
                .getOrDefault(0);
        int limit = ctx.queryParamAsClass("limit", Integer.class)
                .check(n -> n == null || n >= 1 && n <= 1000, "must be between 1 and 1000")
                .getOrDefault(100);
        ctx.json(log.page(offset, limit));
    }

    /** After a matched route: records writes and exports that succeeded. */
    public void after(Context ctx) throws IOException {
        Principal who = AccessControl.principal(ctx);
        boolean export = ctx.path().startsWith("/api/export");
        boolean write = ctx.method() != HandlerType.GET
                && ctx.method() != HandlerType.HEAD
                && ctx.method() != HandlerType.OPTIONS;
        Endpoint route = ctx.endpoints().matchedHttpEndpoint();
        if (who == null || !(export || write) || ctx.statusCode() >= 300 || route == null) {
            return;
        }
        Long rows = null;
        if (export && isJson(ctx)) {
            rows = countRows(json.readTree(ctx.result()));
        } else if (ctx.path().equals("/api/import") && isJson(ctx)) {
            JsonNode body = json.readTree(ctx.result());
            rows = body.path("rows").isNumber() ? body.path("rows").asLong() : null;
        } else if (route.path.contains("{id}") || ctx.method() == HandlerType.POST) {
            rows = ctx.path().startsWith("/api/analysis") ? null : 1L;
        }
        try {
            log.record(
                    who, ctx.method().name(), route.path, ctx.statusCode(), rows, ctx.attribute(JournalRoutes.CHANGE));
        } catch (RuntimeException e) {
            LOG.error("Could not write the audit entry for {} {} by {}", ctx.method(), ctx.path(), who.name(), e);
        }
    }

    private static long countRows(JsonNode body) {
        long rows = 0;
        for (JsonNode section : body) {
            rows += section.isArray() ? section.size() : 0;
        }
        return body.isArray() ? body.size() : rows;
    }

    private static boolean isJson(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.contains("json");
    }
}
