package be.tafel.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.demo.DemoNetwork;
import be.tafel.demo.DemoTown;
import be.tafel.model.Person;
import be.tafel.model.PersonRole;
import be.tafel.support.HttpJson;
import be.tafel.support.HttpJson.Response;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The demo town through the real import and API: the steering table's analysis finds each planted gap. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoTableTest {
    private static final String STEERING = "/api/tables/" + DemoNetwork.STEERING_TABLE;

    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();
    private JsonNode steering;

    @BeforeAll
    void importTheDemo() {
        server.loadDemo();
        steering = get(STEERING + "/analysis?limit=1000&at=" + DemoTown.END);
    }

    private JsonNode get(String path) {
        Response response = http.get(path);
        assertEquals(200, response.status(), response.text());
        return response.json();
    }

    private static JsonNode reason(JsonNode missing, String kind) {
        for (JsonNode r : missing.get("reasons")) {
            if (r.get("kind").asText().equals(kind)) {
                return r;
            }
        }
        throw new AssertionError("no reason " + kind + " in " + missing);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    @Test
    void the_uncovered_domain_is_an_empty_chair_needed_by_many_families() {
        JsonNode housing = list(steering.at("/emptyChairs/domains")).stream()
                .filter(d -> d.get("domain").asText().equals(DemoNetwork.UNCOVERED_DOMAIN))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError(steering.at("/emptyChairs").toString()));

        assertTrue(housing.get("families").asInt() >= 300, housing.toString());
    }

    @Test
    void a_partner_covering_the_uncovered_domain_ranks_near_the_top_of_the_missing() {
        List<JsonNode> missing = list(steering.get("missing"));
        int first = -1;
        for (int i = 0; i < missing.size() && first < 0; i++) {
            if (reason(missing.get(i), "empty-chair")
                    .at("/message/domains")
                    .toString()
                    .contains("\"" + DemoNetwork.UNCOVERED_DOMAIN + "\"")) {
                first = i;
            }
        }

        assertTrue(first >= 0 && first < 3, "first housing partner at " + first);
    }

    @Test
    void partners_sharing_families_without_collaborating_are_missing_for_those_families() {
        List<JsonNode> candidates = list(steering.get("missing"));
        candidates.sort(Comparator.comparingDouble(
                (JsonNode m) -> -reason(m, "shared-families").get("value").asDouble()));
        List<String> byFamilies =
                candidates.stream().map(m -> m.get("id").asText()).toList();

        for (String id : DemoNetwork.UNCONNECTED_PARTNERS) {
            JsonNode partner = candidates.get(byFamilies.indexOf(id));
            assertTrue(reason(partner, "shared-families").get("value").asInt() >= 100, partner.toString());
            assertTrue(byFamilies.indexOf(id) < candidates.size() / 4, id + " ranks " + byFamilies.indexOf(id));
            assertFalse(
                    reason(partner, "link-prediction").get("text").asText().startsWith("collaborates"),
                    partner.toString());
        }
    }

    @Test
    void families_with_teenagers_fade_out_of_the_members_reach() {
        JsonNode change =
                get(STEERING + "/compare?from=" + DemoNetwork.REACH_BEFORE + "&to=" + DemoNetwork.REACH_AFTER);

        for (JsonNode band : change.get("familiesByAgeBand")) {
            double ratio = band.get("to").asDouble() / band.get("from").asDouble();
            if (band.get("ageBand").asText().equals(DemoNetwork.FADING_BAND.code())) {
                assertTrue(ratio < 0.75, band.toString());
            } else {
                assertTrue(ratio > 0.9, band.toString());
            }
        }
    }

    @Test
    void only_the_isolating_bridge_figure_cuts_families_off_when_leaving() {
        List<Person> figures = new DemoNetwork()
                .generate().persons().stream()
                        .filter(p -> p.role() == PersonRole.BRIDGE_FIGURE)
                        .toList();
        assertTrue(figures.size() >= 5);

        for (Person figure : figures) {
            JsonNode result = get("/api/what-if?remove=" + figure.id() + "&at=" + DemoTown.END);
            int cutOff = result.at("/cutOff/families").asInt();
            if (figure.id().equals(DemoNetwork.ISOLATING_BRIDGE_FIGURE)) {
                assertTrue(cutOff > 0, result.toString());
                assertFalse(result.get("domainsLost").isEmpty(), result.toString());
                assertTrue(result.at("/after/fragmentation").asDouble()
                        > result.at("/before/fragmentation").asDouble());
            } else {
                assertEquals(0, cutOff, figure.id() + ": " + result);
            }
        }
    }

    @Test
    void parents_have_a_voice_at_the_broad_consultation_but_not_at_the_steering_table() {
        assertFalse(steering.at("/emptyChairs/familyVoice").asBoolean());
        assertTrue(get("/api/tables/" + DemoNetwork.BROAD_TABLE + "/analysis?at=" + DemoTown.END)
                .at("/emptyChairs/familyVoice")
                .asBoolean());
    }

    @Test
    void the_heavy_referrers_stand_out_in_engagement() {
        for (JsonNode row : steering.get("engagement")) {
            String id = row.get("id").asText();
            if (List.of(DemoNetwork.FAMILY_CENTRE, DemoNetwork.CLB, DemoNetwork.OCMW)
                    .contains(id)) {
                assertTrue(row.at("/relativeToMedian/referralsSent").asDouble() > 5, row.toString());
            }
        }
        assertTrue(list(steering.get("engagement")).stream()
                .anyMatch(r -> r.at("/relativeToMedian/families").asDouble() < 1));
    }
}
