package be.tafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import be.tafel.TafelApp;
import be.tafel.auth.Role;
import be.tafel.auth.SecuritySettings;
import be.tafel.auth.TokenStore;
import be.tafel.support.FamilyLeaks;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Walks every GET operation of {@code openapi.yaml} on the demo town, as a viewer and as an analyst, with every
 * value of every enumerated or boolean query parameter (every view, format, sort, method…), and fails on any
 * family id in an answer or a file, and on any family count from 1 to 4 shown in JSON; with a trailing slash
 * and a doubled slash too. Routes added to the
 * description later are walked without changing this test; a required parameter it cannot fill fails it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiPrivacyWalkTest {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Javalin app;
    private String broker;
    /** Path parameters no collection lists, such as a survey link's token. */
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    /** A closed survey wave with one tie, tried as the value of every {@code wave} query parameter. */
    private String closedWave;

    private final Map<String, String> readers = new LinkedHashMap<>();
    private Set<String> familyIds;
    private JsonNode api;

    @BeforeAll
    void start() throws IOException {
        TestServer.get().loadDemo();
        TokenStore tokens = new TokenStore(TestServer.get().store());
        broker = tokens.create("walk broker", Role.BROKER).secret();
        readers.put("viewer", tokens.create("walk viewer", Role.VIEWER).secret());
        readers.put("analyst", tokens.create("walk analyst", Role.ANALYST).secret());
        app = TafelApp.create(
                        TestServer.get().store(),
                        SecuritySettings.open().withTokensRequired(true).withRequestsPerMinute(0))
                .start("127.0.0.1", 0);
        familyIds = new HashSet<>(TestServer.get()
                .store()
                .read(tx -> tx.run("MATCH (f:Family) RETURN f.id AS id")
                        .list(r -> r.get("id").asString())));
        try (InputStream in = OpenApiPrivacyWalkTest.class.getResourceAsStream("/openapi.yaml")) {
            api = new YAMLMapper().readTree(in);
        }
        instancesTheDemoLacks();
    }

    /**
     * What the demo does not hold but routes read: an introduction, a meeting session and a survey wave (whose
     * first link's token fills {@code {token}}), made by the broker through the API.
     */
    private void instancesTheDemoLacks() throws IOException {
        String a = firstId("/api/partners");
        String b = JSON.readTree(send("/api/partners?limit=2", broker).text())
                .get("items")
                .get(1)
                .get("id")
                .asText();
        String person = firstId("/api/persons");
        String table = firstId("/api/tables");
        String today = LocalDate.now().toString();
        post(
                "/api/introductions",
                Map.of(
                        "a",
                        a,
                        "b",
                        b,
                        "owner",
                        person,
                        "due",
                        LocalDate.now().plusMonths(2).toString()));
        post(
                "/api/tables/" + encode(table) + "/sessions",
                Map.of(
                        "date",
                        today,
                        "notes",
                        "walk",
                        "partners",
                        List.of(),
                        "ties",
                        List.of(),
                        "actors",
                        List.of(Map.of("id", a, "influence", 3, "stance", "neutral"))));
        JsonNode wave = post(
                "/api/surveys",
                Map.of(
                        "name",
                        "walk",
                        "partners",
                        List.of(a, b),
                        "closes",
                        LocalDate.now().plusDays(30).toString()));
        pathValues.put("token", wave.get("links").get(0).get("token").asText());
        pathValues.put("partner", a);
        closedWave = closedWave(a, b);
    }

    /** A wave in which {@code a} named {@code b} and a missing organisation, closed: the value of {@code wave}. */
    private String closedWave(String a, String b) throws IOException {
        JsonNode wave = post(
                "/api/surveys",
                Map.of(
                        "name",
                        "walk closed",
                        "partners",
                        List.of(a, b),
                        "closes",
                        LocalDate.now().plusDays(30).toString()));
        String token = wave.get("links").get(0).get("token").asText();
        Map<String, Object> tie = Map.of(
                "partner",
                b,
                "kinds",
                List.of(),
                "trust",
                Map.of("openness", 3, "reliability", 3, "mission", 3),
                "value",
                Map.of("influence", 2, "involvement", 2, "resources", 2));
        HttpRequest answer = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.port() + "/api/survey/" + token))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("ties", List.of(tie), "missing", List.of("Walk Library"), "submit", true))))
                .build();
        try {
            HttpResponse<String> r = HTTP.send(answer, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String id = wave.get("id").asText();
        post("/api/surveys/" + id + "/close", Map.of());
        return id;
    }

    private JsonNode post(String path, Map<String, Object> body) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + broker)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() < 300, "POST " + path + ": " + r.statusCode() + " " + r.body());
            return JSON.readTree(r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    void stop() {
        app.stop();
        TestServer.get()
                .store()
                .writeUnversioned(
                        tx -> tx.run("MATCH (t:TafelToken) DETACH DELETE t").consume());
    }

    @Test
    void the_demo_has_families_with_fam_ids() {
        assertTrue(familyIds.size() > 100, "families: " + familyIds.size());
        assertTrue(familyIds.stream().allMatch(id -> id.startsWith("fam-")));
    }

    @Test
    void no_get_route_gives_viewers_or_analysts_a_family_id_or_a_count_under_five() throws IOException {
        List<String> leaks = new ArrayList<>();
        int requests = 0;
        int answered = 0;
        for (var path : api.get("paths").properties()) {
            JsonNode get = path.getValue().get("get");
            if (get == null) {
                continue;
            }
            List<String> queries = queries(path.getKey(), parameters(get));
            String route = fill(path.getKey());
            assertNotNull(
                    route, "GET " + path.getKey() + ": the demo has nothing to fill it with; create it in start()");
            Answer base = send(route + queries.getFirst(), broker);
            assertEquals(200, base.status(), "GET " + route + queries.getFirst() + " as broker: " + base.text());
            List<String> requested =
                    new ArrayList<>(queries.stream().map(q -> route + q).toList());
            for (String query : queries) {
                if (query.equals(queries.getFirst()) || query.matches("\\?(.*&)?view=[^&]*")) {
                    // the same route spelled otherwise, which Javalin serves with the same handler
                    requested.add(route + "/" + query);
                    requested.add(route.replaceFirst("^/api/", "/api//") + query);
                }
            }
            for (String request : requested) {
                for (Map.Entry<String, String> reader : readers.entrySet()) {
                    Answer answer = send(request, reader.getValue());
                    requests++;
                    String where = reader.getKey() + " GET " + request;
                    assertTrue(answer.status() < 500, where + " answered " + answer.status() + ": " + answer.text());
                    if (answer.status() != 200) {
                        continue;
                    }
                    answered++;
                    Set<String> named = FamilyLeaks.namedFamilies(answer.text(), familyIds);
                    if (!named.isEmpty()) {
                        leaks.add(where + " names " + named.size() + " families, e.g. "
                                + named.iterator().next());
                    }
                    if (answer.isJson()) {
                        List<String> small = FamilyLeaks.smallCounts(JSON.readTree(answer.text()));
                        if (!small.isEmpty()) {
                            leaks.add(where + " shows " + small.subList(0, Math.min(3, small.size())));
                        }
                    }
                }
            }
        }
        assertTrue(requests > 200 && answered > 100, requests + " requests, " + answered + " answered 200");
        if (!leaks.isEmpty()) {
            fail(leaks.size() + " leaks:\n" + String.join("\n", leaks.subList(0, Math.min(40, leaks.size()))));
        }
    }

    /** One parameter of an operation, with its {@code $ref} followed. */
    private record Parameter(String name, String in, boolean required, JsonNode schema) {}

    private List<Parameter> parameters(JsonNode operation) {
        List<Parameter> list = new ArrayList<>();
        for (JsonNode p : operation.path("parameters")) {
            JsonNode param = resolve(p);
            list.add(new Parameter(
                    param.get("name").asText(),
                    param.path("in").asText(),
                    param.path("required").asBoolean(),
                    resolve(param.path("schema"))));
        }
        return list;
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            JsonNode target = api;
            for (String part : node.get("$ref").asText().substring(2).split("/")) {
                target = target.get(part);
            }
            node = target;
        }
        return node;
    }

    /**
     * The query strings to try: the required parameters alone, then each view (when the operation takes one)
     * with each value of each other enumerated or boolean parameter added, one at a time.
     */
    private List<String> queries(String route, List<Parameter> parameters) {
        Map<String, String> required = new LinkedHashMap<>();
        List<List<String>> choices = new ArrayList<>();
        List<String> views = new ArrayList<>();
        views.add(null);
        for (Parameter p : parameters) {
            if (!p.in().equals("query")) {
                continue;
            }
            if (p.required()) {
                required.put(p.name(), requiredValue(route, p.name()));
                continue;
            }
            List<String> values = new ArrayList<>();
            p.schema().path("enum").forEach(v -> values.add(v.asText()));
            if (p.schema().path("type").asText().equals("boolean")) {
                values.addAll(List.of("true", "false"));
            }
            if (p.name().equals("wave")) {
                values.add(closedWave);
            }
            if (p.name().equals("view")) {
                views.addAll(values);
            } else if (!values.isEmpty()) {
                choices.add(values.stream().map(v -> p.name() + "=" + encode(v)).toList());
            }
        }
        String base = String.join(
                "&",
                required.entrySet().stream()
                        .map(e -> e.getKey() + "=" + encode(e.getValue()))
                        .toList());
        List<String> queries = new ArrayList<>();
        for (String view : views) {
            String withView = view == null ? base : join(base, "view=" + view);
            queries.add(withView);
            for (List<String> choice : choices) {
                choice.forEach(c -> queries.add(join(withView, c)));
            }
        }
        return queries.stream().map(q -> q.isEmpty() ? "" : "?" + q).distinct().toList();
    }

    private String requiredValue(String route, String name) {
        return switch (name) {
            case "remove" -> firstId("/api/partners");
            case "from" -> LocalDate.now().minusYears(1).toString();
            case "to" -> LocalDate.now().toString();
            default -> throw new AssertionError("GET " + route + " requires '" + name + "': teach this walk a value");
        };
    }

    /**
     * The route with each path parameter ({@code {id}}, {@code {sid}}, …) filled with the first id of the
     * collection before it, or null when that collection is empty (nothing to walk).
     */
    private String fill(String route) {
        int open = route.indexOf('{');
        while (open >= 0) {
            int close = route.indexOf('}', open);
            String name = route.substring(open + 1, close);
            String id = pathValues.containsKey(name) ? pathValues.get(name) : firstId(route.substring(0, open - 1));
            if (id == null) {
                return null;
            }
            route = route.substring(0, open) + encode(id) + route.substring(close + 1);
            open = route.indexOf('{');
        }
        return route;
    }

    /** The first id a broker reads from a collection: a page's items, a bare list, or an object's first list. */
    private String firstId(String collection) {
        Answer page = send(collection + "?limit=1", broker);
        try {
            JsonNode json = JSON.readTree(page.text());
            JsonNode items = json.isArray() ? json : json.get("items");
            if (items == null) {
                for (JsonNode field : json) {
                    if (field.isArray()) {
                        items = field;
                        break;
                    }
                }
            }
            return items == null || items.isEmpty()
                    ? null
                    : items.get(0).get("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "&" + b;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Answer(int status, String contentType, String text) {
        boolean isJson() {
            return contentType != null && contentType.contains("json");
        }
    }

    private Answer send(String pathAndQuery, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        try {
            HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String type = r.headers().firstValue("Content-Type").orElse(null);
            return new Answer(r.statusCode(), type, text(r.body(), type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body as text; a zip (the CSV export) as the text of all its entries. */
    private static String text(byte[] body, String type) throws IOException {
        if (type == null || !type.contains("zip")) {
            return new String(body, StandardCharsets.UTF_8);
        }
        StringBuilder all = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                all.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8))
                        .append('\n');
            }
        }
        return all.toString();
    }
}
