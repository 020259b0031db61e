package be.tafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import be.tafel.support.SmallTown;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The map as it opens, sized by degree: {@code GET /api/graph?scores=degree} carries degrees and nothing costlier. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphDegreeOnlyApiTest {
    private static final String MAP = "/api/graph?view=ecosystem&at=2026-06-01&aggregateFamilies=false";

    private final HttpJson http = TestServer.get().http();

    @BeforeAll
    void importSmallTown() {
        TestServer.get().reset();
        assertEquals(
                200, http.post("/api/import", SmallTown.document().toString()).status());
    }

    @Test
    void the_map_sized_by_degree_has_the_same_degrees_and_cut_vertices_and_no_other_score() {
        JsonNode all = http.get(MAP).json();
        JsonNode degreeOnly = http.get(MAP + "&scores=degree").json();
        Map<String, JsonNode> full = new HashMap<>();
        all.get("nodes").forEach(n -> full.put(n.at("/data/id").asText(), n.get("data")));
        assertEquals(full.size(), degreeOnly.get("nodes").size());
        assertTrue(full.size() > 5, "the small town's ecosystem: " + full.keySet());
        for (JsonNode node : degreeOnly.get("nodes")) {
            JsonNode data = node.get("data");
            JsonNode expected = full.get(data.get("id").asText());
            assertEquals(expected.get("degree"), data.get("degree"), data.toString());
            assertEquals(expected.get("articulation"), data.get("articulation"), data.toString());
            for (String score :
                    new String[] {"betweenness", "pagerank", "closeness", "eigenvector", "coreness", "katz"}) {
                assertTrue(expected.has(score) || score.equals("katz"), score + " in the full map");
                assertTrue(!data.has(score) || data.get(score).isNull(), score + " computed for " + data);
            }
        }
        assertEquals(all.get("edges"), degreeOnly.get("edges"));
    }

    @Test
    void an_unknown_choice_of_scores_is_a_bad_request() {
        HttpJson.Response response = http.get(MAP + "&scores=betweenness");
        assertEquals(400, response.status());
        assertTrue(response.isProblem());
        assertTrue(response.text().contains("scores"), response.text());
    }
}
