package be.tafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import be.tafel.support.HttpJson.Response;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Zachary's karate club through the real import and API, against NetworkX's values. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisApiTest {
    private static final double TOLERANCE = 1e-6;
    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();
    private JsonNode reference;

    @BeforeAll
    void importKarateClub() throws IOException {
        server.reset();
        try (InputStream in = getClass().getResourceAsStream("/reference/karate-club.json")) {
            reference = new ObjectMapper().readTree(in);
        }
        ObjectNode document = new ObjectMapper().createObjectNode();
        ArrayNode partners = document.putArray("partners");
        reference
                .get("partners")
                .forEach(p -> partners.addObject()
                        .put("id", p.get("id").asText())
                        .put("name", p.get("name").asText())
                        .put("sector", p.get("club").asText()));
        document.set("collaborations", reference.get("collaborations"));
        Response imported = http.post("/api/import", document);
        assertEquals(200, imported.status(), imported.text());
    }

    private Map<String, JsonNode> centrality(String query) {
        Response response = http.get("/api/analysis/centrality?view=collaboration" + query);
        assertEquals(200, response.status(), response.text());
        Map<String, JsonNode> byId = new HashMap<>();
        response.json().get("nodes").forEach(n -> byId.put(n.get("id").asText(), n));
        return byId;
    }

    private void assertScores(String field, JsonNode expected, Map<String, JsonNode> actual) {
        assertEquals(expected.size(), actual.size());
        expected.properties()
                .forEach(e -> assertEquals(
                        e.getValue().asDouble(),
                        actual.get(e.getKey()).get(field).asDouble(),
                        TOLERANCE,
                        field + " of " + e.getKey()));
    }

    @Nested
    class Unweighted {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "betweenness",
                    "closeness",
                    "harmonic",
                    "pagerank",
                    "eigenvector",
                    "clustering",
                    "constraint",
                    "effectiveSize"
                })
        void every_score_matches_networkx(String score) {
            assertScores(score, reference.at("/unweighted/" + score), centrality(""));
        }

        @Test
        void degree_is_the_raw_count() {
            assertEquals(16, centrality("").get("m00").get("degree").asInt());
            assertEquals(17, centrality("").get("m33").get("degree").asInt());
        }

        @Test
        void the_summary_matches_networkx() {
            JsonNode summary =
                    http.get("/api/analysis/summary?view=collaboration").json().get("summary");
            JsonNode expected = reference.get("unweighted");

            assertEquals(34, summary.get("nodes").asInt());
            assertEquals(78, summary.get("edges").asInt());
            assertEquals(
                    expected.get("density").asDouble(), summary.get("density").asDouble(), TOLERANCE);
            assertEquals(
                    expected.get("transitivity").asDouble(),
                    summary.get("transitivity").asDouble(),
                    TOLERANCE);
            assertEquals(
                    expected.get("averageClustering").asDouble(),
                    summary.get("averageClustering").asDouble(),
                    TOLERANCE);
            assertEquals(
                    expected.get("diameter").asInt(), summary.get("diameter").asInt());
            assertEquals(
                    expected.get("averageShortestPath").asDouble(),
                    summary.get("averageShortestPath").asDouble(),
                    TOLERANCE);
            assertEquals(1, summary.get("components").asInt());
        }

        @Test
        void articulation_points_and_bridges_are_networkx_sets() {
            JsonNode bridges =
                    http.get("/api/analysis/bridges?view=collaboration").json();

            assertEquals(reference.at("/unweighted/articulationPoints"), bridges.get("articulationPoints"));
            assertEquals(reference.at("/unweighted/bridges"), bridges.get("bridges"));
        }

        @Test
        void nodes_are_sorted_by_the_score_asked_for_and_limited() {
            JsonNode nodes = http.get("/api/analysis/centrality?view=collaboration&sort=pagerank&limit=3")
                    .json()
                    .get("nodes");

            assertEquals(3, nodes.size());
            assertEquals("m33", nodes.get(0).get("id").asText());
            assertTrue(nodes.get(0).get("pagerank").asDouble()
                    >= nodes.get(1).get("pagerank").asDouble());
        }
    }

    @Nested
    class Structure {
        @ParameterizedTest
        @ValueSource(strings = {"adamic-adar:adamicAdarTop10", "jaccard:jaccardTop10"})
        void missing_links_are_networkx_top_pairs(String methodAndReference) {
            String[] parts = methodAndReference.split(":");
            JsonNode links = http.get("/api/analysis/missing-links?view=collaboration&limit=10&method=" + parts[0])
                    .json()
                    .get("links");
            JsonNode expected = reference.at("/unweighted/" + parts[1]);

            assertEquals(10, links.size());
            for (int i = 0; i < 10; i++) {
                assertEquals(
                        expected.get(i).get(2).asDouble(),
                        links.get(i).get("score").asDouble(),
                        TOLERANCE,
                        "rank " + i);
            }
            assertEquals(
                    expected.get(0).get(0).asText() + expected.get(0).get(1).asText(),
                    links.get(0).get("source").asText()
                            + links.get(0).get("target").asText());
        }

        @Test
        void communities_are_seeded_and_find_the_club_split() {
            JsonNode first =
                    http.get("/api/analysis/communities?view=collaboration").json();
            JsonNode second = http.get("/api/analysis/communities?view=collaboration&at=2026-01-01")
                    .json();

            assertTrue(
                    first.get("modularity").asDouble() >= 0.40,
                    first.get("modularity").toString());
            assertEquals(first.get("communities"), second.get("communities"));
            int members = 0;
            for (JsonNode c : first.get("communities")) {
                members += c.get("members").size();
            }
            assertEquals(34, members);
        }

        @Test
        void an_unknown_link_method_answers_400() {
            Response response = http.get("/api/analysis/missing-links?method=telepathy");

            assertEquals(400, response.status());
            assertTrue(response.json().get("detail").asText().contains("adamic-adar"));
        }

        @Test
        void brokerage_needs_a_directed_view() {
            assertEquals(
                    400, http.get("/api/analysis/brokerage?view=collaboration").status());
            assertEquals(200, http.get("/api/analysis/brokerage?view=referral").status());
        }
    }

    @Nested
    class Weighted {
        @ParameterizedTest
        @ValueSource(strings = {"betweenness", "closeness", "pagerank", "strength"})
        void every_score_matches_networkx_with_distance_one_over_strength(String score) {
            assertScores(score, reference.at("/weighted/" + score), centrality("&weighted=true"));
        }
    }

    @Nested
    class Edge_cases {
        @Test
        void a_date_before_any_data_gives_an_empty_referral_view_not_an_error() {
            Response response = http.get("/api/analysis/summary?view=referral&at=1990-01-01");

            assertEquals(200, response.status(), response.text());
            assertEquals(0, response.json().at("/summary/edges").asInt());
        }

        @Test
        void a_filter_that_matches_nothing_gives_an_empty_view() {
            Response response = http.get("/api/analysis/centrality?view=collaboration&domain=astronomy");

            assertEquals(200, response.status(), response.text());
            assertEquals(0, response.json().get("nodes").size());
            assertEquals(
                    0,
                    http.get("/api/analysis/summary?view=collaboration&domain=astronomy")
                            .json()
                            .at("/summary/nodes")
                            .asInt());
        }

        @Test
        void an_epsilon_outside_its_range_or_not_a_number_answers_400_problem() {
            for (String epsilon : new String[] {"0", "0.001", "0.3", "1", "-0.05", "lots", "NaN"}) {
                Response response = http.get("/api/analysis/centrality?view=collaboration&epsilon=" + epsilon);

                assertEquals(400, response.status(), epsilon + ": " + response.text());
                assertTrue(response.isProblem(), epsilon);
                assertTrue(response.json().get("detail").asText().contains("epsilon"), response.text());
            }
        }

        @Test
        void a_small_view_stays_exact_whatever_epsilon_asks_for() {
            Response response = http.get("/api/analysis/centrality?view=collaboration&epsilon=0.2");

            assertEquals(200, response.status(), response.text());
            assertFalse(response.json().get("approximate").asBoolean());
            assertTrue(response.json().path("errorBound").isMissingNode()
                    || response.json().get("errorBound").isNull());
            assertEquals(0, response.json().get("bounds").size());
            assertScores("betweenness", reference.at("/unweighted/betweenness"), centrality("&epsilon=0.2"));
        }

        @Test
        void an_unknown_view_or_a_bad_date_answers_400_problem() {
            Response view = http.get("/api/analysis/summary?view=friendship");
            Response date = http.get("/api/analysis/summary?at=31-12-2025");

            assertEquals(400, view.status());
            assertTrue(view.isProblem());
            assertTrue(view.json().get("detail").asText().contains("collaboration"));
            assertEquals(400, date.status());
            assertTrue(date.json().get("detail").asText().contains("YYYY-MM-DD"));
        }

        @Test
        void a_warm_repeat_is_served_from_the_cache_and_a_write_invalidates_it() {
            JsonNode first =
                    http.get("/api/analysis/centrality?view=collaboration").json();
            assertEquals(
                    first,
                    http.get("/api/analysis/centrality?view=collaboration").json());

            http.post("/api/partners", "{\"id\": \"m99\", \"name\": \"Newcomer\"}");
            JsonNode after =
                    http.get("/api/analysis/centrality?view=collaboration").json();
            assertEquals(35, after.get("total").asInt());
            http.delete("/api/partners/m99");
            assertEquals(
                    34,
                    http.get("/api/analysis/centrality?view=collaboration")
                            .json()
                            .get("total")
                            .asInt());
        }
    }

    @Test
    void the_graph_endpoint_gives_cytoscape_elements_with_scores() {
        JsonNode graph = http.get("/api/graph?view=collaboration").json();

        assertEquals(34, graph.get("nodes").size());
        assertEquals(78, graph.get("edges").size());
        List<String> ids = new ArrayList<>();
        graph.get("nodes").forEach(n -> ids.add(n.at("/data/id").asText()));
        TreeSet<String> unique = new TreeSet<>(ids);
        assertEquals(34, unique.size());
        graph.get("edges").forEach(e -> {
            assertTrue(unique.contains(e.at("/data/source").asText()));
            assertTrue(unique.contains(e.at("/data/target").asText()));
        });
        assertFalse(graph.at("/nodes/0/data/betweenness").isMissingNode());
    }

    /** A sector filter (the karate club's two clubs are its sectors) recomputes the view on that sector alone. */
    @Nested
    class OneSector {
        @Test
        void a_sector_filter_recomputes_the_scores_on_the_sectors_partners_as_networkx_does() throws IOException {
            JsonNode expected;
            try (InputStream in = getClass().getResourceAsStream("/reference/karate-club-sector.json")) {
                expected = new ObjectMapper().readTree(in);
            }
            String sector = "&sector="
                    + java.net.URLEncoder.encode(
                            expected.get("sector").asText(), java.nio.charset.StandardCharsets.UTF_8);

            Map<String, JsonNode> actual = centrality(sector);
            for (String field : List.of("betweenness", "closeness", "pagerank")) {
                assertScores(field, expected.get(field), actual);
            }
            JsonNode summary = http.get("/api/analysis/summary?view=collaboration" + sector)
                    .json()
                    .get("summary");
            assertEquals(expected.get("nodes").asInt(), summary.get("nodes").asInt());
            assertEquals(expected.get("edges").asInt(), summary.get("edges").asInt());
            assertEquals(
                    expected.get("density").asDouble(), summary.get("density").asDouble(), TOLERANCE);

            Response graph = http.get("/api/graph?view=collaboration" + sector);
            assertEquals(200, graph.status(), graph.text());
            graph.json()
                    .get("nodes")
                    .forEach(n -> assertEquals(
                            expected.get("sector").asText(),
                            n.at("/data/sector").asText()));
            assertEquals(
                    expected.get("nodes").asInt(), graph.json().get("nodes").size());
        }

        @Test
        void a_sector_nobody_is_in_gives_an_empty_view() {
            Response response = http.get("/api/analysis/centrality?view=collaboration&sector=astronomy");

            assertEquals(200, response.status(), response.text());
            assertEquals(0, response.json().get("nodes").size());
        }
    }
}
