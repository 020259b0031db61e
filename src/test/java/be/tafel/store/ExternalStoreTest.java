package be.tafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.TafelApp;
import be.tafel.support.HttpJson;
import be.tafel.support.HttpJson.Response;
import be.tafel.support.SmallTown;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * The whole API against a Neo4j that is not inside the service: a second JVM runs {@code tafel store}
 * (Bolt on loopback, with a password), and the service reaches it as any external Neo4j, through a
 * {@code bolt://} URI with user and password. The store is then killed and started again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExternalStoreTest {
    private static final String PASSWORD = "not-the-default-7";
    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    private Path data;
    private int boltPort;
    private Process storeProcess;
    private GraphStore store;
    private Javalin app;
    private HttpJson http;

    @BeforeAll
    void startStoreAndService() throws Exception {
        data = Files.createTempDirectory("tafel-external-store");
        boltPort = freePort();
        storeProcess = startStore();
        store = GraphStore.open(config(PASSWORD));
        app = TafelApp.create(store).start("127.0.0.1", 0);
        http = new HttpJson("http://127.0.0.1:" + app.port());
    }

    @AfterAll
    void stopAll() throws InterruptedException {
        if (app != null) {
            app.stop();
        }
        if (store != null) {
            store.close();
        }
        stopStore();
    }

    @Test
    @Order(1)
    void a_wrong_password_or_none_is_refused_by_the_store() {
        assertThrows(AuthenticationException.class, () -> GraphStore.open(config("wrong-password")));
        assertThrows(AuthenticationException.class, () -> GraphStore.open(config(null)));
    }

    @Test
    @Order(2)
    void the_api_imports_reads_analyses_and_exports_through_the_external_store() {
        JsonNode health = http.get("/api/health").json();
        assertEquals("external", health.get("store").asText(), health.toString());

        Response imported = http.post("/api/import", SmallTown.document().toString());
        assertEquals(200, imported.status(), imported.text());
        assertEquals(
                "Basisschool De Linde",
                http.get("/api/partners/p-school").json().get("name").asText());

        Response changed = http.put("/api/partners/p-ocmw", """
                {"id": "p-ocmw", "name": "OCMW Schelderode", "sector": "social-welfare", "kind": "public"}""");
        assertEquals(200, changed.status(), changed.text());

        Response summary = http.get("/api/analysis/summary?view=collaboration");
        assertEquals(200, summary.status(), summary.text());
        assertEquals(4, summary.json().get("summary").get("nodes").asInt(), summary.text());
        Response centrality = http.get("/api/analysis/centrality?view=ecosystem");
        assertEquals(200, centrality.status(), centrality.text());

        JsonNode exported = http.get("/api/export").json();
        assertEquals(4, exported.get("partners").size());
        assertTrue(exported.toString().contains("OCMW Schelderode"));
    }

    @Test
    @Order(3)
    void while_the_store_is_gone_the_api_answers_503_and_when_it_is_back_the_service_recovers_by_itself()
            throws Exception {
        String before = http.get("/api/export").text();
        stopStore();

        Response analysis = http.get("/api/analysis/centrality?view=collaboration&at=2026-01-01");
        assertEquals(503, analysis.status(), analysis.text());
        assertTrue(analysis.isProblem(), analysis.contentType());
        assertEquals(503, http.get("/api/partners?limit=5").status());
        Response importWhileDown = http.post("/api/import", """
                {"partners": [{"id": "p-late", "name": "Too late", "sector": "library", "kind": "public"}]}""");
        assertEquals(503, importWhileDown.status(), importWhileDown.text());
        assertEquals(503, http.get("/api/health/ready").status());
        assertEquals(200, http.get("/api/health/live").status(), "the service itself stays alive");

        storeProcess = startStore();
        waitUntilReady();
        assertEquals(before, http.get("/api/export").text(), "nothing was lost or half-written");
        Response again = http.get("/api/analysis/centrality?view=collaboration&at=2026-01-01");
        assertEquals(200, again.status(), again.text());
        assertEquals(404, http.get("/api/partners/p-late").status(), "the import refused while down did not land");
    }

    private StoreConfig config(String password) {
        return new StoreConfig(
                null,
                "bolt://127.0.0.1:" + boltPort,
                "neo4j",
                password,
                null,
                StoreConfig.DEFAULT_PAGE_CACHE,
                StoreConfig.DEFAULT_TRANSACTION_MEMORY);
    }

    private Process startStore() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(
                java,
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                "be.tafel.Main",
                "store",
                "--data",
                data.toString(),
                "--bolt-port",
                Integer.toString(boltPort));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        data.resolveSibling(data.getFileName() + ".log").toFile()));
        builder.environment().put("NEO4J_PASSWORD", PASSWORD);
        builder.environment().remove("NEO4J_URI");
        Process process = builder.start();
        waitForBolt(process);
        return process;
    }

    private void waitForBolt(Process process) throws InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the store process ended with " + process.exitValue());
            }
            try (GraphStore probe = GraphStore.open(config(PASSWORD))) {
                return;
            } catch (RuntimeException notYet) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("the store did not start within " + START_LIMIT);
    }

    private void waitUntilReady() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (http.get("/api/health/ready").status() == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not become ready again within 60 s of the store's return");
    }

    private void stopStore() throws InterruptedException {
        if (storeProcess != null) {
            storeProcess.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
