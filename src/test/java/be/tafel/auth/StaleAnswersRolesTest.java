package be.tafel.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.web.WarmResponses;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Stale answers where tokens are required: the background refresh of an analyst's stale answer asks as that
 * analyst (so it passes the token check and is kept for the analyst's role), and a write names its version.
 */
class StaleAnswersRolesTest extends WithRoleTokens {
    private static final String SUMMARY = "/api/analysis/summary?view=collaboration&at=2026-01-01";

    @Test
    void an_analysts_stale_answer_is_refreshed_as_that_analyst() throws InterruptedException {
        Client asAnalyst = app.client(analyst);
        Client.Answer kept = asAnalyst.get(SUMMARY);
        assertEquals(200, kept.status(), kept.text());

        Client.Answer write = app.client(broker)
                .post(
                        "/api/partners",
                        "{\"id\": \"p-museum\", \"name\": \"Museum\", \"sector\": \"culture\","
                                + " \"kind\": \"public\"}");
        assertEquals(201, write.status(), write.text());
        long written = version(write);

        Client.Answer stale = asAnalyst.get(SUMMARY, "Cache-Control", "max-stale=6");
        assertEquals(200, stale.status(), stale.text());
        assertEquals(version(kept), version(stale));
        assertNotNull(stale.header("Age"));

        Client.Answer refreshed = stale;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (version(refreshed) < written && System.nanoTime() < deadline) {
            Thread.sleep(50);
            refreshed = asAnalyst.get(SUMMARY, "Cache-Control", "max-stale=6");
        }
        assertEquals(written, version(refreshed), "the refresh passed the token check as the analyst");
        assertTrue(refreshed.asJson().json().get("summary").get("nodes").asInt()
                > kept.asJson().json().get("summary").get("nodes").asInt());
    }

    @Test
    void without_a_token_no_answer_is_sent_stale_or_not() {
        Client.Answer refused = app.client(null).get(SUMMARY, "Cache-Control", "max-stale=60");
        assertEquals(401, refused.status(), refused.text());
    }

    private static long version(Client.Answer answer) {
        String version = answer.header(WarmResponses.GRAPH_VERSION);
        assertNotNull(version, "no graph version: " + answer.text());
        return Long.parseLong(version);
    }
}
