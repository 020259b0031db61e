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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Coreness, Katz, edge betweenness, connectivity and the five extra link predictors through the real
 * import and API, on Zachary's karate club, against NetworkX's values written by
 * {@code scripts/reference/analyses.py} (vertex {@code i} is member {@code m%02d}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CohesionApiTest {
    private static final double TOLERANCE = 1e-6;
    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();
    private JsonNode networkx;

    @BeforeAll
    void importKarateClub() throws IOException {
        server.reset();
        ObjectMapper json = new ObjectMapper();
        JsonNode karate;
        try (InputStream in = getClass().getResourceAsStream("/reference/karate-club.json")) {
            karate = json.readTree(in);
        }
        try (InputStream in = getClass().getResourceAsStream("/reference/analyses-karate.json")) {
            networkx = json.readTree(in);
        }
        ObjectNode document = json.createObjectNode();
        ArrayNode partners = document.putArray("partners");
        karate.get("partners")
                .forEach(p -> partners.addObject()
                        .put("id", p.get("id").asText())
                        .put("name", p.get("name").asText())
                        .put("sector", p.get("club").asText()));
        document.set("collaborations", karate.get("collaborations"));
        Response imported = http.post("/api/import", document);
        assertEquals(200, imported.status(), imported.text());
    }

    private static String id(int vertex) {
        return String.format("m%02d", vertex);
    }

    private JsonNode ok(String path) {
        Response response = http.get(path);
        assertEquals(200, response.status(), response.text());
        return response.json();
    }

    @Test
    void the_centrality_answer_carries_networkx_core_number_and_katz() {
        Map<String, JsonNode> nodes = new HashMap<>();
        ok("/api/analysis/centrality?view=collaboration")
                .get("nodes")
                .forEach(n -> nodes.put(n.get("id").asText(), n));
        for (int v = 0; v < 34; v++) {
            JsonNode node = nodes.get(id(v));
            assertEquals(
                    networkx.get("coreNumber").get(v).asInt(),
                    node.get("coreness").asInt(),
                    "coreness of " + id(v));
            assertEquals(
                    networkx.get("katz").get(v).asDouble(), node.get("katz").asDouble(), TOLERANCE, "katz of " + id(v));
        }
        JsonNode byKatz = ok("/api/analysis/centrality?view=collaboration&sort=katz&limit=1")
                .get("nodes");
        assertEquals("m33", byKatz.get(0).get("id").asText(), "member 33 has the largest Katz score");
        JsonNode byCore = ok("/api/analysis/centrality?view=collaboration&sort=coreness&limit=1")
                .get("nodes");
        assertEquals(4, byCore.get(0).get("coreness").asInt());
    }

    @Test
    void edge_betweenness_lists_networkx_ties_best_first() {
        JsonNode answer = ok("/api/analysis/edge-betweenness?view=collaboration&limit=100");
        assertEquals(78, answer.get("total").asInt());
        assertFalse(answer.get("approximate").asBoolean());
        JsonNode ties = answer.get("ties");
        assertEquals(78, ties.size());
        Map<String, Double> expected = new HashMap<>();
        networkx.get("edgeBetweenness")
                .forEach(e -> expected.put(
                        id(e.get(0).asInt()) + "|" + id(e.get(1).asInt()),
                        e.get(2).asDouble()));
        double previous = Double.POSITIVE_INFINITY;
        for (JsonNode tie : ties) {
            String a = tie.get("a").asText();
            String b = tie.get("b").asText();
            String key = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
            assertEquals(expected.get(key), tie.get("score").asDouble(), TOLERANCE, key);
            assertTrue(tie.get("score").asDouble() <= previous, "best first");
            previous = tie.get("score").asDouble();
        }
        assertEquals(
                5,
                ok("/api/analysis/edge-betweenness?view=collaboration&limit=5")
                        .get("ties")
                        .size());
    }

    @Test
    void connectivity_of_the_network_and_of_pairs_is_networkx_node_connectivity() {
        JsonNode network = ok("/api/analysis/connectivity?view=collaboration");
        assertEquals(
                networkx.get("nodeConnectivity").asInt(),
                network.get("connectivity").asInt());
        assertTrue(
                network.path("source").isMissingNode() || network.get("source").isNull(), "no pair: " + network);
        for (JsonNode pair : networkx.get("pairs")) {
            String s = id(pair.get(0).asInt());
            String t = id(pair.get(1).asInt());
            JsonNode answer = ok("/api/analysis/connectivity?view=collaboration&source=" + s + "&target=" + t);
            assertEquals(pair.get(2).asInt(), answer.get("connectivity").asInt(), s + " to " + t);
            assertEquals(s, answer.get("source").asText());
        }
    }

    @Test
    void connectivity_refuses_half_a_pair_the_same_member_twice_and_unknown_members() {
        for (String query : new String[] {"source=m01", "target=m01", "source=m01&target=m01"}) {
            Response response = http.get("/api/analysis/connectivity?view=collaboration&" + query);
            assertEquals(400, response.status(), query);
            assertTrue(response.isProblem(), query);
        }
        Response unknown = http.get("/api/analysis/connectivity?view=collaboration&source=m01&target=nobody");
        assertEquals(404, unknown.status());
        assertTrue(unknown.isProblem());
        assertTrue(unknown.text().contains("nobody"), unknown.text());
        assertEquals(
                400,
                http.get("/api/analysis/edge-betweenness?view=collaboration&limit=0")
                        .status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"salton", "sorensen", "hub-promoted", "hub-depressed", "leicht-holme-newman"})
    void the_extra_link_predictors_rank_pairs_by_their_formula(String method) {
        JsonNode links = ok("/api/analysis/missing-links?view=collaboration&limit=30&method=" + method)
                .get("links");
        assertEquals(30, links.size());
        Map<String, Integer> degree = new HashMap<>();
        ok("/api/analysis/centrality?view=collaboration")
                .get("nodes")
                .forEach(n -> degree.put(n.get("id").asText(), n.get("degree").asInt()));
        double previous = Double.POSITIVE_INFINITY;
        for (JsonNode link : links) {
            double c = link.get("commonNeighbours").size();
            double du = degree.get(link.get("source").asText());
            double dv = degree.get(link.get("target").asText());
            double expected = switch (method) {
                case "salton" -> c / Math.sqrt(du * dv);
                case "sorensen" -> 2 * c / (du + dv);
                case "hub-promoted" -> c / Math.min(du, dv);
                case "hub-depressed" -> c / Math.max(du, dv);
                default -> c / (du * dv);
            };
            assertEquals(expected, link.get("score").asDouble(), 1e-12, link.toString());
            assertTrue(expected <= previous, "best first");
            previous = expected;
        }
        Response unknown = http.get("/api/analysis/missing-links?view=collaboration&method=cosine");
        assertEquals(400, unknown.status());
        assertTrue(unknown.text().contains("leicht-holme-newman"), unknown.text());
    }
}
