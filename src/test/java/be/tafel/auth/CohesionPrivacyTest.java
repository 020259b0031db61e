package be.tafel.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Edge betweenness and connectivity on the ecosystem view never give analysts or viewers a family id. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CohesionPrivacyTest extends WithRoleTokens {
    private static final String TIES = "/api/analysis/edge-betweenness?view=ecosystem&at=2025-06-01&limit=100";

    @Test
    void a_broker_sees_the_families_at_the_ends_of_ties() {
        Client.Answer answer = app.client(broker).get(TIES);
        assertEquals(200, answer.status(), answer.text());
        assertTrue(answer.text().contains("\"f-1\"") && answer.text().contains("\"f-2\""), answer.text());
        assertEquals(
                200,
                app.client(broker)
                        .get("/api/analysis/connectivity?view=ecosystem&at=2025-06-01&source=f-1&target=p-clb")
                        .status());
    }

    @Test
    void analysts_and_viewers_see_a_family_as_its_neighbourhood_group_and_cannot_name_one() {
        for (String token : new String[] {analyst, viewer}) {
            Client.Answer answer = app.client(token).get(TIES);
            assertEquals(200, answer.status(), answer.text());
            assertFalse(answer.text().contains("f-1") || answer.text().contains("f-2"), answer.text());
            JsonNode ties = answer.asJson().json().get("ties");
            boolean grouped = false;
            for (JsonNode tie : ties) {
                grouped |= tie.get("a").asText().equals("families:Noord")
                        || tie.get("b").asText().equals("families:Noord");
            }
            assertTrue(grouped, "the family of Noord appears as its group: " + ties);
            Client.Answer pair = app.client(token)
                    .get("/api/analysis/connectivity?view=ecosystem&at=2025-06-01&source=f-1&target=p-clb");
            Client.Answer absent = app.client(token)
                    .get("/api/analysis/connectivity?view=ecosystem&at=2025-06-01&source=f-9&target=p-clb");
            assertEquals(404, pair.status(), pair.text());
            assertEquals(absent.text().replace("f-9", "f-1"), pair.text(), "a hidden family answers as an unknown id");
            assertEquals(
                    200,
                    app.client(token)
                            .get("/api/analysis/connectivity?view=ecosystem&at=2025-06-01")
                            .status());
        }
    }
}
