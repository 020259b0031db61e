package be.tafel.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.FamilyLeaks;
import be.tafel.support.SmallTown;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Families in the analyses, as viewers and analysts read them: no family id in any analysis, and no count of
 * 1 to 4, shown or worked out from a total and the other figures. The town: the small town with families added
 * so that Noord has 1, Zuid 6 and West 7, all using the homework class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FamilyPrivacyApiTest extends WithRoleTokens {
    private static final List<String> ANALYSES = List.of(
            "/api/analysis/centrality?view=ecosystem",
            "/api/analysis/communities?view=ecosystem",
            "/api/analysis/bridges?view=ecosystem",
            "/api/analysis/missing-links?view=ecosystem&limit=500",
            "/api/analysis/missing-links?view=ecosystem&method=common-neighbours&limit=500",
            "/api/analysis/missing-links?method=shared-families",
            "/api/graph?view=ecosystem",
            "/api/what-if?remove=p-school",
            "/api/tables/t-steering/analysis",
            "/api/tables/t-steering/compare?from=2024-06-01");

    private final Set<String> familyIds = new HashSet<>();

    @Override
    protected void load() {
        TestServer.get().reset();
        ObjectNode doc = SmallTown.document();
        ArrayNode families = (ArrayNode) doc.get("families");
        ArrayNode uses = (ArrayNode) doc.get("uses");
        for (Map.Entry<String, Integer> place : Map.of("Zuid", 5, "West", 7).entrySet()) {
            for (int i = 0; i < place.getValue(); i++) {
                String id = "f-" + place.getKey().toLowerCase() + "-" + i;
                families.addObject()
                        .put("id", id)
                        .put("neighbourhood", place.getKey())
                        .putArray("needs")
                        .add("education");
                uses.addObject().put("family", id).put("service", "s-homework").put("since", "2024-09-01");
            }
        }
        families.forEach(f -> familyIds.add(f.get("id").asText()));
        assertEquals(200, TestServer.get().http().post("/api/import", doc).status());
    }

    @Test
    void no_analysis_names_a_family_to_viewers_or_analysts() {
        for (String token : List.of(viewer, analyst)) {
            for (String path : ANALYSES) {
                Client.Answer answer = app.client(token).get(path);
                assertEquals(200, answer.status(), path + ": " + answer.text());
                for (String id : familyIds) {
                    assertFalse(answer.text().contains("\"" + id + "\""), path + " names " + id);
                }
            }
        }
    }

    @Test
    void the_analyses_say_how_many_family_rows_they_left_out() {
        JsonNode centrality = app.client(viewer)
                .get("/api/analysis/centrality?view=ecosystem")
                .asJson()
                .json();
        assertEquals(14, centrality.get("familiesLeftOut").asInt());
        centrality.get("nodes").forEach(n -> assertFalse(n.get("id").asText().startsWith("f-")));
        JsonNode bridges = app.client(analyst)
                .get("/api/analysis/bridges?view=ecosystem")
                .asJson()
                .json();
        assertNotNull(bridges.get("familiesLeftOut"));
        JsonNode communities = app.client(viewer)
                .get("/api/analysis/communities?view=ecosystem")
                .asJson()
                .json();
        int members = 0;
        for (JsonNode c : communities.get("communities")) {
            members += c.get("members").size();
        }
        assertEquals(7, members, "four partners, the person, the service and the table; no family");
    }

    @Test
    void brokers_still_see_every_family_by_id() {
        String centrality = app.client(broker)
                .get("/api/analysis/centrality?view=ecosystem")
                .text();
        familyIds.forEach(id -> assertTrue(centrality.contains("\"" + id + "\""), id));
        JsonNode bridges = app.client(broker)
                .get("/api/analysis/bridges?view=ecosystem")
                .asJson()
                .json();
        assertTrue(bridges.get("bridges").toString().contains("\"f-1\""));
        assertTrue(bridges.get("familiesLeftOut") == null
                || bridges.get("familiesLeftOut").isNull());
    }

    /** The map's groups: Noord 1 is masked, and the total minus the others no longer gives it back. */
    @Test
    void the_map_total_minus_the_other_groups_does_not_give_a_masked_group_back() {
        for (String token : List.of(viewer, analyst)) {
            JsonNode graph =
                    app.client(token).get("/api/graph?view=ecosystem").asJson().json();
            List<JsonNode> counts = new ArrayList<>();
            for (JsonNode node : graph.get("nodes")) {
                if (node.get("data").get("type").asText().equals("family-group")) {
                    counts.add(node.get("data").get("count"));
                }
            }
            assertEquals(3, counts.size());
            assertTrue(counts.stream().anyMatch(c -> c.asText().equals("<5")), counts.toString());
            assertUnpinned(graph.get("families"), counts);
        }
        JsonNode asBroker =
                app.client(broker).get("/api/graph?view=ecosystem").asJson().json();
        assertEquals(14, asBroker.get("families").asInt());
    }

    /** A bridge figure's families and what it cuts off in all: the total minus the rest must not give them. */
    @Test
    void a_bridge_figures_total_cut_off_does_not_give_its_masked_families_back() {
        JsonNode bridges = app.client(viewer)
                .get("/api/analysis/bridges?view=ecosystem")
                .asJson()
                .json();
        JsonNode broker = app.client(this.broker)
                .get("/api/analysis/bridges?view=ecosystem")
                .asJson()
                .json();
        boolean sawMasked = false;
        for (int i = 0; i < bridges.get("bridgeFigures").size(); i++) {
            JsonNode f = bridges.get("bridgeFigures").get(i);
            int exact = broker.get("bridgeFigures").get(i).get("families").asInt();
            if (exact > 0 && exact < 5) {
                sawMasked = true;
                assertEquals("<5", f.get("families").asText());
                assertFalse(
                        f.get("cutOff").isNumber(), "cutOff " + f.get("cutOff") + " minus the rest gives the families");
            }
        }
        for (JsonNode f : bridges.get("bridgeFigures")) {
            if (f.get("families").isNumber()) {
                assertTrue(f.get("families").asInt() == 0 || f.get("families").asInt() >= 5, f.toString());
            }
        }
        assertTrue(sawMasked || bridges.get("bridgeFigures").size() > 0);
    }

    /** A differencing attack: the summary's nodes less the rows centrality lists are the families of the view. */
    @Test
    void a_neighbourhoods_summary_less_its_listed_vertices_does_not_give_a_small_family_count() {
        for (String token : List.of(viewer, analyst)) {
            for (String place : List.of("Noord", "Zuid", "West")) {
                String filter = "?view=ecosystem&neighbourhood=" + place;
                Client.Answer summary = app.client(token).get("/api/analysis/summary" + filter);
                JsonNode centrality = app.client(token)
                        .get("/api/analysis/centrality" + filter)
                        .asJson()
                        .json();
                if (summary.status() == 200) {
                    int families =
                            summary.asJson().json().get("summary").get("nodes").asInt()
                                    - centrality.get("total").asInt();
                    assertTrue(families == 0 || families >= 5, place + ": " + families + " families");
                } else {
                    assertEquals(403, summary.status(), place);
                }
            }
        }
        assertEquals(
                200,
                app.client(broker)
                        .get("/api/analysis/summary?view=ecosystem&neighbourhood=Noord")
                        .status());
    }

    /** With the map's groups, the whole view's summary (nodes less listed vertices) would pin a masked group. */
    @Test
    void the_whole_views_summary_is_not_given_while_a_neighbourhood_group_is_masked() {
        for (String token : List.of(viewer, analyst)) {
            assertEquals(
                    403,
                    app.client(token)
                            .get("/api/analysis/summary?view=ecosystem")
                            .status());
        }
        assertEquals(
                200,
                app.client(broker).get("/api/analysis/summary?view=ecosystem").status());
    }

    /** The map's counts (every family on its own) would give back what the refused summary would. */
    @Test
    void the_maps_count_of_the_view_is_left_out_where_the_summary_is_refused() {
        for (String token : List.of(viewer, analyst)) {
            for (String filter : List.of("?view=ecosystem", "?view=ecosystem&neighbourhood=Noord")) {
                JsonNode graph =
                        app.client(token).get("/api/graph" + filter).asJson().json();
                assertTrue(
                        graph.path("inView").isMissingNode()
                                || graph.get("inView").isNull(),
                        filter + ": " + graph.get("inView"));
            }
            JsonNode collaboration = app.client(token)
                    .get("/api/graph?view=collaboration")
                    .asJson()
                    .json();
            assertTrue(collaboration.at("/inView/nodes").asInt() > 0, "a view without families is counted");
        }
        assertTrue(app.client(broker)
                        .get("/api/graph?view=ecosystem")
                        .asJson()
                        .json()
                        .at("/inView/nodes")
                        .asInt()
                > 0);
    }

    /** The relevance sums its parts: where its shared families read "<5", the score must not give them back. */
    @Test
    void a_missing_partners_relevance_is_masked_with_its_shared_families() {
        int masked = 0;
        for (JsonNode m : app.client(analyst)
                .get("/api/tables/t-steering/analysis?at=2025-06-30")
                .asJson()
                .json()
                .get("missing")) {
            for (JsonNode reason : m.get("reasons")) {
                if (reason.get("kind").asText().equals("shared-families")
                        && reason.get("value").isTextual()) {
                    masked++;
                    assertTrue(m.get("score").isNull(), m.toString());
                }
            }
        }
        assertTrue(masked > 0, "the small town has a missing partner sharing 1 to 4 families with members");
        JsonNode first = app.client(broker)
                .get("/api/tables/t-steering/analysis?at=2025-06-30")
                .asJson()
                .json()
                .get("missing")
                .get(0);
        assertTrue(first.get("score").isNumber(), first.toString());
    }

    @Test
    void strengths_in_the_shared_families_view_are_family_counts_and_masked() {
        JsonNode nodes = app.client(viewer)
                .get("/api/analysis/centrality?view=shared-families&weighted=true&at=2025-01-20")
                .asJson()
                .json()
                .get("nodes");
        boolean masked = false;
        for (JsonNode n : nodes) {
            JsonNode strength = n.get("strength");
            assertTrue(!strength.isNumber() || strength.asDouble() == 0 || strength.asDouble() >= 5, n.toString());
            masked |= strength.asText().equals("<5");
        }
        assertTrue(masked, nodes.toString());
    }

    @Test
    void table_analysis_compare_and_what_if_show_no_count_from_1_to_4() {
        for (String path : List.of(
                "/api/tables/t-steering/analysis",
                "/api/tables/t-steering/compare?from=2024-06-01",
                "/api/what-if?remove=p-school",
                "/api/what-if?remove=pe-bridge",
                "/api/analysis/missing-links?method=shared-families")) {
            JsonNode answer = app.client(analyst).get(path).asJson().json();
            List<String> small = FamilyLeaks.smallCounts(answer);
            assertTrue(small.isEmpty(), path + " shows " + small);
            assertFalse(answer.toString().matches(".*reaches [1-4] famil.*"), path);
            assertFalse(answer.toString().matches(".*needed by [1-4] famil.*"), path);
        }
    }

    /** An attacker's exhaustive search: every masked cell must fit more than one value. */
    private static void assertUnpinned(JsonNode total, List<JsonNode> cells) {
        int known = 0;
        List<Integer> masked = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).isNumber()) {
                known += cells.get(i).asInt();
            } else {
                masked.add(i);
            }
        }
        for (int target : masked) {
            Set<Integer> values = new HashSet<>();
            fit(cells, masked, 0, new int[cells.size()], known, total, target, values);
            assertTrue(
                    values.size() > 1,
                    "group " + target + " of " + cells + " (total " + total + ") can only be " + values);
        }
    }

    private static void fit(
            List<JsonNode> cells,
            List<Integer> masked,
            int at,
            int[] chosen,
            int sum,
            JsonNode total,
            int target,
            Set<Integer> values) {
        if (at == masked.size()) {
            if (!total.isNumber() || total.asInt() == sum) {
                values.add(chosen[target]);
            }
            return;
        }
        int cell = masked.get(at);
        boolean small = cells.get(cell).asText().equals("<5");
        for (int v = small ? 1 : 5; v <= (small ? 4 : 60); v++) {
            chosen[cell] = v;
            fit(cells, masked, at + 1, chosen, sum + v, total, target, values);
        }
    }
}
