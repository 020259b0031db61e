package be.tafel.web;

import io.javalin.http.Context;

/**
 * The headers every answer carries: a Content-Security-Policy that lets the browser load scripts, styles,
 * images and API calls from this server only (no inline script, no framing), no MIME sniffing, and no
 * referrer sent to other sites.
 */
public final class SecurityHeaders {
    /**
     * The one inline style the app needs: the rule Cytoscape.js 3.33.1 puts in a style element for its
     * container ({@code position: relative}), allowed by its hash and nothing else (the browser console
     * names the hash when it blocks it; change it with the Cytoscape version).
     */
    static final String CYTOSCAPE_STYLE = "sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8=";

    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self';"
            + " style-src 'self' '" + CYTOSCAPE_STYLE + "'; img-src 'self'; connect-src 'self'; font-src 'self';"
            + " manifest-src 'self'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    /**
     * Swagger UI at {@code /api/docs} starts from an inline script and sets inline styles; the page shows no
     * data, so it alone may run inline code.
     */
    public static final String DOCS_POLICY = "default-src 'none'; script-src 'self' 'unsafe-inline';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", ctx.path().equals("/api/docs") ? DOCS_POLICY : CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        if (ctx.path().startsWith("/api")) {
            ctx.header("Cache-Control", "no-store");
        }
    }
}
