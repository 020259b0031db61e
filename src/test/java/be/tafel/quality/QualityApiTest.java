package be.tafel.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import be.tafel.support.HttpJson.Response;
import be.tafel.support.SmallTown;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The data-quality lists and the partner merge through the real server and store. */
class QualityApiTest {
    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    @BeforeEach
    void smallTownWithADuplicate() {
        server.reset();
        var document = SmallTown.document();
        document.withArray("partners")
                .addObject()
                .put("id", "p-clb2")
                .put("name", "C.L.B. Schelde")
                .put("sector", "pupil-guidance");
        document.withArray("persons")
                .addObject()
                .put("id", "pe-alone")
                .put("name", "Bram")
                .put("role", "volunteer");
        document.withArray("services")
                .addObject()
                .put("id", "s-idle")
                .put("name", "Speelotheek")
                .put("provider", "p-clb2")
                .put("domain", "leisure");
        document.withArray("collaborations")
                .addObject()
                .put("a", "p-clb2")
                .put("b", "p-ocmw")
                .put("strength", 3)
                .put("since", "2025-01-01");
        document.withArray("collaborations")
                .addObject()
                .put("a", "p-clb2")
                .put("b", "p-clb")
                .put("strength", 1)
                .put("since", "2025-02-01");
        document.withArray("seats")
                .addObject()
                .put("member", "p-clb2")
                .put("table", "t-steering")
                .put("role", "member")
                .put("since", "2025-03-01");
        assertEquals(200, http.post("/api/import", document).status());
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(
                n -> ids.add(n.has("id") ? n.get("id").asText() : n.get("key").asText()));
        return ids;
    }

    @Test
    void lists_isolated_partners_stale_ties_duplicates_persons_without_organisation_and_unused_services() {
        JsonNode report = http.get("/api/quality?at=2026-12-01").json();

        // p-ocmw's tie with p-clb ended in June, but its tie with p-clb2 holds; the parents have none
        assertEquals(List.of("p-parents"), ids(report.get("isolatedPartners")));
        // every tie was recorded in the journal just now, which confirms it for 18 months
        assertEquals(List.of(), ids(report.get("staleTies")));
        // two years on, the ties still open are older than 18 months and unconfirmed; the ended one is not listed
        assertEquals(
                List.of("p-clb|p-school|2023-09-01", "p-clb2|p-ocmw|2025-01-01", "p-clb|p-clb2|2025-02-01"),
                ids(http.get("/api/quality?at=2028-12-01").json().get("staleTies")));
        JsonNode duplicate = report.at("/duplicates/0");
        assertEquals("partners", duplicate.get("section").asText());
        assertEquals("p-clb", duplicate.at("/first/id").asText());
        assertEquals("p-clb2", duplicate.at("/second/id").asText());
        assertTrue(duplicate.get("similarity").asDouble() >= 0.9);
        assertEquals(List.of("pe-alone"), ids(report.get("personsWithoutOrganisation")));
        assertEquals(List.of("s-idle"), ids(report.get("unusedServices")));
    }

    @Test
    void a_merge_moves_ties_seats_and_services_to_the_survivor_in_one_journaled_change_and_can_be_undone() {
        Response merged = http.post("/api/partners/p-clb2/merge", "{\"into\": \"p-clb\"}");
        assertEquals(200, merged.status(), merged.text());
        assertEquals("merge", merged.json().get("op").asText());

        assertEquals(404, http.get("/api/partners/p-clb2").status());
        assertEquals(
                "p-clb", http.get("/api/services/s-idle").json().get("provider").asText());
        List<String> ties = ids(keys(http.get("/api/collaborations").json().get("items")));
        assertTrue(ties.contains("p-clb|p-ocmw|2025-01-01"), ties.toString());
        assertEquals(3, ties.size(), ties.toString()); // the tie between the two went
        JsonNode seats = http.get("/api/seats").json().get("items");
        assertTrue(seats.toString().contains("\"member\":\"p-clb\""));
        assertEquals(0, http.get("/api/quality").json().get("duplicates").size());

        Response undone = http.post("/api/journal/undo", "");
        assertEquals(200, undone.status(), undone.text());
        assertEquals(
                "C.L.B. Schelde",
                http.get("/api/partners/p-clb2").json().get("name").asText());
        assertEquals(
                "p-clb2",
                http.get("/api/services/s-idle").json().get("provider").asText());
        assertEquals(4, http.get("/api/collaborations").json().get("items").size());
    }

    @Test
    void a_merge_into_an_unknown_partner_answers_422_and_writes_nothing() {
        Response response = http.post("/api/partners/p-clb2/merge", "{\"into\": \"p-nope\"}");

        assertEquals(422, response.status());
        assertTrue(response.isProblem());
        assertEquals(200, http.get("/api/partners/p-clb2").status());
        assertEquals(
                404,
                http.post("/api/partners/p-nope/merge", "{\"into\": \"p-clb\"}").status());
    }

    /** Collaboration rows with their key (a|b|since), as the journal names them. */
    private static JsonNode keys(JsonNode items) {
        var array = new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode();
        items.forEach(i -> array.addObject()
                .put(
                        "key",
                        i.get("a").asText() + "|" + i.get("b").asText() + "|"
                                + i.path("since").asText()));
        return array;
    }
}
