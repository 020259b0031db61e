package be.tafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import be.tafel.support.HttpJson.Response;
import be.tafel.support.SmallTown;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ImportApiTest {
    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    @BeforeEach
    void emptyStore() {
        server.reset();
    }

    private JsonNode export() {
        return http.get("/api/export").json();
    }

    private int count(String collection) {
        return http.get("/api/" + collection + "?limit=1").json().get("total").asInt();
    }

    @Nested
    class A_valid_document {
        @Test
        void is_written_whole_and_answers_counts_per_section() {
            Response response = http.post("/api/import", SmallTown.document());

            assertEquals(200, response.status(), response.text());
            JsonNode sections = response.json().get("sections");
            assertEquals(4, sections.at("/partners/created").asInt());
            assertEquals(2, sections.at("/seats/created").asInt());
            assertEquals(2, sections.at("/referrals/created").asInt());
            assertEquals(4, count("partners"));
            assertEquals(2, count("families"));
        }

        @Test
        void imported_twice_changes_nothing() {
            http.post("/api/import", SmallTown.document());
            JsonNode first = export();

            Response again = http.post("/api/import", SmallTown.document());

            assertEquals(200, again.status());
            assertEquals(0, again.json().at("/sections/partners/created").asInt());
            assertEquals(4, again.json().at("/sections/partners/updated").asInt());
            assertEquals(0, again.json().at("/sections/collaborations/created").asInt());
            assertEquals(first, export());
        }

        @Test
        void round_trips_through_export_and_import() {
            http.post("/api/import", SmallTown.document());
            JsonNode exported = export();
            server.reset();

            Response reimport = http.post("/api/import", exported);

            assertEquals(200, reimport.status(), reimport.text());
            assertEquals(exported, export());
            assertEquals(2, exported.get("referrals").size());
            assertEquals("2025-12-31", exported.at("/seats/1/until").asText(exported.toString()));
        }

        @Test
        void on_a_dry_run_is_checked_but_not_written() {
            Response response = http.post("/api/import?dryRun=true", SmallTown.document());

            assertEquals(200, response.status());
            assertTrue(response.json().get("dryRun").asBoolean());
            assertEquals(0, count("partners"));
        }
    }

    @Nested
    class A_bad_document {
        @Test
        void with_one_bad_row_in_the_middle_writes_nothing() {
            ObjectNode document = SmallTown.document();
            ((ObjectNode) SmallTown.section(document, "referrals").get(1)).put("status", "lost");

            Response response = http.post("/api/import", document);

            assertEquals(422, response.status());
            assertTrue(response.isProblem());
            JsonNode error = response.json().get("errors").get(0);
            assertEquals("referrals", error.get("section").asText());
            assertEquals(1, error.get("row").asInt());
            assertEquals("status", error.get("field").asText());
            assertEquals(0, count("partners"));
            assertEquals(0, count("referrals"));
        }

        /** SmallTown without a partner's name, with a seat ending before it starts and a use of no service. */
        private static ObjectNode withThreeProblems() {
            ObjectNode document = SmallTown.document();
            ((ObjectNode) SmallTown.section(document, "partners").get(0)).remove("name");
            ((ObjectNode) SmallTown.section(document, "seats").get(0)).put("until", "2020-01-01");
            ((ObjectNode) SmallTown.section(document, "uses").get(0)).put("service", "s-unknown");
            return document;
        }

        @Test
        void lists_every_problem_with_section_row_and_field() {
            ObjectNode document = withThreeProblems();

            JsonNode errors = http.post("/api/import", document).json().get("errors");

            List<String> where = new ArrayList<>();
            errors.forEach(e -> where.add(e.get("section").asText() + "/"
                    + e.get("row").asInt() + "/" + e.get("field").asText()));
            assertTrue(where.contains("partners/0/name"), where.toString());
            assertTrue(where.contains("seats/0/until"), where.toString());
            assertTrue(where.contains("uses/0/service"), where.toString());
        }

        @Test
        void answers_every_problem_as_a_catalogue_code_with_its_parameters_on_a_dry_run_too() {
            ObjectNode document = withThreeProblems();
            ((ObjectNode) SmallTown.section(document, "referrals").get(0)).put("date", "2025-02-30");

            for (String path : List.of("/api/import?dryRun=true", "/api/import")) {
                Response response = http.post(path, document);

                assertEquals(422, response.status(), response.text());
                Map<String, JsonNode> problems = new HashMap<>();
                response.json()
                        .get("errors")
                        .forEach(e -> problems.put(
                                e.get("section").asText() + "/" + e.get("row").asInt() + "/"
                                        + e.get("field").asText(),
                                e));
                JsonNode name = problems.get("partners/0/name");
                assertEquals("importRequired", name.at("/problem/code").asText(), name.toString());
                assertEquals("name", name.at("/problem/field").asText(), name.toString());
                assertEquals("name is required", name.get("message").asText(), "the English rendering");
                JsonNode until = problems.get("seats/0/until").get("problem");
                assertEquals("importBefore", until.get("code").asText(), until.toString());
                assertEquals("2020-01-01", until.get("value").asText(), until.toString());
                assertEquals("since", until.get("since").asText(), until.toString());
                JsonNode service = problems.get("uses/0/service").get("problem");
                assertEquals("importUnknownReference", service.get("code").asText(), service.toString());
                assertEquals("s-unknown", service.get("id").asText(), service.toString());
                JsonNode date = problems.get("referrals/0/date").get("problem");
                assertEquals("importDate", date.get("code").asText(), date.toString());
                assertEquals("2025-02-30", date.get("value").asText(), date.toString());
            }
            assertEquals(0, count("partners"));
        }

        @Test
        void refuses_a_family_that_carries_a_name_or_an_address() {
            ObjectNode document = SmallTown.document();
            ObjectNode family =
                    (ObjectNode) SmallTown.section(document, "families").get(0);
            family.put("name", "Familie Peeters");
            family.put("address", "Kerkstraat 1");

            Response response = http.post("/api/import", document);

            assertEquals(422, response.status());
            String text = response.json().get("errors").toString();
            assertTrue(text.contains("\"field\":\"name\""), text);
            assertTrue(text.contains("\"field\":\"address\""), text);
            assertTrue(text.contains("pseudonymous"), text);
            assertEquals(0, count("families"));
        }

        @Test
        void that_is_not_json_answers_400_problem() {
            Response response = http.post("/api/import", "{\"partners\": [ }");

            assertEquals(400, response.status());
            assertTrue(response.isProblem());
            assertTrue(response.json().get("detail").asText().contains("not valid JSON"));
        }

        @Test
        void with_an_unknown_section_is_refused() {
            Response response = http.post("/api/import", "{\"organisations\": []}");

            assertEquals(422, response.status());
            assertTrue(response.json().at("/errors/0/message").asText().contains("unknown section"));
        }

        @Test
        void reusing_an_id_of_another_label_is_refused() {
            http.post("/api/import", SmallTown.document());

            Response response = http.post(
                    "/api/import", "{\"persons\": [{\"id\": \"p-clb\", \"name\": \"X\", \"role\": \"staff\"}]}");

            assertEquals(422, response.status());
            assertTrue(response.json().at("/errors/0/message").asText().contains("already belongs to a partner"));
        }
    }

    @Nested
    class CSV_files {
        private Response upload(String... nameAndContent) {
            String boundary = "tafelboundary42";
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < nameAndContent.length; i += 2) {
                body.append("--")
                        .append(boundary)
                        .append("\r\n")
                        .append("Content-Disposition: form-data; name=\"files\"; filename=\"")
                        .append(nameAndContent[i])
                        .append("\"\r\nContent-Type: text/csv\r\n\r\n")
                        .append(nameAndContent[i + 1])
                        .append("\r\n");
            }
            body.append("--").append(boundary).append("--\r\n");
            return http.postBytes(
                    "/api/import",
                    "multipart/form-data; boundary=" + boundary,
                    body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        @Test
        void import_with_lists_access_scores_and_quoted_newlines() {
            Response response = upload(
                    "partners.csv",
                    "id,name,sector,domains,kind\np1,\"School\nDe Linde\",school,education;welfare,public\n",
                    "services.csv",
                    "id,name,provider,access.reachable,access.available,access.affordable,access.usable,access.understandable\n"
                            + "s1,Speelpleinwerking,p1,4,4,5,3,4\n");

            assertEquals(200, response.status(), response.text());
            JsonNode partner = http.get("/api/partners/p1").json();
            assertEquals("School\nDe Linde", partner.get("name").asText());
            assertEquals(2, partner.get("domains").size());
            assertEquals(
                    5,
                    http.get("/api/services/s1").json().at("/access/affordable").asInt());
        }

        @Test
        void bad_rows_are_reported_by_spreadsheet_row_number() {
            Response response = upload("partners.csv", "id,name,kind\np1,School,public\np2,,public\np3,Club,company\n");

            assertEquals(422, response.status());
            JsonNode errors = response.json().get("errors");
            assertEquals(3, errors.get(0).get("row").asInt());
            assertEquals("name", errors.get(0).get("field").asText());
            assertEquals(4, errors.get(1).get("row").asInt());
            assertEquals(0, count("partners"));
        }

        @Test
        void a_file_that_is_not_utf8_is_refused() {
            String boundary = "b0";
            byte[] latin1 = "id,name\np1,Caf\u00e9 De Kring\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            byte[] head = ("--" + boundary
                            + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"partners.csv\"\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            byte[] body = new byte[head.length + latin1.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(latin1, 0, body, head.length, latin1.length);
            System.arraycopy(tail, 0, body, head.length + latin1.length, tail.length);

            Response response = http.postBytes("/api/import", "multipart/form-data; boundary=" + boundary, body);

            assertEquals(422, response.status());
            assertTrue(response.json().at("/errors/0/message").asText().contains("UTF-8"));
        }

        @Test
        void extra_columns_and_rows_with_missing_cells_are_refused() {
            Response response = upload("partners.csv", "id,name,colour\np1,School,blue\np2\n");

            assertEquals(422, response.status());
            String errors = response.json().get("errors").toString();
            assertTrue(errors.contains("'colour' is not accepted"), errors);
            assertTrue(errors.contains("\"row\":3"), errors);
        }
    }

    @Test
    void concurrent_overlapping_imports_keep_every_id_unique() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Response>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> http.post("/api/import", SmallTown.document())));
        }
        for (Future<Response> result : results) {
            assertEquals(200, result.get().status(), result.get().text());
        }
        pool.shutdown();

        assertEquals(4, count("partners"));
        assertEquals(2, export().get("collaborations").size());
        assertEquals(2, export().get("seats").size());
        long distinct = server.store()
                .read(tx -> tx.run("MATCH (n:Partner) RETURN count(DISTINCT n.id) AS ids, count(n) AS n")
                        .single()
                        .get("n")
                        .asLong());
        assertEquals(4, distinct);
        assertFalse(export().get("referrals").isEmpty());
    }
}
