package be.tafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.tafel.support.HttpJson;
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
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A directed, weighted referral graph with dangling partners (scripts/reference/paths.py), imported as
 * individual referrals — an arc of weight w is w referrals — and read back through the referral view.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralViewApiTest {
    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();
    private JsonNode reference;

    @BeforeAll
    void importReferrals() throws IOException {
        server.reset();
        try (InputStream in = getClass().getResourceAsStream("/reference/paths-referrals.json")) {
            reference = new ObjectMapper().readTree(in);
        }
        ObjectNode document = new ObjectMapper().createObjectNode();
        ArrayNode partners = document.putArray("partners");
        for (int v = 0; v < reference.get("nodes").asInt(); v++) {
            partners.addObject().put("id", id(v)).put("name", "Partner " + v);
        }
        document.putArray("families").addObject().put("id", "family");
        ArrayNode referrals = document.putArray("referrals");
        int count = 0;
        for (JsonNode arc : reference.get("edges")) {
            for (int k = 0; k < arc.get(2).asInt(); k++) {
                referrals
                        .addObject()
                        .put("id", "r" + count++)
                        .put("from", id(arc.get(0).asInt()))
                        .put("to", id(arc.get(1).asInt()))
                        .put("family", "family")
                        .put("date", "2026-03-01")
                        .put("status", "completed");
            }
        }
        assertEquals(200, http.post("/api/import", document).status());
    }

    private static String id(int v) {
        return String.format("p%02d", v);
    }

    @ParameterizedTest
    @CsvSource({
        "betweenness,false,betweenness",
        "closeness,false,closeness",
        "harmonic,false,harmonic",
        "eigenvector,false,eigenvector",
        "betweenness,true,betweennessWeighted",
        "closeness,true,closenessWeighted",
        "harmonic,true,harmonicWeighted"
    })
    void scores_match_networkx_on_the_directed_view(String score, boolean weighted, String referenceKey) {
        JsonNode nodes = http.get("/api/analysis/centrality?view=referral&at=2026-06-30&weighted=" + weighted)
                .json()
                .get("nodes");
        Map<String, Double> actual = new HashMap<>();
        nodes.forEach(n -> actual.put(n.get("id").asText(), n.get(score).asDouble()));
        JsonNode expected = reference.get(referenceKey);
        for (int v = 0; v < expected.size(); v++) {
            assertEquals(expected.get(v).asDouble(), actual.get(id(v)), 1e-6, score + " of " + id(v));
        }
    }

    @ParameterizedTest
    @CsvSource({"2026-06-30,204", "2027-06-30,0", "2025-12-31,0"})
    void referrals_count_over_the_year_up_to_the_date(String at, int arcs) {
        assertEquals(
                arcs,
                http.get("/api/analysis/summary?view=referral&at=" + at)
                        .json()
                        .at("/summary/edges")
                        .asInt());
    }
}
