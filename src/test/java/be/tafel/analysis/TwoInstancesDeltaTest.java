package be.tafel.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.store.StoreServer;
import be.tafel.support.ServiceProcess;
import be.tafel.support.SmallTown;
import be.tafel.web.WarmResponses;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two Tafel services, each in a JVM of its own, on one Neo4j reached over Bolt ({@code NEO4J_URI}): an edit made
 * through one is in the other's next answer, computed from the edit's graph version, and the other applied the
 * journal's delta to its in-memory views instead of projecting them from the store again.
 */
class TwoInstancesDeltaTest {
    private static final String PASSWORD = "two-instances-test";
    private static final String AT = "2026-06-01";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void an_edit_through_one_instance_is_in_the_others_next_answer_applied_as_a_delta() throws Exception {
        Path dir = Files.createTempDirectory("tafel-two-instances");
        try (StoreServer neo4j =
                StoreServer.start(dir.resolve("store"), "127.0.0.1", ServiceProcess.freePort(), PASSWORD)) {
            Map<String, String> env = Map.of("NEO4J_URI", neo4j.boltUri(), "NEO4J_PASSWORD", PASSWORD);
            try (ServiceProcess a = ServiceProcess.serve(dir.resolve("a.log"), env);
                    ServiceProcess b = ServiceProcess.serve(dir.resolve("b.log"), env)) {
                assertEquals(
                        200,
                        a.http()
                                .post("/api/import", SmallTown.document().toString())
                                .status());
                String collaboration = b.baseUrl() + "/api/analysis/summary?view=collaboration&at=" + AT;
                String ecosystem = b.baseUrl() + "/api/analysis/summary?view=ecosystem&at=" + AT;
                int collaborationEdges =
                        get(collaboration).json().at("/summary/edges").asInt();
                int ecosystemEdges = get(ecosystem).json().at("/summary/edges").asInt();
                JsonNode before = views(b);

                HttpResponse<String> edit = CLIENT.send(
                        HttpRequest.newBuilder(URI.create(a.baseUrl() + "/api/collaborations"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"a\": \"p-school\", \"b\": \"p-ocmw\", \"strength\": 3,"
                                                + " \"since\": \"2025-01-01\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, edit.statusCode(), edit.body());
                String version = edit.headers().firstValue("ETag").orElseThrow().replace("\"", "");

                Answer seen = get(collaboration);
                assertEquals(
                        collaborationEdges + 1, seen.json().at("/summary/edges").asInt(), "B sees A's new tie");
                assertEquals(version, seen.graphVersion(), "computed from the version A's edit produced");
                assertEquals(
                        ecosystemEdges + 1,
                        get(ecosystem).json().at("/summary/edges").asInt());
                JsonNode after = views(b);
                assertEquals(
                        before.get("projections").asLong(),
                        after.get("projections").asLong(),
                        "B projected no view again: " + after);
                assertEquals(
                        before.get("deltasApplied").asLong() + 2,
                        after.get("deltasApplied").asLong(),
                        "B applied the delta to both views: " + after);
            }
        }
    }

    private record Answer(JsonNode json, String graphVersion) {}

    private static Answer get(String url) throws Exception {
        HttpResponse<String> response =
                CLIENT.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        String version = response.headers()
                .firstValue(WarmResponses.GRAPH_VERSION)
                .orElseThrow(() -> new AssertionError("no " + WarmResponses.GRAPH_VERSION + " header on " + url));
        assertTrue(version.matches("\\d+"), "one graph version: " + version);
        return new Answer(JSON.readTree(response.body()), version);
    }

    private static JsonNode views(ServiceProcess service) throws Exception {
        return service.http().get("/api/health").json().get("views");
    }
}
