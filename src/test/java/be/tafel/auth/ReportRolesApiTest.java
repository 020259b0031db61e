package be.tafel.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The reports for every role: brokers, analysts and viewers may all read them; brokers see the families a partner
 * reaches as they are, analysts and viewers under the small-count rules ("<5", and no total that would give a
 * masked cell back).
 *
 * <p>The welfare house reaches f-1 in Noord (through its playgroup) and f-2 to f-6 in Oost (through its bridge
 * figure); its table reaches the same six.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportRolesApiTest {
    private static final String TOWN = """
        {
          "partners": [
            {"id": "p-welfare", "name": "Welzijnshuis", "sector": "welfare", "domains": ["welfare"],
             "neighbourhoods": ["Noord"], "kind": "non-profit"},
            {"id": "p-school", "name": "Basisschool", "sector": "school", "domains": ["education"],
             "neighbourhoods": ["Oost"], "kind": "public"}
          ],
          "persons": [{"id": "pe-bridge", "name": "Amina", "role": "bridge-figure", "worksFor": "p-welfare"}],
          "services": [{"id": "s-play", "name": "Speelgroep", "provider": "p-welfare", "domain": "welfare",
                        "ageMin": 0, "ageMax": 3, "neighbourhood": "Noord"}],
          "families": [
            {"id": "f-1", "neighbourhood": "Noord", "childAgeBands": ["0-3"], "needs": ["welfare"]},
            {"id": "f-2", "neighbourhood": "Oost", "childAgeBands": ["0-3"], "needs": ["welfare"]},
            {"id": "f-3", "neighbourhood": "Oost", "childAgeBands": ["0-3"], "needs": ["welfare"]},
            {"id": "f-4", "neighbourhood": "Oost", "childAgeBands": ["6-12"], "needs": ["welfare"]},
            {"id": "f-5", "neighbourhood": "Oost", "childAgeBands": ["6-12"], "needs": ["welfare"]},
            {"id": "f-6", "neighbourhood": "Oost", "childAgeBands": ["6-12"], "needs": ["welfare"]}
          ],
          "tables": [{"id": "t-main", "name": "Stuurgroep", "kind": "steering", "domains": ["welfare"]}],
          "seats": [{"member": "pe-bridge", "table": "t-main", "role": "member", "since": "2024-01-01"}],
          "collaborations": [{"a": "p-welfare", "b": "p-school", "strength": 3, "since": "2024-01-01"}],
          "supports": [
            {"person": "pe-bridge", "family": "f-2", "since": "2024-01-01"},
            {"person": "pe-bridge", "family": "f-3", "since": "2024-01-01"},
            {"person": "pe-bridge", "family": "f-4", "since": "2024-01-01"},
            {"person": "pe-bridge", "family": "f-5", "since": "2024-01-01"},
            {"person": "pe-bridge", "family": "f-6", "since": "2024-01-01"}
          ],
          "uses": [{"family": "f-1", "service": "s-play", "since": "2024-01-01"}]
        }
        """;
    private static final String PARTNER = "/api/partners/p-welfare/report?at=2025-06-01";
    private static final String SCORECARD = "/api/tables/t-main/scorecard?at=2025-06-01";

    private SecuredApp app;
    private SecuredApp.Secrets tokens;

    @BeforeAll
    void start() throws IOException {
        TestServer server = TestServer.get();
        server.reset();
        HttpJson.Response imported = server.http().post("/api/import", new ObjectMapper().readTree(TOWN));
        assertEquals(200, imported.status(), imported.text());
        tokens = SecuredApp.oneTokenPerRole();
        app = SecuredApp.withTokens();
    }

    @AfterAll
    void stop() {
        app.close();
        SecuredApp.removeTokens();
    }

    private JsonNode get(String token, String path) {
        Client.Answer answer = app.client(token).get(path);
        assertEquals(200, answer.status(), path + ": " + answer.text());
        assertFalse(answer.text().contains("\"f-"), path + " names a family: " + answer.text());
        return answer.asJson().json();
    }

    @Test
    void brokers_see_the_families_a_partner_reaches_as_they_are() {
        JsonNode families = get(tokens.broker(), PARTNER).get("families");
        assertEquals(6, families.get("families").asInt());
        assertEquals("Noord", families.at("/byNeighbourhood/0/neighbourhood").asText());
        assertEquals(1, families.at("/byNeighbourhood/0/families").asInt());
        assertEquals(5, families.at("/byNeighbourhood/1/families").asInt());
        assertEquals(3, families.at("/byAgeBand/0/families").asInt());
    }

    @Test
    void analysts_and_viewers_see_small_counts_masked_and_no_total_that_gives_them_back() {
        for (String token : List.of(tokens.analyst(), tokens.viewer())) {
            JsonNode families = get(token, PARTNER).get("families");
            assertEquals("<5", families.at("/byNeighbourhood/0/families").asText());
            // Oost (5) and the total (6) would give Noord's 1 back: both are masked too
            assertTrue(families.at("/byNeighbourhood/1/families").isTextual(), families.toString());
            assertFalse(families.path("families").isNumber(), families.toString());
            assertEquals("<5", families.at("/byAgeBand/0/families").asText());
        }
    }

    @Test
    void every_role_reads_the_scorecard_with_the_same_structure_and_masked_family_counts() {
        JsonNode broker = get(tokens.broker(), SCORECARD);
        for (String token : List.of(tokens.analyst(), tokens.viewer())) {
            JsonNode card = get(token, SCORECARD);
            assertEquals(broker.get("members"), card.get("members"));
            assertEquals(broker.get("multiplexity"), card.get("multiplexity"));
            assertEquals(6, broker.get("familiesReached").asInt());
            JsonNode reached = card.path("familiesReached");
            assertTrue(!reached.isNumber() || reached.asInt() == 6, reached.toString()); // exact or masked
            for (JsonNode gap : card.at("/domains/gaps")) {
                JsonNode n = gap.path("families");
                assertTrue(!n.isNumber() || n.asInt() == 0 || n.asInt() >= 5, gap.toString());
            }
        }
    }
}
