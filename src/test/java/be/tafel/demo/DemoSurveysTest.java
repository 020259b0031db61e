package be.tafel.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import be.tafel.support.TestServer;
import be.tafel.survey.SurveyService;
import be.tafel.survey.SurveyStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The demo's closed 2025 wave and open 2026 wave, recorded on the demo town, as the app serves them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSurveysTest {
    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    @BeforeAll
    void load() {
        server.loadDemo();
        DemoSurveys waves = new DemoSurveys(new DemoNetwork().generate(), DemoNetwork.DEFAULT_SEED);
        SurveyService surveys = new SurveyService(
                new SurveyStore(server.store()),
                new be.tafel.journal.Journal(
                        server.store(), new be.tafel.store.NetworkWriter(server.store()), be.tafel.web.Json.mapper()));
        surveys.record(waves.wave2025());
        surveys.record(waves.wave2026(LocalDate.now().plusWeeks(6)));
    }

    @Test
    void the_same_seed_gives_the_same_answers() {
        DemoSurveys one = new DemoSurveys(new DemoNetwork().generate(), DemoNetwork.DEFAULT_SEED);
        DemoSurveys two = new DemoSurveys(new DemoNetwork().generate(), DemoNetwork.DEFAULT_SEED);
        assertEquals(one.wave2025(), two.wave2025());
    }

    @Test
    void the_2025_wave_is_closed_with_trust_and_value_on_its_ties_and_stability_figures() {
        JsonNode wave = http.get("/api/surveys/" + DemoSurveys.WAVE_2025).json();
        assertEquals("closed", wave.path("status").asText());
        JsonNode r =
                http.get("/api/surveys/" + DemoSurveys.WAVE_2025 + "/results").json();
        double rate = r.path("responseRate").asDouble();
        assertTrue(rate > 0.6 && rate < 0.85, "about 70% answered: " + rate);
        assertTrue(r.path("ties").asInt() > 100, r.path("ties").toString());
        assertTrue(r.path("reciprocatedTies").asInt() > 0);
        double trust = r.path("scores").path("trust").path("value").asDouble();
        assertTrue(trust >= 1 && trust <= 4, "trust on the 1-4 scale: " + trust);
        JsonNode betweenness = r.path("scores").path("centralisation");
        assertTrue(
                betweenness.path("high").asDouble() >= betweenness.path("low").asDouble());
        assertEquals(
                DemoNetwork.FAMILY_CENTRE,
                r.path("governance").path("nominations").get(0).path("partner").asText());
        assertTrue(r.path("missing").size() > 0, "respondents named partners missing from the network");
        JsonNode graph = http.get("/api/graph?wave=" + DemoSurveys.WAVE_2025).json();
        assertEquals(r.path("pairs").size(), graph.path("edges").size());
    }

    @Test
    void the_2026_wave_is_open_with_started_and_submitted_links() {
        JsonNode wave = http.get("/api/surveys/" + DemoSurveys.WAVE_2026).json();
        assertEquals("open", wave.path("status").asText());
        String states = wave.path("links").findValuesAsText("state").toString();
        assertTrue(states.contains("started") && states.contains("submitted") && states.contains("not-opened"), states);
        assertEquals(
                0,
                http.get("/api/graph?wave=" + DemoSurveys.WAVE_2026)
                        .json()
                        .path("edges")
                        .size(),
                "an open wave has written no ties yet");
    }
}
