package be.tafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.TafelApp;
import be.tafel.support.HttpJson;
import be.tafel.support.HttpJson.Response;
import be.tafel.support.TestServer;
import io.javalin.Javalin;
import io.javalin.router.ParsedEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written OpenAPI description against the routes the app really registers, and Swagger UI. */
class OpenApiTest {
    private static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
    private static final Pattern METHOD = Pattern.compile("^    (get|put|post|delete|patch|head|options):\\s*$");

    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    /** "GET /api/health" for every operation under {@code paths:} of the description. */
    static Set<String> described(String yaml) {
        Set<String> operations = new TreeSet<>();
        boolean inPaths = false;
        String path = null;
        for (String line : yaml.split("\n")) {
            if (!line.startsWith(" ") && !line.isBlank()) {
                inPaths = line.startsWith("paths:");
                continue;
            }
            if (!inPaths) {
                continue;
            }
            Matcher p = PATH.matcher(line);
            Matcher m = METHOD.matcher(line);
            if (p.matches()) {
                path = p.group(1);
            } else if (m.matches() && path != null) {
                operations.add(m.group(1).toUpperCase(Locale.ROOT) + " " + path);
            }
        }
        return operations;
    }

    /** "GET /api/health" for every HTTP route the app registers (Javalin 7's internal router). */
    static Set<String> registered() {
        Javalin app = TafelApp.create(TestServer.get().store()).start("127.0.0.1", 0);
        try {
            Set<String> routes = new TreeSet<>();
            for (ParsedEndpoint parsed : app.unsafe.internalRouter.allHttpHandlers()) {
                String method = parsed.endpoint.method.name();
                if (!method.equals("BEFORE")
                        && !method.equals("AFTER")
                        && !method.startsWith("BEFORE_")
                        && !method.startsWith("AFTER_")) {
                    routes.add(method + " " + parsed.endpoint.path);
                }
            }
            return routes;
        } finally {
            app.stop();
        }
    }

    private static String resource() throws IOException {
        try (InputStream in = OpenApiTest.class.getResourceAsStream(OpenApiRoutes.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void every_registered_route_is_described_and_every_described_route_is_registered() throws IOException {
        Set<String> described = described(resource());
        Set<String> registered = registered();
        Set<String> undocumented = new TreeSet<>(registered);
        undocumented.removeAll(described);
        Set<String> unserved = new TreeSet<>(described);
        unserved.removeAll(registered);
        assertTrue(undocumented.isEmpty(), "routes missing from src/main/resources/openapi.yaml: " + undocumented);
        assertTrue(unserved.isEmpty(), "described in openapi.yaml but not served: " + unserved);
        assertTrue(registered.contains("GET /api/analysis/centrality"), "sanity: " + registered);
    }

    @Test
    void the_description_is_served_as_yaml() throws IOException {
        Response response = http.get("/api/openapi.yaml");
        assertEquals(200, response.status());
        assertTrue(response.contentType().startsWith("application/yaml"), response.contentType());
        assertEquals(resource(), response.text());
        assertTrue(response.text().startsWith("openapi: 3.1."));
    }

    @Test
    void swagger_ui_is_served_from_the_app_itself() {
        Response page = http.get("/api/docs");
        assertEquals(200, page.status());
        Matcher script = Pattern.compile("src=\"(/webjars/swagger-ui/[^\"]+/swagger-ui-bundle\\.js)\"")
                .matcher(page.text());
        assertTrue(script.find(), page.text());
        assertTrue(page.text().contains("/api/openapi.yaml"));
        assertEquals(200, http.get(script.group(1)).status(), "the bundle comes from the webjar, not a CDN");
        assertEquals(
                200,
                http.get(script.group(1).replace("swagger-ui-bundle.js", "swagger-ui.css"))
                        .status());
    }
}
