package be.tafel.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * {@code GET /api/openapi.yaml}: the hand-written OpenAPI 3.1 description; {@code GET /api/docs}: Swagger
 * UI over it, from the swagger-ui webjar the app serves itself (no CDN, works offline).
 */
public final class OpenApiRoutes {
    /** Where the description lives on the class path. */
    public static final String RESOURCE = "/openapi.yaml";

    private final byte[] description;
    private final String page;

    public OpenApiRoutes() {
        this.description = read(RESOURCE);
        String ui = "/webjars/swagger-ui/" + swaggerUiVersion();
        this.page = """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>Tafel API</title>
                  <link rel="stylesheet" href="%1$s/swagger-ui.css">
                </head>
                <body>
                  <div id="swagger-ui"></div>
                  <script src="%1$s/swagger-ui-bundle.js"></script>
                  <script>
                    window.ui = SwaggerUIBundle({url: "/api/openapi.yaml", dom_id: "#swagger-ui", deepLinking: true});
                  </script>
                </body>
                </html>
                """.formatted(ui);
    }

    public void description(Context ctx) {
        ctx.contentType("application/yaml; charset=utf-8").result(description);
    }

    public void docs(Context ctx) {
        ctx.html(page);
    }

    private static String swaggerUiVersion() {
        try (InputStream in =
                OpenApiRoutes.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "5.34.1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
