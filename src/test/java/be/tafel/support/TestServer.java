package be.tafel.support;

import be.tafel.TafelApp;
import be.tafel.store.GraphStore;
import be.tafel.store.StoreConfig;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One real embedded Neo4j and one real Tafel server for the whole test run: Neo4j takes seconds to
 * start and stop, so every test class shares them and resets the graph it needs.
 */
public final class TestServer {
    private static TestServer instance;

    private final GraphStore store;
    private final Javalin app;
    private final Path dataDir;

    private TestServer(Path dataDir) {
        this.dataDir = dataDir;
        this.store = GraphStore.open(StoreConfig.embedded(dataDir));
        this.app = TafelApp.create(store).start("127.0.0.1", 0);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "test-server-shutdown"));
    }

    public static synchronized TestServer get() {
        if (instance == null) {
            try {
                instance = new TestServer(Files.createTempDirectory("tafel-test-store"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public GraphStore store() {
        return store;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + app.port();
    }

    public HttpJson http() {
        return new HttpJson(baseUrl());
    }

    /** Empties the graph (everything but the schema). */
    public void reset() {
        store.write(
                tx -> tx.run("MATCH (n) WHERE NOT n:TafelMeta DETACH DELETE n").consume());
    }

    /** Empties the graph and imports the demo town through the real API. */
    public void loadDemo() {
        reset();
        var demo = be.tafel.web.Json.mapper().valueToTree(new be.tafel.demo.DemoNetwork().generate());
        HttpJson.Response response = http().post("/api/import", demo.toString());
        if (response.status() != 200) {
            throw new IllegalStateException("the demo did not import: " + response.text());
        }
    }

    private void stop() {
        app.stop();
        store.close();
        deleteQuietly(dataDir);
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory; the OS cleans it eventually
        }
    }
}
