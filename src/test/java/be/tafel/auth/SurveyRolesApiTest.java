package be.tafel.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The survey under tokens: respondents need none, brokers run waves, analysts and viewers see aggregates. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyRolesApiTest extends WithRoleTokens {
    private String wave;
    private String clbToken;

    @BeforeAll
    void start() {
        Client.Answer created = app.client(broker)
                .post(
                        "/api/surveys",
                        Map.of(
                                "name",
                                "Wave",
                                "partners",
                                List.of("p-school", "p-clb", "p-ocmw"),
                                "closes",
                                LocalDate.now().plusDays(5).toString()));
        assertEquals(201, created.status(), created.text());
        JsonNode body = created.asJson().json();
        wave = body.path("id").asText();
        for (JsonNode link : body.path("links")) {
            if (link.path("partner").asText().equals("p-clb")) {
                clbToken = link.path("token").asText();
            }
        }
    }

    @Test
    void a_respondent_answers_with_its_survey_token_and_no_api_token() {
        HttpJson anonymous = new HttpJson(app.client(null).base());
        assertEquals(200, anonymous.get("/api/survey/" + clbToken).status());
        HttpJson.Response saved = anonymous.put(
                "/api/survey/" + clbToken,
                Map.of(
                        "ties",
                        List.of(Map.of(
                                "partner",
                                "p-school",
                                "trust",
                                Map.of("openness", 2, "reliability", 2, "mission", 2)))));
        assertEquals(200, saved.status(), saved.text());
        assertEquals(401, app.client(null).get("/api/surveys").status(), "the broker routes still need a token");
        assertEquals(
                401, app.client(null).get("/api/surveys/" + wave + "/results").status());
    }

    @Test
    void only_brokers_open_and_follow_waves() {
        for (String token : List.of(analyst, viewer)) {
            assertEquals(403, app.client(token).get("/api/surveys").status());
            assertEquals(
                    403,
                    app.client(token).post("/api/surveys", Map.of("name", "x")).status());
            assertEquals(
                    403,
                    app.client(token)
                            .post("/api/surveys/" + wave + "/close", "")
                            .status());
        }
    }

    @Test
    void analysts_and_viewers_see_aggregates_and_no_individual_answer() {
        new HttpJson(app.client(null).base())
                .put(
                        "/api/survey/" + clbToken,
                        Map.of(
                                "ties",
                                List.of(Map.of(
                                        "partner",
                                        "p-school",
                                        "trust",
                                        Map.of("openness", 2, "reliability", 2, "mission", 2)))));
        JsonNode forBroker = app.client(broker)
                .get("/api/surveys/" + wave + "/results")
                .asJson()
                .json();
        assertEquals(1, forBroker.path("tiesNamed").size());
        assertEquals(2.0, forBroker.path("pairs").get(0).path("trust").asDouble(), 1e-9);
        for (String token : List.of(analyst, viewer)) {
            Client.Answer answer = app.client(token).get("/api/surveys/" + wave + "/results");
            assertEquals(200, answer.status());
            JsonNode results = answer.asJson().json();
            assertFalse(results.has("tiesNamed"), "individual ties are for brokers only");
            assertFalse(results.path("pairs").get(0).has("trust"), "a one-sided pair's trust is one answer");
            assertTrue(results.has("responseRate"));
            assertTrue(results.path("scores").has("density"));
        }
    }
}
