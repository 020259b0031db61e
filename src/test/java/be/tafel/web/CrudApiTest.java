package be.tafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import be.tafel.support.HttpJson.Response;
import be.tafel.support.SmallTown;
import be.tafel.support.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CrudApiTest {
    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    @BeforeEach
    void smallTown() {
        server.reset();
        assertEquals(200, http.post("/api/import", SmallTown.document()).status());
    }

    @Nested
    class Nodes {
        @Test
        void are_created_read_updated_and_deleted() {
            Response created = http.post(
                    "/api/partners", "{\"id\": \"p-library\", \"name\": \"Bibliotheek\", \"sector\": \"library\"}");
            assertEquals(201, created.status(), created.text());
            assertEquals("Bibliotheek", created.json().get("name").asText());

            Response updated =
                    http.put("/api/partners/p-library", "{\"name\": \"Bib Schelderode\", \"kind\": \"public\"}");
            assertEquals(200, updated.status(), updated.text());
            assertEquals(
                    "Bib Schelderode",
                    http.get("/api/partners/p-library").json().get("name").asText());
            assertEquals(
                    "public",
                    http.get("/api/partners/p-library").json().get("kind").asText());

            assertEquals(204, http.delete("/api/partners/p-library").status());
            assertEquals(404, http.get("/api/partners/p-library").status());
        }

        @Test
        void lists_page_with_offset_limit_and_total() {
            Response page = http.get("/api/partners?offset=1&limit=2");

            assertEquals(200, page.status());
            assertEquals(2, page.json().get("items").size());
            assertEquals(4, page.json().get("total").asInt());
            assertEquals("p-ocmw", page.json().at("/items/0/id").asText());
        }

        @Test
        void an_unknown_id_answers_404_problem_with_a_sentence() {
            Response response = http.get("/api/families/f-404");

            assertEquals(404, response.status());
            assertTrue(response.isProblem());
            assertEquals(
                    "There is no family with id 'f-404'.",
                    response.json().get("detail").asText());
        }

        @Test
        void a_limit_out_of_range_answers_400() {
            Response response = http.get("/api/partners?limit=0");

            assertEquals(400, response.status());
            assertTrue(response.isProblem());
            assertTrue(response.json().get("detail").asText().contains("limit"));
        }

        @Test
        void an_invalid_body_answers_422_and_changes_nothing() {
            Response response = http.put(
                    "/api/services/s-homework",
                    "{\"name\": \"X\", \"provider\": \"p-school\", \"ageMin\": 12, \"ageMax\": 6}");

            assertEquals(422, response.status());
            assertEquals("ageMax", response.json().at("/errors/0/field").asText());
            assertEquals(
                    "Huiswerkklas",
                    http.get("/api/services/s-homework").json().get("name").asText());
        }

        @Test
        void a_put_with_extra_fields_on_a_family_is_refused() {
            Response response =
                    http.put("/api/families/f-1", "{\"neighbourhood\": \"Noord\", \"phone\": \"0470 00 00 00\"}");

            assertEquals(422, response.status());
            assertEquals("phone", response.json().at("/errors/0/field").asText());
        }

        @Test
        void erasing_a_family_removes_its_relationships_and_the_referrals_that_name_it() {
            assertEquals(204, http.delete("/api/families/f-2").status());

            assertEquals(404, http.get("/api/referrals/r-2").status());
            assertEquals(200, http.get("/api/referrals/r-1").status());
            assertEquals(0, http.get("/api/supports").json().get("items").size());
            long left = server.store()
                    .read(tx -> tx.run("MATCH (n {id: 'f-2'}) RETURN count(n) AS n")
                            .single()
                            .get("n")
                            .asLong());
            assertEquals(0, left);
        }
    }

    @Nested
    class Relationships {
        @Test
        void a_seat_is_added_ended_and_deleted() {
            Response added = http.post(
                    "/api/seats", "{\"member\": \"p-clb\", \"table\": \"t-steering\", \"since\": \"2025-01-01\"}");
            assertEquals(200, added.status(), added.text());
            assertEquals("member", added.json().get("role").asText());

            Response ended = http.post(
                    "/api/seats",
                    "{\"member\": \"p-clb\", \"table\": \"t-steering\", \"since\": \"2025-01-01\", \"until\": \"2026-01-01\"}");
            assertEquals("2026-01-01", ended.json().get("until").asText());
            assertEquals(3, http.get("/api/seats").json().get("items").size());

            assertEquals(
                    204,
                    http.delete("/api/seats?member=p-clb&table=t-steering&since=2025-01-01")
                            .status());
            assertEquals(2, http.get("/api/seats").json().get("items").size());
            assertEquals(
                    404,
                    http.delete("/api/seats?member=p-clb&table=t-steering&since=2025-01-01")
                            .status());
        }

        @Test
        void a_collaboration_is_one_tie_whichever_way_it_is_named() {
            http.post(
                    "/api/collaborations",
                    "{\"a\": \"p-ocmw\", \"b\": \"p-school\", \"strength\": 3, \"since\": \"2025-05-01\"}");
            http.post(
                    "/api/collaborations",
                    "{\"a\": \"p-school\", \"b\": \"p-ocmw\", \"strength\": 5, \"since\": \"2025-05-01\"}");

            long ties = http.get("/api/collaborations").json().get("items").size();
            assertEquals(3, ties);
        }

        @Test
        void a_reference_to_nothing_answers_422() {
            Response response = http.post("/api/uses", "{\"family\": \"f-1\", \"service\": \"s-none\"}");

            assertEquals(422, response.status());
            assertTrue(response.json().at("/errors/0/message").asText().contains("s-none"));
        }
    }

    @Test
    void health_says_which_store_serves() {
        Response health = http.get("/api/health");

        assertEquals(200, health.status());
        assertEquals("embedded", health.json().get("store").asText());
        assertTrue(health.json().get("neo4jVersion").asText().startsWith("20"));
    }

    @Test
    void an_unknown_api_path_answers_404_problem() {
        Response response = http.get("/api/nothing-here");

        assertEquals(404, response.status());
        assertTrue(response.isProblem());
    }
}
