package be.tafel.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import be.tafel.support.HttpJson.Response;
import be.tafel.support.SmallTown;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The journal of changes through the real server and store: entries, undo and redo, If-Match conflicts. */
class JournalApiTest {
    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    @BeforeEach
    void smallTown() {
        server.reset();
        assertEquals(200, http.post("/api/import", SmallTown.document()).status());
        // the reset leaves earlier tests' undo history; start this test's own from a clean journal
        server.store()
                .writeUnversioned(tx -> tx.run("MATCH (c:TafelChange) DELETE c").consume());
    }

    private long version() {
        return http.get("/api/journal?since=" + Long.MAX_VALUE / 2)
                .json()
                .get("version")
                .asLong();
    }

    private JsonNode entriesSince(long version) {
        Response page = http.get("/api/journal?since=" + version);
        assertEquals(200, page.status(), page.text());
        return page.json().get("entries");
    }

    private String partnerName(String id) {
        return http.get("/api/partners/" + id).json().path("name").asText(null);
    }

    @Nested
    class Entries {
        @Test
        void an_update_records_its_version_author_op_and_the_row_before_and_after() {
            long before = version();

            Response updated = http.put(
                    "/api/partners/p-clb", "{\"name\": \"CLB Schelde-Noord\", \"sector\": \"pupil-guidance\"}");
            assertEquals(200, updated.status(), updated.text());

            JsonNode entries = entriesSince(before);
            assertEquals(1, entries.size());
            JsonNode entry = entries.get(0);
            assertEquals(before + 1, entry.get("version").asLong());
            assertEquals(version(), entry.get("version").asLong());
            assertEquals("local", entry.get("who").asText());
            assertEquals("broker", entry.get("role").asText());
            assertEquals("update", entry.get("op").asText());
            assertFalse(entry.get("at").asText().isEmpty());
            JsonNode change = entry.get("changes").get(0);
            assertEquals("partners", change.get("section").asText());
            assertEquals("p-clb", change.get("id").asText());
            assertEquals("CLB Schelde", change.at("/before/name").asText());
            assertEquals("CLB Schelde-Noord", change.at("/after/name").asText());
            // the domains were not sent, so the update cleared them: the journal shows it
            assertEquals(2, change.at("/before/domains").size());
        }

        @Test
        void a_create_has_no_row_before_and_a_delete_no_row_after() {
            long start = version();
            assertEquals(
                    201,
                    http.post(
                                    "/api/partners",
                                    "{\"id\": \"p-bib\", \"name\": \"Bibliotheek\", \"sector\": \"library\"}")
                            .status());
            assertEquals(204, http.delete("/api/partners/p-bib").status());

            JsonNode entries = entriesSince(start);
            assertEquals(
                    List.of("create", "delete"),
                    List.of(
                            entries.get(0).get("op").asText(),
                            entries.get(1).get("op").asText()));
            assertTrue(entries.get(0).at("/changes/0/before").isNull());
            assertEquals(
                    "Bibliotheek", entries.get(0).at("/changes/0/after/name").asText());
            assertTrue(entries.get(1).at("/changes/0/after").isNull());
        }

        @Test
        void ending_a_tie_records_its_until_and_keeps_the_tie() {
            long start = version();
            Response ended = http.post(
                    "/api/collaborations",
                    "{\"a\": \"p-school\", \"b\": \"p-clb\", \"kind\": \"pupil care\", \"strength\": 4, \"trust\": 4, \"since\": \"2023-09-01\", \"until\": \"2026-11-30\"}");
            assertEquals(200, ended.status(), ended.text());

            JsonNode change = entriesSince(start).get(0).at("/changes/0");
            assertEquals("collaborations", change.get("section").asText());
            assertEquals("p-clb|p-school|2023-09-01", change.get("id").asText());
            assertTrue(change.at("/before/until").isMissingNode());
            assertEquals("2026-11-30", change.at("/after/until").asText());
        }

        @Test
        void an_import_is_one_entry_listing_only_the_rows_it_changed() {
            long start = version();
            var document = SmallTown.document();
            ((com.fasterxml.jackson.databind.node.ObjectNode)
                            document.withArray("partners").get(2))
                    .put("name", "OCMW Schelderode");

            assertEquals(200, http.post("/api/import", document).status());

            JsonNode entries = entriesSince(start);
            assertEquals(1, entries.size());
            assertEquals("import", entries.get(0).get("op").asText());
            assertEquals(1, entries.get(0).get("changes").size());
            assertEquals("p-ocmw", entries.get(0).at("/changes/0/id").asText());
        }

        @Test
        void an_import_of_new_and_stored_rows_records_no_row_before_for_the_new_ones_and_the_stored_row_for_the_rest() {
            long start = version();
            var document = SmallTown.document();
            ((com.fasterxml.jackson.databind.node.ObjectNode)
                            document.withArray("partners").get(2))
                    .put("name", "OCMW Schelderode");
            document.withArray("partners")
                    .addObject()
                    .put("id", "p-bib")
                    .put("name", "Bibliotheek")
                    .put("sector", "library");
            document.withArray("collaborations")
                    .addObject()
                    .put("a", "p-bib")
                    .put("b", "p-clb")
                    .put("kind", "reading");

            assertEquals(200, http.post("/api/import", document).status());

            JsonNode changes = entriesSince(start).get(0).get("changes");
            List<String> changed = new ArrayList<>();
            changes.forEach(c ->
                    changed.add(c.get("section").asText() + "/" + c.get("id").asText()));
            assertEquals(
                    List.of("partners/p-ocmw", "partners/p-bib", "collaborations/p-bib|p-clb|"),
                    changed,
                    changes.toString());
            assertEquals("OCMW", changes.at("/0/before/name").asText());
            assertTrue(changes.at("/1/before").isNull());
            assertTrue(changes.at("/2/before").isNull());
            assertEquals("reading", changes.at("/2/after/kind").asText());
        }

        @Test
        void since_must_be_a_version() {
            Response response = http.get("/api/journal?since=yesterday");
            assertEquals(400, response.status());
            assertTrue(response.isProblem());
        }
    }

    @Nested
    class UndoRedo {
        @Test
        void an_edit_is_undone_and_redone_each_as_an_entry_of_its_own() {
            long start = version();
            assertEquals(
                    200,
                    http.put("/api/partners/p-ocmw", "{\"name\": \"Sociaal Huis\", \"sector\": \"social-welfare\"}")
                            .status());

            Response undone = http.post("/api/journal/undo", "");
            assertEquals(200, undone.status(), undone.text());
            assertEquals("undo", undone.json().get("op").asText());
            assertEquals(start + 1, undone.json().get("target").asLong());
            assertEquals("OCMW", partnerName("p-ocmw"));
            assertEquals(
                    2, http.get("/api/partners/p-ocmw").json().get("domains").size());

            Response redone = http.post("/api/journal/redo", "");
            assertEquals(200, redone.status(), redone.text());
            assertEquals("Sociaal Huis", partnerName("p-ocmw"));

            JsonNode entries = entriesSince(start);
            assertEquals(3, entries.size());
            assertEquals("redo", entries.get(2).get("op").asText());
            assertEquals("OCMW", entries.get(2).at("/changes/0/before/name").asText());
        }

        @Test
        void undo_walks_back_through_several_changes_and_redo_forward() {
            http.put("/api/partners/p-ocmw", "{\"name\": \"A\", \"sector\": \"social-welfare\"}");
            http.put("/api/partners/p-ocmw", "{\"name\": \"B\", \"sector\": \"social-welfare\"}");

            assertEquals(200, http.post("/api/journal/undo", "").status());
            assertEquals("A", partnerName("p-ocmw"));
            assertEquals(200, http.post("/api/journal/undo", "").status());
            assertEquals("OCMW", partnerName("p-ocmw"));
            assertEquals(200, http.post("/api/journal/redo", "").status());
            assertEquals("A", partnerName("p-ocmw"));
            assertEquals(200, http.post("/api/journal/redo", "").status());
            assertEquals("B", partnerName("p-ocmw"));
            assertEquals(409, http.post("/api/journal/redo", "").status());
        }

        @Test
        void undoing_a_partner_deletion_brings_back_its_ties_seats_staff_and_services() {
            assertEquals(204, http.delete("/api/partners/p-school?cascade=true").status());
            assertEquals(404, http.get("/api/partners/p-school").status());
            assertTrue(
                    http.get("/api/persons/pe-bridge").json().path("worksFor").isMissingNode());

            Response undone = http.post("/api/journal/undo", "");
            assertEquals(200, undone.status(), undone.text());

            assertEquals("Basisschool De Linde", partnerName("p-school"));
            assertEquals(
                    "p-school",
                    http.get("/api/persons/pe-bridge").json().get("worksFor").asText());
            assertEquals(
                    "p-school",
                    http.get("/api/services/s-homework").json().get("provider").asText());
            assertEquals(2, http.get("/api/collaborations").json().get("items").size());
            assertEquals(2, http.get("/api/seats").json().get("items").size());
            assertEquals(
                    "p-school",
                    http.get("/api/referrals/r-1").json().get("from").asText());

            Response redone = http.post("/api/journal/redo", "");
            assertEquals(200, redone.status(), redone.text());
            assertEquals(404, http.get("/api/partners/p-school").status());
            assertEquals(1, http.get("/api/collaborations").json().get("items").size());
        }

        @Test
        void a_new_change_clears_what_could_be_redone() {
            http.put("/api/partners/p-ocmw", "{\"name\": \"A\", \"sector\": \"social-welfare\"}");
            http.post("/api/journal/undo", "");
            http.put("/api/partners/p-clb", "{\"name\": \"CLB\", \"sector\": \"pupil-guidance\"}");

            Response redo = http.post("/api/journal/redo", "");
            assertEquals(409, redo.status());
            assertTrue(redo.isProblem());
            assertEquals("OCMW", partnerName("p-ocmw"));
        }

        @Test
        void undo_without_changes_answers_409_and_writes_nothing() {
            long start = version();
            Response response = http.post("/api/journal/undo", "");

            assertEquals(409, response.status());
            assertTrue(response.isProblem());
            assertEquals(start, version());
            assertEquals(0, entriesSince(start).size());
        }
    }

    @Nested
    class IfMatch {
        @Test
        void an_edit_of_an_element_changed_since_its_version_answers_409_saying_what_changed_and_writes_nothing() {
            long seen = version();
            assertEquals(
                    200,
                    http.put("/api/partners/p-ocmw", "{\"name\": \"Sociaal Huis\", \"sector\": \"social-welfare\"}")
                            .status());
            long now = version();

            Response stale = http.send(
                    "PUT",
                    "/api/partners/p-ocmw",
                    "{\"name\": \"OCMW Gent\", \"sector\": \"social-welfare\"}",
                    "If-Match",
                    "\"" + seen + "\"");

            assertEquals(409, stale.status(), stale.text());
            assertTrue(stale.isProblem());
            assertEquals(seen, stale.json().get("since").asLong());
            assertEquals(
                    "partners/p-ocmw",
                    stale.json().at("/conflicts/0/elements/0").asText());
            assertEquals("update", stale.json().at("/conflicts/0/op").asText());
            assertTrue(stale.json().get("detail").asText().contains("partners/p-ocmw"));
            assertEquals("Sociaal Huis", partnerName("p-ocmw"));
            assertEquals(now, version());
        }

        @Test
        void an_edit_of_another_element_on_an_older_version_goes_through() {
            long seen = version();
            assertEquals(
                    200,
                    http.put("/api/partners/p-ocmw", "{\"name\": \"Sociaal Huis\", \"sector\": \"social-welfare\"}")
                            .status());

            Response other = http.send(
                    "PUT",
                    "/api/partners/p-clb",
                    "{\"name\": \"CLB\", \"sector\": \"pupil-guidance\"}",
                    "If-Match",
                    String.valueOf(seen));

            assertEquals(200, other.status(), other.text());
            assertEquals("CLB", partnerName("p-clb"));
        }

        @Test
        void a_delete_on_a_stale_version_is_refused_and_the_node_stays() {
            long seen = version();
            http.put(
                    "/api/partners/p-parents",
                    "{\"name\": \"Ouderraad\", \"sector\": \"parents\", \"kind\": \"parents\"}");

            Response delete = http.send("DELETE", "/api/partners/p-parents", null, "If-Match", String.valueOf(seen));

            assertEquals(409, delete.status());
            assertEquals("Ouderraad", partnerName("p-parents"));
        }

        @Test
        void an_if_match_that_is_not_a_version_answers_400() {
            Response response = http.send(
                    "PUT",
                    "/api/partners/p-clb",
                    "{\"name\": \"CLB\", \"sector\": \"pupil-guidance\"}",
                    "If-Match",
                    "\"abc\"");
            assertEquals(400, response.status());
            assertTrue(response.isProblem());
        }

        @Test
        void two_concurrent_edits_of_one_element_on_the_same_version_give_exactly_one_409() throws Exception {
            for (int round = 0; round < 5; round++) {
                long seen = version();
                CyclicBarrier start = new CyclicBarrier(2);
                ExecutorService pool = Executors.newFixedThreadPool(2);
                List<Future<Response>> answers = new ArrayList<>();
                for (String name : List.of("Eerste " + round, "Tweede " + round)) {
                    Callable<Response> edit = () -> {
                        start.await();
                        return http.send(
                                "PUT",
                                "/api/partners/p-ocmw",
                                "{\"name\": \"" + name + "\", \"sector\": \"social-welfare\"}",
                                "If-Match",
                                String.valueOf(seen));
                    };
                    answers.add(pool.submit(edit));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Response> answer : answers) {
                    statuses.add(answer.get().status());
                }
                pool.shutdown();

                assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
                assertEquals(1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
                Response winner = answers.get(statuses.indexOf(200)).get();
                assertEquals(winner.json().get("name").asText(), partnerName("p-ocmw"));
                assertEquals(seen + 1, version());
                assertEquals(1, entriesSince(seen).size());
            }
        }

        @Test
        void an_import_on_a_stale_version_that_touches_a_changed_row_writes_nothing() {
            long seen = version();
            http.put("/api/partners/p-ocmw", "{\"name\": \"Sociaal Huis\", \"sector\": \"social-welfare\"}");
            var document = SmallTown.document();
            document.withArray("partners")
                    .addObject()
                    .put("id", "p-new")
                    .put("name", "Nieuw")
                    .put("sector", "sport");

            Response response = http.send("POST", "/api/import", document, "If-Match", String.valueOf(seen));

            assertEquals(409, response.status(), response.text());
            assertEquals(404, http.get("/api/partners/p-new").status());
            assertEquals("Sociaal Huis", partnerName("p-ocmw"));
        }
    }
}
