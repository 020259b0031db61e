package be.tafel.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The journal with tokens: brokers only, each broker's undo acts on their own changes, names who changed what. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JournalRolesApiTest {
    private SecuredApp app;
    private Client anna;
    private Client bram;
    private Client analyst;

    @BeforeAll
    void start() {
        TokenStore tokens = SecuredApp.tokens();
        app = SecuredApp.withTokens();
        anna = app.client(tokens.create("Anna", Role.BROKER).secret());
        bram = app.client(tokens.create("Bram", Role.BROKER).secret());
        analyst = app.client(tokens.create("Ans", Role.ANALYST).secret());
    }

    @BeforeEach
    void smallTown() {
        // like TestServer.reset(), but keeps this class's tokens
        TestServer.get()
                .store()
                .write(tx -> tx.run("MATCH (n) WHERE n:Node OR n:TafelChange OR n:TafelAudit DETACH DELETE n")
                        .consume());
        SecuredApp.importSmallTown();
    }

    @AfterAll
    void stop() {
        app.close();
        SecuredApp.removeTokens();
    }

    private String name(String partner) {
        return anna.get("/api/partners/" + partner).asJson().json().get("name").asText();
    }

    @Test
    void only_brokers_read_the_journal_and_undo() {
        assertEquals(403, analyst.get("/api/journal?since=0").status());
        assertTrue(analyst.get("/api/journal?since=0").asJson().isProblem());
        assertEquals(403, analyst.post("/api/journal/undo", "").status());
        assertEquals(200, anna.get("/api/journal?since=0").status());
    }

    @Test
    void each_broker_undoes_their_own_last_change_and_the_journal_names_who_made_it() {
        long start = anna.get("/api/journal?since=999999999")
                .asJson()
                .json()
                .get("version")
                .asLong();
        assertEquals(
                201,
                anna.post(
                                "/api/partners",
                                "{\"id\": \"p-ocmw\", \"name\": \"Sociaal Huis\", \"sector\": \"social-welfare\"}")
                        .status());
        assertEquals(
                201,
                bram.post("/api/partners", "{\"id\": \"p-clb\", \"name\": \"CLB\", \"sector\": \"pupil-guidance\"}")
                        .status());

        assertEquals(200, anna.post("/api/journal/undo", "").status());

        assertEquals("OCMW", name("p-ocmw"));
        assertEquals("CLB", name("p-clb"));
        JsonNode entries =
                anna.get("/api/journal?since=" + start).asJson().json().get("entries");
        assertEquals("Anna", entries.get(0).get("who").asText());
        assertEquals("Bram", entries.get(1).get("who").asText());
        assertEquals("undo", entries.get(2).get("op").asText());
        assertEquals("Anna", entries.get(2).get("who").asText());
        JsonNode audit = anna.get("/api/audit?limit=3").asJson().json().get("entries");
        assertEquals("undo", audit.get(0).get("op").asText());
        assertEquals(
                entries.get(2).get("version").asLong(),
                audit.get(0).get("change").asLong());
    }

    @Test
    void an_undo_of_an_element_another_broker_changed_since_answers_409_and_writes_nothing() {
        anna.post("/api/partners", "{\"id\": \"p-ocmw\", \"name\": \"Sociaal Huis\", \"sector\": \"social-welfare\"}");
        bram.post(
                "/api/partners",
                "{\"id\": \"p-ocmw\", \"name\": \"OCMW Schelderode\", \"sector\": \"social-welfare\"}");

        Client.Answer undo = anna.post("/api/journal/undo", "");

        assertEquals(409, undo.status(), undo.text());
        assertTrue(undo.asJson().json().get("detail").asText().contains("Bram"));
        assertEquals("OCMW Schelderode", name("p-ocmw"));
    }
}
