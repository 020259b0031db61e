package be.tafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Partners, persons and works-for with since/until: imported, read back, and the views at a date. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MembershipDatesApiTest {
    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    private static final String DOCUMENT = """
            {"partners": [
               {"id": "p-old", "name": "Old", "until": "2025-06-30"},
               {"id": "p-new", "name": "New", "since": "2025-03-01"},
               {"id": "p-always", "name": "Always"}],
             "persons": [
               {"id": "x-moves", "name": "Mover", "role": "staff", "worksFor": "p-always",
                "since": "2024-01-01", "worksForSince": "2025-01-01", "worksForUntil": "2025-12-31"}],
             "collaborations": [
               {"a": "p-old", "b": "p-always", "since": "2024-01-01"},
               {"a": "p-new", "b": "p-always", "since": "2025-03-01"}]}
            """;

    @BeforeAll
    void importDocument() {
        server.reset();
        HttpJson.Response r = http.post("/api/import", DOCUMENT);
        assertEquals(200, r.status(), r.text());
    }

    @Test
    void since_and_until_are_stored_and_read_back() {
        assertEquals(
                "2025-06-30",
                http.get("/api/partners/p-old").json().get("until").asText());
        assertEquals(
                "2025-03-01",
                http.get("/api/partners/p-new").json().get("since").asText());
        assertFalse(http.get("/api/partners/p-always").json().has("since"));
        JsonNode person = http.get("/api/persons/x-moves").json();
        assertEquals("2024-01-01", person.get("since").asText());
        assertEquals("2025-01-01", person.get("worksForSince").asText());
        assertEquals("2025-12-31", person.get("worksForUntil").asText());
    }

    @Test
    void views_at_a_date_leave_out_partners_outside_their_dates() {
        assertEquals(Set.of("p-old", "p-always"), nodes("collaboration", "2025-01-15"));
        assertEquals(Set.of("p-old", "p-new", "p-always"), nodes("collaboration", "2025-04-01"));
        assertEquals(Set.of("p-new", "p-always"), nodes("collaboration", "2025-07-01"));
    }

    @Test
    void the_ecosystem_view_links_a_person_to_its_partner_only_while_it_works_there() {
        assertTrue(hasWorksFor("2025-06-01"));
        assertFalse(hasWorksFor("2024-06-01"));
        assertFalse(hasWorksFor("2026-02-01"));
    }

    @Test
    void an_until_before_since_is_refused_with_its_field() {
        HttpJson.Response r = http.post("/api/import?dryRun=true", """
                {"persons": [{"id": "x-bad", "name": "Bad", "role": "staff", "worksForSince": "2025-02-01",
                  "worksForUntil": "2025-01-01"}]}""");
        assertEquals(422, r.status(), r.text());
        assertTrue(r.text().contains("worksForUntil"), r.text());
    }

    private boolean hasWorksFor(String at) {
        for (JsonNode e : http.get("/api/graph?view=ecosystem&at=" + at).json().get("edges")) {
            if (e.get("data").get("kind").asText().equals("works-for")) {
                return true;
            }
        }
        return false;
    }

    private Set<String> nodes(String view, String at) {
        Set<String> ids = new HashSet<>();
        http.get("/api/graph?view=" + view + "&at=" + at)
                .json()
                .get("nodes")
                .forEach(n -> ids.add(n.get("data").get("id").asText()));
        return ids;
    }
}
