package be.tafel.introduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import be.tafel.support.HttpJson.Response;
import be.tafel.support.SmallTown;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Introductions through the real server: states, and "worked" read from the journal. */
class IntroductionApiTest {
    private static final String PROPOSAL = """
            {"a": "p-school", "b": "p-parents", "owner": "pe-bridge", "due": "2027-01-31",
             "reasons": [{"code": "common-neighbours", "value": 2}]}""";

    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    @BeforeEach
    void smallTown() {
        server.reset();
        assertEquals(200, http.post("/api/import", SmallTown.document()).status());
    }

    private String propose() {
        Response created = http.post("/api/introductions", PROPOSAL);
        assertEquals(201, created.status(), created.text());
        return created.json().get("id").asText();
    }

    private Response move(String id, String state) {
        return http.send("PATCH", "/api/introductions/" + id, "{\"state\": \"" + state + "\"}");
    }

    @Test
    void an_introduction_goes_from_proposed_to_collaborating_and_is_marked_worked_when_the_tie_appears() {
        String id = propose();
        JsonNode proposed = http.get("/api/introductions/" + id).json();
        assertEquals("proposed", proposed.get("state").asText());
        assertFalse(proposed.get("worked").asBoolean());
        assertEquals("common-neighbours", proposed.at("/reasons/0/code").asText());

        assertEquals(200, move(id, "contacted").status());
        assertEquals(200, move(id, "met").status());
        assertFalse(http.get("/api/introductions/" + id).json().get("worked").asBoolean());

        Response tie = http.post(
                "/api/collaborations",
                "{\"a\": \"p-parents\", \"b\": \"p-school\", \"strength\": 3, \"since\": \"2026-12-01\"}");
        assertEquals(200, tie.status(), tie.text());
        Response collaborating = move(id, "collaborating");
        assertEquals(200, collaborating.status());

        JsonNode worked = collaborating.json();
        assertEquals("collaborating", worked.get("state").asText());
        assertTrue(worked.get("worked").asBoolean());
        assertEquals(4, worked.get("history").size());
        String quarter = LocalDate.now().getYear() + "-Q" + ((LocalDate.now().getMonthValue() - 1) / 3 + 1);
        assertEquals(
                1,
                http.get("/api/introductions")
                        .json()
                        .at("/workedPerQuarter/" + quarter)
                        .asInt());
    }

    @Test
    void a_tie_that_arrives_by_import_marks_it_worked_without_a_state_change() {
        String id = propose();
        var document = SmallTown.document();
        document.withArray("collaborations")
                .addObject()
                .put("a", "p-school")
                .put("b", "p-parents")
                .put("strength", 2)
                .put("since", "2020-01-01");

        assertEquals(200, http.post("/api/import", document).status());

        JsonNode introduction = http.get("/api/introductions/" + id).json();
        assertTrue(introduction.get("worked").asBoolean());
        assertEquals("proposed", introduction.get("state").asText());
    }

    @Test
    void a_tie_that_existed_before_does_not_count_and_an_ended_one_removed_again_does_not_either() {
        Response existing = http.send(
                "POST", "/api/introductions", "{\"a\": \"p-clb\", \"b\": \"p-school\", \"owner\": \"pe-bridge\"}");
        String id = existing.json().get("id").asText();
        assertFalse(http.get("/api/introductions/" + id).json().get("worked").asBoolean());

        String other = propose();
        http.post(
                "/api/collaborations",
                "{\"a\": \"p-parents\", \"b\": \"p-school\", \"strength\": 3, \"since\": \"2026-12-01\"}");
        assertEquals(200, http.post("/api/journal/undo", "").status());
        assertFalse(http.get("/api/introductions/" + other).json().get("worked").asBoolean());
    }

    @Test
    void a_state_cannot_go_back_nor_leave_declined() {
        String id = propose();
        assertEquals(200, move(id, "met").status());

        Response back = move(id, "contacted");
        assertEquals(422, back.status());
        assertTrue(back.isProblem());
        assertEquals("state", back.json().at("/errors/0/field").asText());
        assertEquals(200, move(id, "declined").status());
        assertEquals(422, move(id, "collaborating").status());
        assertEquals(422, move(id, "waiting").status());
    }

    @Test
    void a_proposal_naming_unknown_partners_or_owner_says_which_and_writes_nothing() {
        Response response = http.post(
                "/api/introductions",
                "{\"a\": \"p-school\", \"b\": \"p-nope\", \"owner\": \"p-clb\", \"due\": \"soon\"}");

        assertEquals(422, response.status());
        assertTrue(response.isProblem());
        assertEquals(3, response.json().get("errors").size());
        assertEquals(
                0, http.get("/api/introductions").json().get("introductions").size());
    }

    @Test
    void an_unknown_introduction_answers_404() {
        assertEquals(404, move("intro-404", "met").status());
        assertEquals(404, http.get("/api/introductions/intro-404").status());
    }
}
