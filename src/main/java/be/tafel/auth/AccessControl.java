package be.tafel.auth;

import be.tafel.privacy.Audience;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.TooManyRequestsResponse;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
import java.util.Set;

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

    private final TokenStore tokens;
    private final boolean requireTokens;
    private final RateLimiter limiter;

    public AccessControl(TokenStore tokens, SecuritySettings settings) {
        this.tokens = tokens;
        this.requireTokens = settings.requireTokens();
        this.limiter = new RateLimiter(settings.requestsPerMinute(), System::currentTimeMillis);
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
                throw new TooManyRequestsResponse("Token '" + who.name() + "' made too many requests; try again in "
                        + wait + " s.");
            }
        }
        Set<RouteRole> allowed = roles.isEmpty() ? Set.of(Role.BROKER) : roles;
        if (!allowed.contains(who.role())) {
            throw new ForbiddenResponse("The role " + who.role().word() + " may not " + ctx.method() + " "
                    + ctx.path() + ".");
        }
        Audience.use(Audience.of(who.role()));
    }

    /** The principal of a request that passed {@link #check}, or null on an open route. */
    public static Principal principal(Context ctx) {
        return ctx.attribute(PRINCIPAL);
    }

    private Principal authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"tafel\"");
            throw new UnauthorizedResponse("This server needs an API token: send 'Authorization: Bearer <token>'.");
        }
        return tokens.authenticate(header.substring(7).strip()).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Bearer realm=\"tafel\", error=\"invalid_token\"");
            return new UnauthorizedResponse("The API token is not valid (unknown or revoked).");
        });
    }
}
