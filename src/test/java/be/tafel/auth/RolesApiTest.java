package be.tafel.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.TafelApp;
import be.tafel.support.HttpJson;
import be.tafel.support.SmallTown;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Tokens and roles through real HTTP, on a second app over the test run's store. */
class RolesApiTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithTokens extends WithRoleTokens {

        @Test
        void a_request_without_a_token_answers_401_problem_json() {
            for (String path : List.of("/api/partners", "/api/analysis/summary", "/api/export", "/api/audit")) {
                Client.Answer answer = app.client(null).get(path);
                assertEquals(401, answer.status(), path);
                assertTrue(answer.asJson().isProblem(), path);
                assertTrue(answer.header("WWW-Authenticate").startsWith("Bearer"), path);
            }
        }

        @Test
        void a_wrong_or_malformed_token_answers_401() {
            assertEquals(
                    401, app.client("tafel_notarealtoken").get("/api/partners").status());
            assertEquals(401, app.client(broker + "x").get("/api/partners").status());
            assertEquals(
                    401,
                    app.client(null)
                            .get("/api/partners", "Authorization", "Basic YWRtaW46YWRtaW4=")
                            .status());
        }

        @Test
        void health_and_the_web_app_stay_open() {
            for (String path : List.of(
                    "/api/health",
                    "/api/health/live",
                    "/api/health/ready",
                    "/metrics",
                    "/api/openapi.yaml",
                    "/api/docs")) {
                assertEquals(200, app.client(null).get(path).status(), path);
            }
            assertEquals(200, app.client(null).get("/").status());
            assertEquals(200, app.client(null).get("/js/api.js").status());
        }

        @Test
        void a_broker_reads_and_writes_everything() {
            Client c = app.client(broker);
            assertEquals(200, c.get("/api/families").status());
            assertEquals(200, c.get("/api/families/f-1").status());
            assertEquals(200, c.get("/api/supports").status());
            assertEquals(200, c.get("/api/graph?aggregateFamilies=false").status());
            assertEquals(200, c.get("/api/audit").status());
            JsonNode export = c.get("/api/export").asJson().json();
            assertEquals(2, export.get("families").size());
            assertTrue(c.post("/api/partners", "{\"id\": \"p-roles\", \"name\": \"Rollen\", \"sector\": \"library\"}")
                            .status()
                    < 300);
            assertEquals(204 / 100, c.delete("/api/partners/p-roles").status() / 100);
        }

        @Test
        void an_analyst_reads_analyses_and_exports_but_no_family_rows_and_writes_nothing() {
            Client c = app.client(analyst);
            assertEquals(200, c.get("/api/analysis/summary?view=collaboration").status());
            assertEquals(200, c.get("/api/partners").status());
            assertEquals(200, c.get("/api/graph").status());
            for (String path : List.of(
                    "/api/families",
                    "/api/families/f-1",
                    "/api/referrals",
                    "/api/supports",
                    "/api/uses",
                    "/api/graph?aggregateFamilies=false",
                    "/api/audit")) {
                Client.Answer answer = c.get(path);
                assertEquals(403, answer.status(), path);
                assertTrue(answer.asJson().isProblem(), path);
            }
            assertEquals(403, c.post("/api/import", SmallTown.document()).status());
            assertEquals(403, c.delete("/api/families/f-1").status());
            assertEquals(403, c.get("/api/export?view=ecosystem&format=graphml").status());
            assertEquals(
                    200, c.get("/api/export?view=collaboration&format=graphml").status());
            Client.Answer export = c.get("/api/export");
            assertEquals(200, export.status());
            JsonNode doc = export.asJson().json();
            assertFalse(doc.has("families"));
            assertFalse(doc.has("supports"));
            assertFalse(doc.has("uses"));
            assertEquals(2, doc.get("partners").size() - 2);
            doc.get("referrals").forEach(r -> assertFalse(r.has("family")));
            assertFalse(export.text().contains("f-1"));
        }

        @Test
        void analysts_and_viewers_see_family_groups_under_five_as_less_than_five() {
            for (String token : List.of(analyst, viewer)) {
                JsonNode graph = app.client(token)
                        .get("/api/graph?view=ecosystem")
                        .asJson()
                        .json();
                assertEquals("<5", graph.get("families").asText());
                int groups = 0;
                for (JsonNode node : graph.get("nodes")) {
                    if (node.get("data").get("type").asText().equals("family-group")) {
                        assertEquals("<5", node.get("data").get("count").asText());
                        groups++;
                    }
                }
                assertTrue(groups > 0);
            }
            JsonNode asBroker =
                    app.client(broker).get("/api/graph?view=ecosystem").asJson().json();
            assertEquals(2, asBroker.get("families").asInt());
        }

        @Test
        void a_viewer_sees_the_map_and_analyses_but_no_exports_and_no_families() {
            Client c = app.client(viewer);
            assertEquals(200, c.get("/api/graph").status());
            assertEquals(
                    200, c.get("/api/analysis/centrality?view=collaboration").status());
            assertEquals(200, c.get("/api/tables/t-steering/analysis").status());
            assertEquals(200, c.get("/api/partners/p-school").status());
            for (String path : List.of("/api/export", "/api/families", "/api/families/f-2", "/api/audit")) {
                assertEquals(403, c.get(path).status(), path);
            }
            assertEquals(
                    403,
                    c.post("/api/partners", "{\"id\": \"p-v\", \"name\": \"V\", \"sector\": \"library\"}")
                            .status());
        }

        @Test
        void a_revoked_token_stops_working_at_once() {
            TokenStore tokens = SecuredApp.tokens();
            TokenStore.NewToken token = tokens.create("short-lived", Role.VIEWER);
            assertEquals(200, app.client(token.secret()).get("/api/graph").status());
            assertTrue(tokens.revoke(token.info().id()));
            assertEquals(401, app.client(token.secret()).get("/api/graph").status());
            assertFalse(tokens.revoke(token.info().id()));
        }

        @Test
        void only_the_hash_of_a_token_is_stored() {
            long found = TestServer.get()
                    .store()
                    .read(tx -> tx.run(
                                    "MATCH (t:TafelToken) WHERE any(k IN keys(t) WHERE t[k] = $secret) RETURN count(t) AS n",
                                    java.util.Map.of("secret", broker))
                            .single()
                            .get("n")
                            .asLong());
            assertEquals(0, found);
        }
    }

    @Nested
    class AccessModes {
        @Test
        void without_tokens_on_loopback_the_server_runs_open() {
            SecuredApp.removeTokens();
            Javalin app = TafelApp.start(TestServer.get().store(), SecuritySettings.open(), "127.0.0.1", 0);
            try {
                HttpJson.Response answer = new HttpJson("http://127.0.0.1:" + app.port()).get("/api/partners");
                assertEquals(200, answer.status());
            } finally {
                app.stop();
            }
        }

        @Test
        void without_tokens_it_refuses_to_listen_beyond_loopback() {
            SecuredApp.removeTokens();
            IllegalStateException refused = assertThrows(
                    IllegalStateException.class,
                    () -> TafelApp.start(TestServer.get().store(), SecuritySettings.open(), "0.0.0.0", 0));
            assertTrue(refused.getMessage().contains("without API tokens"), refused.getMessage());
        }

        @Test
        void without_the_open_flag_the_server_requires_tokens_even_on_loopback() {
            TokenStore.NewToken token = SecuredApp.tokens().create("mode", Role.VIEWER);
            Javalin app = TafelApp.start(
                    TestServer.get().store(), SecuritySettings.open().withTokensRequired(true), "127.0.0.1", 0);
            try {
                Client client = new Client("http://127.0.0.1:" + app.port(), null);
                assertEquals(401, client.get("/api/graph").status());
                assertEquals(200, client.as(token.secret()).get("/api/graph").status());
            } finally {
                app.stop();
                SecuredApp.removeTokens();
            }
        }

        @Test
        void loopback_names_are_recognised() {
            assertTrue(AccessMode.isLoopback("127.0.0.1"));
            assertTrue(AccessMode.isLoopback("::1"));
            assertTrue(AccessMode.isLoopback("localhost"));
            assertFalse(AccessMode.isLoopback("0.0.0.0"));
        }
    }

    @Nested
    class TokenCommandLine {
        @Test
        void create_prints_the_secret_once_list_never_shows_it_and_revoke_ends_it() {
            TokenStore tokens = SecuredApp.tokens();
            try {
                String created = run(tokens, "create", "--role", "analyst", "--name", "Onderzoek UGent");
                String secret = created.lines()
                        .filter(l -> l.startsWith("tafel_"))
                        .findFirst()
                        .orElseThrow();
                assertTrue(tokens.authenticate(secret).isPresent());
                String listed = run(tokens, "list");
                assertTrue(listed.contains("Onderzoek UGent"));
                assertTrue(listed.contains("analyst"));
                assertFalse(listed.contains(secret));
                String id = tokens.authenticate(secret).orElseThrow().tokenId();
                assertTrue(run(tokens, "revoke", id).contains("Revoked"));
                assertTrue(tokens.authenticate(secret).isEmpty());
                assertThrows(
                        IllegalArgumentException.class, () -> run(tokens, "create", "--role", "admin", "--name", "x"));
            } finally {
                SecuredApp.removeTokens();
            }
        }

        private String run(TokenStore tokens, String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TokenCommand.run(List.of(args), tokens, new PrintStream(out, true, StandardCharsets.UTF_8));
            String text = out.toString(StandardCharsets.UTF_8);
            assertNotNull(text);
            return text;
        }
    }
}
