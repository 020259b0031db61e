package be.tafel.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import be.tafel.support.HttpJson.Response;
import be.tafel.support.SmallTown;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Meeting-mode sessions through the real server: saved as a dated snapshot, ties journaled, bad input refused. */
class MeetingApiTest {
    private static final String SESSION = """
            {"date": "2026-12-07", "notes": "jaarvergadering",
             "partners": [{"id": "p-sport", "name": "Sportdienst", "sector": "sport"}],
             "ties": [{"a": "p-sport", "b": "p-school", "strength": 3, "trust": 4, "since": "2026-12-07"}],
             "actors": [{"id": "p-school", "influence": 5, "stance": "supports"},
                        {"id": "p-ocmw", "influence": 2, "stance": "opposes"},
                        {"id": "p-sport", "influence": 1, "stance": "neutral"}]}""";

    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    @BeforeEach
    void smallTown() {
        server.reset();
        assertEquals(200, http.post("/api/import", SmallTown.document()).status());
    }

    @Test
    void a_session_is_saved_as_a_dated_snapshot_and_its_partners_and_ties_join_the_network_in_one_journal_entry() {
        Response saved = http.post("/api/tables/t-steering/sessions", SESSION);
        assertEquals(201, saved.status(), saved.text());
        String id = saved.json().get("id").asText();
        long version = saved.json().get("version").asLong();

        JsonNode session = http.get("/api/tables/t-steering/sessions/" + id).json();
        assertEquals("2026-12-07", session.get("date").asText());
        assertEquals(5, session.at("/actors/0/influence").asInt());
        assertEquals("opposes", session.at("/actors/1/stance").asText());
        assertEquals("p-sport", session.at("/ties/0/a").asText());
        assertEquals(1, http.get("/api/tables/t-steering/sessions").json().size());

        assertEquals(
                "Sportdienst",
                http.get("/api/partners/p-sport").json().get("name").asText());
        JsonNode entry = http.get("/api/journal?since=" + (version - 1)).json().at("/entries/0");
        assertEquals("meeting", entry.get("op").asText());
        assertEquals(version, entry.get("version").asLong());
        assertEquals(2, entry.get("changes").size());
    }

    @Test
    void a_session_with_an_influence_out_of_range_or_an_unknown_actor_says_where_and_writes_nothing() {
        String bad = SESSION.replace("\"influence\": 5", "\"influence\": 7").replace("\"p-ocmw\"", "\"p-nobody\"");

        Response response = http.post("/api/tables/t-steering/sessions", bad);

        assertEquals(422, response.status(), response.text());
        assertTrue(response.isProblem());
        assertEquals("influence", response.json().at("/errors/0/field").asText());
        assertEquals(1, response.json().at("/errors/0/row").asInt());
        assertEquals("id", response.json().at("/errors/1/field").asText());
        assertEquals(404, http.get("/api/partners/p-sport").status());
        assertEquals(0, http.get("/api/tables/t-steering/sessions").json().size());
    }

    @Test
    void a_session_at_an_unknown_table_answers_404() {
        assertEquals(404, http.post("/api/tables/t-nope/sessions", SESSION).status());
        assertEquals(
                404, http.get("/api/tables/t-steering/sessions/session-nope").status());
    }

    @Test
    void a_later_session_is_compared_with_the_one_before_actors_influence_stance_and_ties() {
        Response first = http.post("/api/tables/t-steering/sessions", SESSION.replace("2026-12-07", "2025-12-05"));
        assertEquals(201, first.status(), first.text());
        String next = """
                {"date": "2026-12-07",
                 "partners": [{"id": "p-library", "name": "Bibliotheek"}],
                 "ties": [{"a": "p-sport", "b": "p-school"}, {"a": "p-library", "b": "p-ocmw"}],
                 "actors": [{"id": "p-school", "influence": 3, "stance": "supports"},
                            {"id": "p-ocmw", "influence": 2, "stance": "supports"},
                            {"id": "p-clb", "influence": 4, "stance": "neutral"}]}""";
        Response second = http.post("/api/tables/t-steering/sessions", next);
        assertEquals(201, second.status(), second.text());
        String id = second.json().get("id").asText();

        Response answer = http.get("/api/tables/t-steering/sessions/" + id + "/compare");

        assertEquals(200, answer.status(), answer.text());
        JsonNode c = answer.json();
        assertEquals(first.json().get("id").asText(), c.at("/previous/id").asText());
        assertEquals("2025-12-05", c.at("/previous/date").asText());
        assertEquals(1, c.get("earlier").size());
        assertEquals("p-clb", c.at("/actorsAdded/0/id").asText());
        assertEquals(4, c.at("/actorsAdded/0/influence").asInt());
        assertEquals(1, c.get("actorsAdded").size());
        assertEquals("p-sport", c.at("/actorsRemoved/0/id").asText());
        assertEquals("Sportdienst", c.at("/actorsRemoved/0/name").asText());
        assertEquals(1, c.get("influenceChanged").size(), c.toString());
        assertEquals("p-school", c.at("/influenceChanged/0/id").asText());
        assertEquals(5, c.at("/influenceChanged/0/influenceBefore").asInt());
        assertEquals(3, c.at("/influenceChanged/0/influenceAfter").asInt());
        assertEquals(-2, c.at("/influenceChanged/0/change").asInt());
        assertEquals(1, c.get("stanceChanged").size(), c.toString());
        assertEquals("p-ocmw", c.at("/stanceChanged/0/id").asText());
        assertEquals("opposes", c.at("/stanceChanged/0/stanceBefore").asText());
        assertEquals("supports", c.at("/stanceChanged/0/stanceAfter").asText());
        assertEquals(1, c.get("tiesAdded").size(), "the tie drawn last year too is not new: " + c);
        assertEquals("Bibliotheek", c.at("/tiesAdded/0/aName").asText());
        assertEquals("p-library", c.at("/partnersAdded/0/id").asText());

        JsonNode firstOne = http.get("/api/tables/t-steering/sessions/"
                        + first.json().get("id").asText() + "/compare")
                .json();
        assertTrue(!firstOne.hasNonNull("previous"), "the table's first session has nothing to compare with");
        assertEquals(0, firstOne.get("actorsAdded").size());
        assertEquals(
                400,
                http.get("/api/tables/t-steering/sessions/"
                                + first.json().get("id").asText() + "/compare?with=" + id)
                        .status(),
                "a later session is not an earlier one");
        assertEquals(
                404,
                http.get("/api/tables/t-steering/sessions/session-nope/compare").status());
    }
}
