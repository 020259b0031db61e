package be.tafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import be.tafel.support.HttpJson.Response;
import be.tafel.support.SmallTown;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deleting what others name answers 409 (or cascades when asked); the backup always imports again. */
class ReferentialIntegrityApiTest {
    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    @BeforeEach
    void smallTown() {
        server.reset();
        assertEquals(200, http.post("/api/import", SmallTown.document()).status());
    }

    private void assertBackupImportsAgain() {
        JsonNode backup = http.get("/api/export").json();
        server.reset();
        Response restored = http.post("/api/import", backup);
        assertEquals(200, restored.status(), restored.text());
        assertEquals(backup, http.get("/api/export").json());
    }

    @Test
    void deleting_a_partner_that_offers_services_and_sends_referrals_answers_409_naming_them() {
        Response refused = http.delete("/api/partners/p-school");

        assertEquals(409, refused.status(), refused.text());
        assertTrue(refused.isProblem());
        String detail = refused.json().get("detail").asText();
        assertTrue(
                detail.contains("'s-homework'") && detail.contains("'r-1'") && detail.contains("cascade=true"), detail);
        assertEquals(200, http.get("/api/partners/p-school").status());
        assertBackupImportsAgain();
    }

    @Test
    void deleting_a_person_who_sent_a_referral_or_a_receiving_partner_answers_409() {
        assertEquals(409, http.delete("/api/persons/pe-bridge").status());
        assertEquals(409, http.delete("/api/partners/p-ocmw").status()); // receives r-2
        assertEquals(200, http.get("/api/persons/pe-bridge").status());
    }

    @Test
    void cascade_deletes_the_services_and_referrals_too_and_the_backup_imports_again() {
        Response deleted = http.delete("/api/partners/p-school?cascade=true");

        assertEquals(204, deleted.status(), deleted.text());
        assertEquals(404, http.get("/api/services/s-homework").status());
        assertEquals(404, http.get("/api/referrals/r-1").status());
        assertEquals(200, http.get("/api/referrals/r-2").status());
        assertEquals(200, http.get("/api/persons/pe-bridge").status());
        assertBackupImportsAgain();
    }

    @Test
    void a_partner_nothing_names_is_deleted_at_once() {
        assertEquals(204, http.delete("/api/partners/p-parents").status());
        assertBackupImportsAgain();
    }

    @Test
    void imports_racing_deletes_answer_409_or_422_never_500_and_the_backup_imports_again() throws Exception {
        Set<Integer> allowed = Set.of(200, 204, 404, 409, 422);
        List<String> unexpected = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 120; i++) {
                String p = "p-race-" + i;
                assertEquals(
                        200,
                        http.post("/api/import", "{\"partners\": [{\"id\": \"" + p + "\", \"name\": \"Race\"}]}")
                                .status());
                String document = "{\"services\": [{\"id\": \"s-race-" + i
                        + "\", \"name\": \"Dienst\", \"provider\": \""
                        + p + "\"}], \"referrals\": [{\"id\": \"r-race-" + i + "\", \"from\": \"" + p + "\", \"to\": "
                        + "\"p-clb\", \"family\": \"f-1\", \"date\": \"2025-02-01\", \"status\": \"proposed\"}]}";
                Future<Response> importing = pool.submit(() -> http.post("/api/import", document));
                Future<Response> deleting = pool.submit(() -> http.delete("/api/partners/" + p + "?cascade=true"));
                for (Response answer : List.of(importing.get(), deleting.get())) {
                    if (!allowed.contains(answer.status()) || answer.status() >= 400 && !answer.isProblem()) {
                        unexpected.add(answer.status() + " " + answer.text());
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), unexpected);
        assertBackupImportsAgain();
    }
}
