package be.tafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.SmallTown;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Read-your-writes by default, bounded staleness on request: a write names the version holding it, a caller without
 * {@code Cache-Control: max-stale} reads that version at once, and a caller with it may be sent the kept answer of
 * the version before (naming that version, with its age) while the new one is computed in the background.
 */
class StaleAnswersTest {
    private static final String SUMMARY = "/api/analysis/summary?view=collaboration&at=2026-01-01";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestServer server = TestServer.get();
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void smallTown() throws Exception {
        server.reset();
        assertEquals(
                200, send(post("/api/import", SmallTown.document().toString())).statusCode());
    }

    @Test
    void a_write_names_its_version_and_the_next_read_without_max_stale_is_of_it() throws Exception {
        HttpResponse<String> before = get(SUMMARY, null);
        HttpResponse<String> write = send(post("/api/partners", newPartner("p-library")));
        assertEquals(201, write.statusCode(), write.body());
        long written = version(write);
        assertTrue(written > version(before), written + " after " + version(before));

        HttpResponse<String> after = get(SUMMARY, null);
        assertEquals(written, version(after));
        assertEquals(nodes(before) + 1, nodes(after));
        assertTrue(after.headers().firstValue("Age").isEmpty(), "a fresh answer has no age");
    }

    @Test
    void a_caller_accepting_staleness_gets_the_kept_answer_at_once_then_the_refreshed_one() throws Exception {
        HttpResponse<String> kept = get(SUMMARY, null); // of this town: the kept answer of a test before may be stale
        long written = version(send(post("/api/partners", newPartner("p-library"))));

        HttpResponse<String> stale = get(SUMMARY, "max-stale=6");
        assertEquals(kept.body(), stale.body());
        assertEquals(version(kept), version(stale), "it names the one version it was computed from");
        assertTrue(stale.headers().firstValue("Age").isPresent(), "a stale answer says its age");

        HttpResponse<String> refreshed = stale;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (version(refreshed) < written && System.nanoTime() < deadline) {
            Thread.sleep(50);
            refreshed = get(SUMMARY, "max-stale=6");
        }
        assertEquals(written, version(refreshed), "the background refresh brought the new version");
        assertEquals(nodes(kept) + 1, nodes(refreshed));
    }

    @Test
    void an_answer_stale_for_longer_than_accepted_is_not_sent() throws Exception {
        HttpResponse<String> kept = get(SUMMARY, null);
        long written = version(send(post("/api/partners", newPartner("p-library"))));
        Thread.sleep(1_200); // the kept answer has not been the graph's for 1.2 s

        HttpResponse<String> answer = get(SUMMARY, "max-stale=1");
        assertEquals(written, version(answer));
        assertNotEquals(kept.body(), answer.body());
    }

    @Test
    void after_an_erasure_no_answer_of_before_it_is_sent_however_stale_accepted() throws Exception {
        String ecosystem = "/api/analysis/summary?view=ecosystem&at=2026-01-01";
        HttpResponse<String> kept = get(ecosystem, null);
        HttpResponse<String> erased = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/families/f-1"))
                .DELETE()
                .build());
        assertEquals(204, erased.statusCode(), erased.body());

        HttpResponse<String> after = get(ecosystem, "max-stale=60");
        assertEquals(version(erased), version(after));
        assertEquals(nodes(kept) - 1, nodes(after), "the erased family is gone from the very next answer");
    }

    @Test
    void max_stale_zero_or_malformed_asks_for_the_current_version() throws Exception {
        get(SUMMARY, null);
        long first = version(send(post("/api/partners", newPartner("p-library"))));
        assertEquals(first, version(get(SUMMARY, "max-stale=0")));
        long second = version(send(post("/api/partners", newPartner("p-museum"))));
        assertEquals(second, version(get(SUMMARY, "max-stale=soon")));
    }

    private static String newPartner(String id) {
        return "{\"id\": \"" + id + "\", \"name\": \"" + id + "\", \"sector\": \"library\", \"kind\": \"public\"}";
    }

    private HttpResponse<String> get(String path, String cacheControl) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
        if (cacheControl != null) {
            request.header("Cache-Control", cacheControl);
        }
        HttpResponse<String> response = send(request.GET().build());
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static long version(HttpResponse<String> response) {
        String version = response.headers()
                .firstValue(WarmResponses.GRAPH_VERSION)
                .orElseThrow(() -> new AssertionError("no graph version on " + response.uri()));
        return Long.parseLong(version);
    }

    private static int nodes(HttpResponse<String> response) throws IOException {
        JsonNode summary = JSON.readTree(response.body()).get("summary");
        return summary.get("nodes").asInt();
    }
}
