package be.tafel.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Runs before every request and closes the ways another website could use a browser to reach Tafel.
 *
 * <ul>
 *   <li>Writes ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) with a body must say they send JSON
 *       ({@code application/json}); only {@code POST /api/import} also takes {@code multipart/form-data} and the
 *       xlsx content type. A form or a {@code text/plain} request from another site, which a browser sends
 *       without asking, is refused with 415.
 *   <li>In open local mode (no tokens, loopback only), the {@code Host} must name the listening address by a
 *       loopback literal or {@code localhost} and its port, so a DNS-rebinding name cannot read the API; and the
 *       {@code Origin} of a write, when the browser sends one, must be that same address (or one of
 *       {@code TAFEL_CORS_ORIGINS}). With tokens, a token is never sent by a browser on its own, so these two
 *       checks are left to the token (a reverse proxy may present any name).
 * </ul>
 */
public final class RequestGuard {
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String JSON = "application/json";
    private static final String MULTIPART = "multipart/form-data";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.\\d{1,3}){3}");

    private final boolean open;
    private final List<String> corsOrigins;

    public RequestGuard(boolean open, List<String> corsOrigins) {
        this.open = open;
        this.corsOrigins =
                corsOrigins.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
    }

    public void check(Context ctx) {
        if (open) {
            int port = ctx.req().getLocalPort();
            if (!isLocalAuthority(ctx.header("Host"), port)) {
                throw new ForbiddenResponse("Tafel runs open for local use only: the Host header must name this"
                        + " machine's loopback address (127.0.0.1:" + port + " or localhost:" + port + ").");
            }
            String origin = ctx.header("Origin");
            if (origin != null
                    && WRITES.contains(ctx.method().name())
                    && !corsOrigins.contains(origin.toLowerCase(Locale.ROOT))
                    && !isLocalOrigin(origin, port)) {
                throw new ForbiddenResponse(
                        "Requests from other websites are refused: the Origin '" + origin + "' is not this server.");
            }
        }
        if (WRITES.contains(ctx.method().name()) && ctx.path().startsWith("/api") && hasBody(ctx)) {
            String type = mediaType(ctx.contentType());
            boolean importing = ctx.path().equals("/api/import") || ctx.path().equals("/api/import/");
            if (!(JSON.equals(type) || importing && (MULTIPART.equals(type) || XLSX.equals(type)))) {
                throw new HttpResponseException(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(),
                        "Send the body as " + JSON
                                + (importing
                                        ? " (or CSV files or one .xlsx workbook as " + MULTIPART
                                                + ", or the workbook itself as " + XLSX + ")"
                                        : "")
                                + ", not as "
                                + (type == null ? "a body without a Content-Type" : type) + ".");
            }
        }
    }

    private static boolean hasBody(Context ctx) {
        String length = ctx.header("Content-Length");
        return ctx.contentType() != null
                || ctx.header("Transfer-Encoding") != null
                || length != null && !length.strip().equals("0");
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    /** {@code host[:port]} names a loopback address by a literal or {@code localhost}, on {@code port}. */
    static boolean isLocalAuthority(String authority, int port) {
        if (authority == null || authority.isBlank()) {
            return false;
        }
        String host;
        String portText;
        if (authority.startsWith("[")) {
            int end = authority.indexOf(']');
            if (end < 0) {
                return false;
            }
            host = authority.substring(0, end + 1);
            portText = authority.substring(end + 1);
        } else {
            int colon = authority.lastIndexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            portText = colon < 0 ? "" : authority.substring(colon);
        }
        int given;
        if (portText.isEmpty()) {
            given = 80;
        } else if (portText.matches(":\\d{1,5}")) {
            given = Integer.parseInt(portText.substring(1));
        } else {
            return false;
        }
        return given == port && isLoopbackName(host.toLowerCase(Locale.ROOT));
    }

    private static boolean isLoopbackName(String host) {
        return host.equals("localhost")
                || host.equals("[::1]")
                || LOOPBACK_V4.matcher(host).matches();
    }

    private static boolean isLocalOrigin(String origin, int port) {
        try {
            URI uri = new URI(origin);
            return "http".equalsIgnoreCase(uri.getScheme())
                    && uri.getRawAuthority() != null
                    && (uri.getPath() == null || uri.getPath().isEmpty())
                    && isLocalAuthority(uri.getRawAuthority(), port);
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
