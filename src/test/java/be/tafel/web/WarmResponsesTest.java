package be.tafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import be.tafel.support.HttpJson.Response;
import be.tafel.support.SmallTown;
import be.tafel.support.TestServer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Answers kept per graph version: a repeat comes from memory, a write makes the next answer new. */
class WarmResponsesTest {
    private static final String SUMMARY = "/api/analysis/summary?view=collaboration&at=2026-01-01";

    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    @Test
    void a_repeat_is_sent_from_memory_and_a_write_is_seen_by_the_next_answer() {
        server.reset();
        assertEquals(
                200, http.post("/api/import", SmallTown.document().toString()).status());

        Response first = http.get(SUMMARY);
        double hitsBefore = responseCacheHits();
        Response repeat = http.get(SUMMARY);
        assertEquals(first.text(), repeat.text());
        assertEquals(first.contentType(), repeat.contentType());
        assertEquals(hitsBefore + 1, responseCacheHits());

        assertEquals(200, http.post("/api/import", """
                {"partners": [{"id": "p-library", "name": "Bibliotheek", "sector": "library", "kind": "public"}]}""").status());
        Response afterWrite = http.get(SUMMARY);
        assertEquals(
                first.json().get("summary").get("nodes").asInt() + 1,
                afterWrite.json().get("summary").get("nodes").asInt());
        assertEquals(hitsBefore + 1, responseCacheHits(), "the answer after the write was computed anew");
    }

    @Test
    void errors_are_not_kept() {
        Response bad = http.get("/api/analysis/summary?view=nonsense");
        assertEquals(400, bad.status());
        double hits = responseCacheHits();
        assertEquals(400, http.get("/api/analysis/summary?view=nonsense").status());
        assertEquals(hits, responseCacheHits());
    }

    private double responseCacheHits() {
        String metrics = http.get("/metrics").text();
        Matcher m = Pattern.compile("(?m)^tafel_response_cache_hits_total ([0-9.eE+]+)$")
                .matcher(metrics);
        assertTrue(m.find(), "no tafel_response_cache_hits_total in the metrics:\n" + metrics);
        return Double.parseDouble(m.group(1));
    }
}
