package be.tafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import be.tafel.support.HttpJson.Response;
import be.tafel.support.SmallTown;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Needs, life domains and neighbourhoods come from the network's vocabularies; brokers extend them. */
class VocabularyApiTest {
    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    @BeforeEach
    void smallTown() {
        server.reset();
        assertEquals(200, http.post("/api/import", SmallTown.document()).status());
    }

    @Test
    void a_need_outside_the_life_domains_is_refused_naming_the_field() {
        Response response = http.put("/api/families/f-1", "{\"needs\": [\"Jan Peeters heeft schulden\"]}");

        assertEquals(422, response.status(), response.text());
        JsonNode error = response.json().get("errors").get(0);
        assertEquals("needs", error.get("field").asText());
        assertTrue(error.get("message").asText().contains("not a life domain"), response.text());
    }

    @Test
    void the_defaults_come_from_cypher_and_brokers_add_terms() {
        JsonNode defaults = http.get("/api/vocabulary").json();
        assertTrue(defaults.get("lifeDomains").toString().contains("\"education\""), defaults.toString());
        assertEquals(0, defaults.get("neighbourhoods").size());
        assertEquals(
                422,
                http.post(
                                "/api/partners",
                                "{\"id\": \"p-sport\", \"name\": \"Sportclub\", \"domains\":" + " [\"sport\"]}")
                        .status());

        Response added = http.post("/api/vocabulary", "{\"lifeDomains\": [\"sport\"]}");

        assertEquals(200, added.status(), added.text());
        assertEquals(
                201,
                http.post(
                                "/api/partners",
                                "{\"id\": \"p-sport\", \"name\": \"Sportclub\", \"domains\":" + " [\"sport\"]}")
                        .status());
    }

    @Test
    void once_a_town_names_its_neighbourhoods_only_those_are_accepted() {
        assertEquals(
                200,
                http.post("/api/vocabulary", "{\"neighbourhoods\": [\"Noord\", \"Zuid\"]}")
                        .status());

        Response refused = http.put("/api/families/f-1", "{\"neighbourhood\": \"Kerkstraat 5\"}");

        assertEquals(422, refused.status(), refused.text());
        assertEquals(
                "neighbourhood",
                refused.json().get("errors").get(0).get("field").asText());
        assertEquals(
                200,
                http.put("/api/families/f-1", "{\"neighbourhood\": \"Zuid\"}").status());
    }

    @Test
    void a_term_with_personal_data_is_refused() {
        Response refused = http.post("/api/vocabulary", "{\"neighbourhoods\": [\"bel 0470 12 34 56\"]}");

        assertEquals(422, refused.status(), refused.text());
        assertTrue(refused.text().contains("phone number"), refused.text());
    }

    @Test
    void the_backup_carries_the_added_terms_and_imports_again_into_an_empty_store() {
        http.post("/api/vocabulary", "{\"lifeDomains\": [\"sport\"], \"neighbourhoods\": [\"Noord\", \"Zuid\"]}");
        ObjectNode partner = (ObjectNode) SmallTown.document().get("partners").get(0);
        partner.put("id", "p-sport").putArray("domains").add("sport");
        assertEquals(201, http.post("/api/partners", partner).status());
        JsonNode backup = http.get("/api/export").json();
        server.reset();

        Response restored = http.post("/api/import", backup);

        assertEquals(200, restored.status(), restored.text());
        assertEquals(backup, http.get("/api/export").json());
    }
}
