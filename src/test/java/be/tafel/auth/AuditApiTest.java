package be.tafel.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.SmallTown;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every write and export leaves an audit entry (who, when, what, how many rows) that brokers can read. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditApiTest {
    private SecuredApp app;
    private Client broker;
    private Client analyst;

    @BeforeAll
    void start() {
        app = SecuredApp.withTokens();
    }

    @AfterAll
    void stop() {
        app.close();
        SecuredApp.removeTokens();
    }

    /** The test server's reset empties the store, tokens included: make them afresh. */
    @BeforeEach
    void emptyStoreWithTokens() {
        TestServer.get().reset();
        TokenStore tokens = SecuredApp.tokens();
        broker = app.client(tokens.create("Bram", Role.BROKER).secret());
        analyst = app.client(tokens.create("Ans", Role.ANALYST).secret());
    }

    private List<JsonNode> entries() {
        Client.Answer answer = broker.get("/api/audit?limit=1000");
        assertEquals(200, answer.status(), answer.text());
        List<JsonNode> list = new ArrayList<>();
        answer.asJson().json().get("entries").forEach(list::add);
        return list;
    }

    @Test
    void an_import_is_logged_with_its_author_route_and_row_count() {
        assertEquals(200, broker.post("/api/import", SmallTown.document()).status());
        List<JsonNode> log = entries();
        assertEquals(1, log.size());
        JsonNode entry = log.getFirst();
        assertEquals("Bram", entry.get("who").asText());
        assertEquals("broker", entry.get("role").asText());
        assertEquals("POST", entry.get("method").asText());
        assertEquals("/api/import", entry.get("route").asText());
        assertEquals(17, entry.get("rows").asLong()); // the rows of SmallTown
        assertFalse(entry.get("at").asText().isBlank());
    }

    @Test
    void exports_writes_and_erasures_are_logged_without_naming_a_family() {
        assertEquals(200, broker.post("/api/import", SmallTown.document()).status());
        assertEquals(200, analyst.get("/api/export").status());
        assertEquals(2, broker.delete("/api/families/f-1").status() / 100);
        assertEquals(200, broker.get("/api/partners").status());
        List<JsonNode> log = entries();
        assertEquals(3, log.size(), log.toString());
        JsonNode erase = log.get(0);
        assertEquals("DELETE", erase.get("method").asText());
        assertEquals("/api/families/{id}", erase.get("route").asText());
        assertEquals(1, erase.get("rows").asLong());
        JsonNode export = log.get(1);
        assertEquals("Ans", export.get("who").asText());
        assertEquals("/api/export", export.get("route").asText());
        assertTrue(export.get("rows").asLong() > 0);
        assertFalse(log.toString().contains("f-1"));
    }

    @Test
    void failed_writes_are_not_logged_and_the_log_is_paged() {
        assertEquals(
                422,
                broker.post("/api/import", "{\"families\": [{\"id\": \"f\", \"name\": \"x\"}]}")
                        .status());
        assertEquals(0, entries().size());
        for (int i = 0; i < 3; i++) {
            assertEquals(200, broker.get("/api/export").status());
        }
        JsonNode page = broker.get("/api/audit?offset=1&limit=1").asJson().json();
        assertEquals(3, page.get("total").asLong());
        assertEquals(1, page.get("entries").size());
        assertEquals(400, broker.get("/api/audit?limit=0").status());
    }

    @Test
    void in_open_mode_the_author_is_local() {
        SecuredApp.importSmallTown();
        JsonNode entry = entries().getFirst();
        assertEquals("local", entry.get("who").asText());
    }
}
