package be.tafel.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Family figures of the change, timeline, reach and flow answers under the small-count rules: analysts and
 * viewers never see a family id nor a family count under 5, and no total beside a masked count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangePrivacyApiTest {
    private static final List<String> PATHS = List.of(
            "/api/change?from=2025-01-31&to=2026-10-31",
            "/api/timeline?from=2025-06-30&to=2026-10-31&series=reach",
            "/api/reach?by=neighbourhood&from=2025-01-31&to=2026-10-31",
            "/api/analysis/referral-flows?by=partner&from=2024-01-01&to=2026-10-31");
    private SecuredApp app;
    private String broker;
    private String analyst;
    private String viewer;

    @BeforeAll
    void start() {
        TestServer.get().loadDemo();
        TokenStore tokens = SecuredApp.tokens();
        broker = tokens.create("broker", Role.BROKER).secret();
        analyst = tokens.create("analyst", Role.ANALYST).secret();
        viewer = tokens.create("viewer", Role.VIEWER).secret();
        app = SecuredApp.withTokens();
    }

    @AfterAll
    void stop() {
        app.close();
        SecuredApp.removeTokens();
    }

    @Test
    void analysts_and_viewers_see_no_family_id_and_no_family_count_under_five() {
        for (String token : List.of(analyst, viewer)) {
            for (String path : PATHS) {
                Client.Answer answer = app.client(token).get(path);
                assertEquals(200, answer.status(), path);
                assertFalse(answer.text().contains("fam-"), path);
                List<JsonNode> counts = new ArrayList<>();
                familyCounts(answer.asJson().json(), counts);
                assertFalse(counts.isEmpty(), path);
                for (JsonNode n : counts) {
                    assertTrue(
                            n.isTextual() ? n.asText().equals("<5") : n.asInt() == 0 || n.asInt() >= 5,
                            path + ": " + n);
                }
            }
        }
    }

    @Test
    void brokers_see_the_loop_families_and_small_counts_as_they_are() {
        Client.Answer answer = app.client(broker).get(PATHS.get(3));
        assertTrue(answer.text().contains("fam-"));
        assertFalse(answer.text().contains("\"<5\""));
        JsonNode loops = answer.asJson().json().get("loops");
        assertTrue(loops.get("families").isNumber());
    }

    @Test
    void a_total_beside_a_masked_loop_count_is_left_out() {
        JsonNode loops = app.client(analyst).get(PATHS.get(3)).asJson().json().get("loops");
        boolean masked = false;
        for (JsonNode p : loops.get("pairs")) {
            masked |= p.get("families").isTextual();
            assertFalse(p.has("familyIds"));
        }
        assertTrue(masked, loops.toString());
        assertFalse(loops.has("families"));
        assertTrue(loops.get("totalSuppressed").asBoolean());
    }

    @Test
    void a_column_with_one_masked_neighbourhood_masks_a_second_so_the_total_gives_nothing_away() {
        JsonNode reach = app.client(analyst)
                .get("/api/reach?by=neighbourhood&from=2025-01-31&to=2026-10-31")
                .asJson()
                .json();
        int points = reach.get("dates").size();
        for (int i = 0; i < points; i++) {
            int masked = 0;
            for (var entry : reach.get("families").properties()) {
                if (entry.getValue().get(i).isTextual()) {
                    masked++;
                }
            }
            assertTrue(masked != 1, "point " + i);
        }
    }

    /** Every value of a field whose name starts with "families" (the family counts). */
    private static void familyCounts(JsonNode node, List<JsonNode> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                // the change between two shown counts is not a count of its own
                if (e.getKey().startsWith("families")
                        && !e.getKey().equals("familyIds")
                        && !e.getKey().equals("familiesDelta")) {
                    if (e.getValue().isArray()) {
                        e.getValue().forEach(out::add);
                    } else if (e.getValue().isObject()) {
                        e.getValue().properties().forEach(g -> g.getValue().forEach(out::add));
                    } else {
                        out.add(e.getValue());
                    }
                } else {
                    familyCounts(e.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> familyCounts(n, out));
        }
    }
}
