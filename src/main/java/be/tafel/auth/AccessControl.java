package be.tafel.auth;

import be.tafel.privacy.Audience;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.TooManyRequestsResponse;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.router.Endpoint;
import io.javalin.security.RouteRole;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * Runs before every matched route: finds who calls (a Bearer token, or the local user when the server runs
 * open), checks the route's declared roles and the token's rate limit, and sets the request's
 * {@link Audience}, by which answers render family ids and counts. Routes must declare their roles; an API
 * route that declares none is for brokers only, so a forgotten declaration fails closed. What an answer holds
 * about families is decided by the answer's types (package {@code be.tafel.privacy}), never by the path.
 */
public final class AccessControl {
    /** The context attribute that holds the {@link Principal} of an authorised request. */
    public static final String PRINCIPAL = "tafel.principal";

    /** Failed authentications one client address may make per minute before it gets 429 for the rest of it. */
    public static final int FAILED_AUTHENTICATIONS_PER_MINUTE = 20;

    private static final Principal UNAUTHENTICATED = new Principal(null, "(no valid token)", Role.PUBLIC);

    private final TokenStore tokens;
    private final boolean requireTokens;
    private final RateLimiter limiter;
    private final RateLimiter failures = new RateLimiter(FAILED_AUTHENTICATIONS_PER_MINUTE, System::currentTimeMillis);
    private final AuditLog audit;

    public AccessControl(TokenStore tokens, SecuritySettings settings) {
        this(tokens, settings, null);
    }

    /**
     * With {@code audit}, every refusal (401, 403) is logged too; the 429s of an address blocked after too many
     * failed authentications are not, so guessing cannot fill the log.
     */
    public AccessControl(TokenStore tokens, SecuritySettings settings, AuditLog audit) {
        this.tokens = tokens;
        this.requireTokens = settings.requireTokens();
        this.limiter = new RateLimiter(settings.requestsPerMinute(), System::currentTimeMillis);
        this.audit = audit;
    }

    public void check(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.contains(Role.PUBLIC) || (roles.isEmpty() && !ctx.path().startsWith("/api"))) {
            return; // open routes and the web app's own files, which hold no data
        }
        Principal who = requireTokens ? authenticate(ctx) : Principal.LOCAL;
        ctx.attribute(PRINCIPAL, who);
        if (!who.isLocal()) {
            long wait = limiter.acquire(who.tokenId());
            if (wait > 0) {
                ctx.header("Retry-After", Long.toString(wait));
                throw new TooManyRequestsResponse(
                        "Token '" + who.name() + "' made too many requests; try again in " + wait + " s.");
            }
        }
        Set<RouteRole> allowed = roles.isEmpty() ? Set.of(Role.BROKER) : roles;
        if (!allowed.contains(who.role())) {
            refused(ctx, who, 403);
            throw new ForbiddenResponse(
                    "The role " + who.role().word() + " may not " + ctx.method() + " " + ctx.path() + ".");
        }
        Audience.use(Audience.of(who.role()));
    }

    /** The principal of a request that passed {@link #check}, or null on an open route. */
    public static Principal principal(Context ctx) {
        return ctx.attribute(PRINCIPAL);
    }

    private Principal authenticate(Context ctx) {
        String client = ctx.ip();
        long blocked = failures.waitFor(client);
        if (blocked > 0) {
            throw tooManyFailures(ctx, blocked);
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"tafel\"");
            throw failed(ctx, client, "This server needs an API token: send 'Authorization: Bearer <token>'.");
        }
        return tokens.authenticate(header.substring(7).strip()).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Bearer realm=\"tafel\", error=\"invalid_token\"");
            return failed(ctx, client, "The API token is not valid (unknown or revoked).");
        });
    }

    /** Counts a failed authentication of {@code client} and logs it; past the limit the answer is 429. */
    private RuntimeException failed(Context ctx, String client, String message) {
        long wait = failures.acquire(client);
        refused(ctx, UNAUTHENTICATED, wait > 0 ? 429 : 401);
        return wait > 0 ? tooManyFailures(ctx, wait) : new UnauthorizedResponse(message);
    }

    private static TooManyRequestsResponse tooManyFailures(Context ctx, long wait) {
        ctx.header("Retry-After", Long.toString(wait));
        return new TooManyRequestsResponse(
                "Too many failed authentications from this address; try again in " + wait + " s.");
    }

    /** Logs a refused request (the route pattern, never the path). */
    private void refused(Context ctx, Principal who, int status) {
        if (audit == null) {
            return;
        }
        Endpoint route = ctx.endpoints().matchedHttpEndpoint();
        try {
            audit.record(who, ctx.method().name(), route == null ? "unmatched" : route.path, status, null);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(AccessControl.class)
                    .warn("The audit log could not record a refusal: {}", e.getMessage());
        }
    }
}
