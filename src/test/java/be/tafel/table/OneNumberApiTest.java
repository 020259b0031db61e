package be.tafel.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import be.tafel.support.HttpJson.Response;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One number for one thing, on the demo town (issue 16): the bridge list and the what-if count what a
 * departure cuts off with one definition, and the map's caption counts what the key figures count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneNumberApiTest {
    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    @BeforeAll
    void importTheDemo() {
        server.loadDemo();
    }

    private JsonNode get(String path) {
        Response response = http.get(path);
        assertEquals(200, response.status(), path + ": " + response.text());
        return response.json();
    }

    @Test
    void every_bridge_figure_cuts_off_what_its_what_if_cuts_off_and_no_other_partner_cuts_off_anything() {
        JsonNode bridges = get("/api/analysis/bridges?view=ecosystem");
        Map<String, JsonNode> figures = new HashMap<>();
        bridges.get("bridgeFigures").forEach(f -> figures.put(f.get("id").asText(), f));
        assertTrue(figures.size() > 3, "the demo has bridge figures: " + figures.keySet());
        int partnersChecked = 0;
        for (JsonNode node : get("/api/graph?view=ecosystem").get("nodes")) {
            JsonNode data = node.get("data");
            String type = data.get("type").asText();
            String id = data.get("id").asText();
            if (!type.equals("partner") && !(type.equals("person") && figures.containsKey(id))) {
                continue;
            }
            JsonNode cut = get("/api/what-if?view=ecosystem&remove=" + id).get("cutOff");
            int families = cut.get("families").asInt();
            int partners = cut.get("partners").size();
            int persons = cut.get("persons").size();
            JsonNode figure = figures.get(id);
            if (figure == null) {
                assertEquals(
                        0, families + partners + persons, id + " is no bridge figure but its what-if cuts off " + cut);
            } else {
                assertEquals(
                        figure.get("families").asInt(), families, id + ": families in the list and in the what-if");
                assertEquals(
                        figure.get("partners").asInt(), partners, id + ": partners in the list and in the what-if");
                assertEquals(figure.get("persons").asInt(), persons, id + ": persons in the list and in the what-if");
                assertEquals(figure.get("cutOff").asInt(), families + partners + persons, id + ": the total");
            }
            partnersChecked += type.equals("partner") ? 1 : 0;
        }
        assertTrue(partnersChecked > 50, "the demo's partners were checked: " + partnersChecked);
    }

    @Test
    void the_maps_caption_counts_what_the_key_figures_count_in_every_view() {
        for (String view : new String[] {"ecosystem", "collaboration", "referral", "shared-families"}) {
            JsonNode summary = get("/api/analysis/summary?view=" + view);
            JsonNode s = summary.has("summary") ? summary.get("summary") : summary;
            JsonNode graph = get("/api/graph?view=" + view);
            JsonNode inView = graph.get("inView");
            assertEquals(s.get("nodes").asInt(), inView.get("nodes").asInt(), view + ": points");
            assertEquals(s.get("edges").asInt(), inView.get("edges").asInt(), view + ": ties");
            assertEquals(graph.get("nodes").size(), inView.get("drawn").asInt(), view + ": points drawn");
        }
        JsonNode eco = get("/api/graph?view=ecosystem").get("inView");
        assertTrue(
                eco.get("nodes").asInt() > 2 * eco.get("drawn").asInt(),
                "families are grouped on the map but counted one by one: " + eco);
    }
}
