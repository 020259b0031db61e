package be.tafel.web;

import be.tafel.importing.InvalidNetworkException;
import be.tafel.journal.ConflictException;
import be.tafel.journal.NothingToDoException;
import be.tafel.store.ConcurrentChangeException;
import be.tafel.store.StillReferencedException;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.validation.ValidationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps every failure to the same {@code application/problem+json} shape. */
public final class Problems {
    public static final String CONTENT_TYPE = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {}

    public static void register(JavalinConfig config) {
        config.routes.exception(
                InvalidNetworkException.class,
                (e, ctx) -> send(
                        ctx,
                        new Problem(
                                "about:blank",
                                "The data is not valid",
                                422,
                                e.getMessage(),
                                ctx.path(),
                                e.problems())));
        config.routes.exception(ConflictException.class, (e, ctx) -> {
            ctx.status(409)
                    .contentType(CONTENT_TYPE)
                    .json(new ConflictProblem(
                            "about:blank",
                            "Changed meanwhile",
                            409,
                            e.getMessage(),
                            ctx.path(),
                            e.since(),
                            e.conflicts()));
            ctx.contentType(CONTENT_TYPE);
        });
        config.routes.exception(
                NothingToDoException.class,
                (e, ctx) -> send(ctx, Problem.of(409, "Nothing to do", e.getMessage(), ctx.path())));
        config.routes.exception(
                BadRequest.class, (e, ctx) -> send(ctx, Problem.of(400, "Bad request", e.getMessage(), ctx.path())));
        config.routes.exception(
                ValidationException.class,
                (e, ctx) -> send(ctx, Problem.of(400, "Bad request", validationMessage(e), ctx.path())));
        config.routes.exception(
                JsonProcessingException.class,
                (e, ctx) -> send(
                        ctx,
                        Problem.of(
                                400,
                                "Malformed JSON",
                                "The body is not valid JSON: " + e.getOriginalMessage() + " (line " + line(e) + ")",
                                ctx.path())));
        config.routes.exception(
                HttpResponseException.class,
                (e, ctx) -> send(
                        ctx,
                        Problem.of(
                                e.getStatus(),
                                HttpStatus.forStatus(e.getStatus()).getMessage(),
                                e.getMessage(),
                                ctx.path())));
        config.routes.exception(
                StillReferencedException.class,
                (e, ctx) -> send(ctx, Problem.of(409, "Still referred to", e.getMessage(), ctx.path())));
        config.routes.exception(ConcurrentChangeException.class, (e, ctx) -> conflict(ctx, e.getMessage()));
        config.routes.exception(
                TransientException.class,
                (e, ctx) -> conflict(
                        ctx,
                        "Another write changed the same"
                                + " rows at the same moment; nothing of this one was written. Send it again."));
        config.routes.exception(ServiceUnavailableException.class, (e, ctx) -> storeDown(ctx, e));
        config.routes.exception(SessionExpiredException.class, (e, ctx) -> storeDown(ctx, e));
        config.routes.exception(Exception.class, (e, ctx) -> {
            // the route pattern, never the path: a path can hold a family's id
            LOG.error("Unexpected error on {} {}", ctx.method(), Observability.route(ctx), e);
            send(
                    ctx,
                    Problem.of(
                            500,
                            "Internal error",
                            "Something went wrong on our side; it has been logged.",
                            ctx.path()));
        });
        config.routes.error(404, ctx -> {
            String type = ctx.res().getContentType();
            if (ctx.path().startsWith("/api") && (type == null || !type.startsWith(CONTENT_TYPE))) {
                send(ctx, Problem.of(404, "Not found", "There is nothing at " + ctx.path() + ".", ctx.path()));
            }
        });
        config.routes.error(
                405,
                ctx -> send(
                        ctx,
                        Problem.of(
                                405,
                                "Method not allowed",
                                ctx.method() + " is not allowed on " + ctx.path() + ".",
                                ctx.path())));
    }

    public static void send(Context ctx, Problem problem) {
        ctx.status(problem.status()).json(problem).contentType(CONTENT_TYPE);
    }

    private static void conflict(Context ctx, String detail) {
        ctx.header("Retry-After", "1");
        send(ctx, Problem.of(409, "Conflict with a concurrent change", detail, ctx.path()));
    }

    private static void storeDown(Context ctx, Exception e) {
        LOG.warn("Graph store unreachable: {}", e.getMessage());
        ctx.header("Retry-After", "5");
        send(
                ctx,
                Problem.of(
                        503,
                        "Store unavailable",
                        "The graph store cannot be reached right now; try again in a few seconds.",
                        ctx.path()));
    }

    private static String validationMessage(ValidationException e) {
        return e.getErrors().entrySet().stream()
                .map(entry -> "query parameter '" + entry.getKey() + "': "
                        + entry.getValue().stream()
                                .map(error -> error.getMessage()
                                        + (error.value == null ? "" : " (got '" + error.value + "')"))
                                .collect(java.util.stream.Collectors.joining("; ")))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static Object line(JsonProcessingException e) {
        return e.getLocation() == null ? "?" : e.getLocation().getLineNr();
    }

    /** A 409 for an edit made on an old version: which changes since that version touched the same elements. */
    public record ConflictProblem(
            String type,
            String title,
            int status,
            String detail,
            String instance,
            long since,
            java.util.List<ConflictException.Conflict> conflicts) {}

    /** A request whose parameters or body do not make sense, with the reason. */
    public static final class BadRequest extends RuntimeException {
        public BadRequest(String message) {
            super(message);
        }
    }
}
