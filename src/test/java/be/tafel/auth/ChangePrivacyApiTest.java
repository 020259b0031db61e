package be.tafel.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Family figures of the change, timeline, reach and flow answers under the small-count rules: analysts and
 * viewers never see a family id nor a family count under 5, and no total beside a masked count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangePrivacyApiTest extends WithRoleTokens {
    private static final List<String> PATHS = List.of(
            "/api/change?from=2025-01-31&to=2026-10-31",
            "/api/timeline?from=2025-06-30&to=2026-10-31&series=reach",
            "/api/reach?by=neighbourhood&from=2025-01-31&to=2026-10-31",
            "/api/analysis/referral-flows?by=partner&from=2024-01-01&to=2026-10-31");

    @Override
    protected void load() {
        TestServer.get().loadDemo();
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
                    assertTrue(shownSafely(n), path + ": " + n);
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
        assertFalse(loops.path("families").isNumber(), loops.toString());
    }

    @Test
    void the_timeline_csv_reads_every_family_count_as_the_json_does() {
        String path = "/api/timeline?from=2025-06-30&to=2026-10-31&series=reach";
        JsonNode json = app.client(analyst).get(path).asJson().json();
        Client.Answer csv = app.client(analyst).get(path + "&format=csv");
        assertEquals(200, csv.status());
        assertFalse(csv.text().contains("fam-"));
        List<String> dates = new ArrayList<>();
        json.get("dates").forEach(d -> dates.add(d.asText()));
        int rows = 0;
        for (String line : csv.text().split("\n")) {
            String[] f = line.split(",", -1);
            if (!f[1].startsWith("familiesReached.")) {
                continue;
            }
            JsonNode expected = json.get("familiesReached")
                    .get(f[1].substring("familiesReached.".length()))
                    .get(f[2])
                    .get(dates.indexOf(f[0]));
            assertEquals(expected.isNull() ? "" : expected.asText(), f[3], line);
            assertTrue(shownSafely(expected), line);
            rows++;
        }
        assertTrue(rows > 0, csv.text());
    }

    @Test
    void the_reach_totals_and_their_neighbourhoods_never_pin_a_masked_count() {
        for (String moment : List.of("2025-01-31", "2025-06-30", "2026-03-31", "2026-10-31")) {
            JsonNode reach = app.client(analyst)
                    .get("/api/change?from=2024-06-30&to=" + moment)
                    .asJson()
                    .json()
                    .get("reach");
            for (String side : List.of("familiesBefore", "familiesAfter")) {
                List<JsonNode> cells = new ArrayList<>();
                reach.get("by").get("neighbourhood").forEach(r -> cells.add(r.get(side)));
                assertFalse(
                        be.tafel.change.ChangeFamilyFiguresTest.pinned(reach.get(side), cells),
                        moment + " " + side + ": " + reach);
            }
        }
    }

    /** 0, 5 or more, a mask ("<5", "5+") or nothing: never 1 to 4. */
    private static boolean shownSafely(JsonNode n) {
        if (n == null || n.isNull()) {
            return true;
        }
        return n.isTextual() ? List.of("<5", "5+").contains(n.asText()) : n.asInt() == 0 || n.asInt() >= 5;
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
