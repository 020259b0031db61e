package be.tafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A real server process is killed with SIGKILL in the middle of a large import; after a restart on the
 * same store the import is there whole or not at all.
 */
class CrashDuringImportTest {
    private static final int FAMILIES = 150_000;

    @Test
    void a_kill_9_in_the_middle_of_an_import_leaves_all_of_it_or_none() throws Exception {
        Path data = Files.createTempDirectory("tafel-crash");
        int port = freePort();
        Process server = start(data, port);
        try {
            waitUntilUp(port);
            HttpJson http = new HttpJson("http://127.0.0.1:" + port);
            assertEquals(
                    200,
                    http.post("/api/import", "{\"partners\": [{\"id\": \"p0\", \"name\": \"Before\"}]}")
                            .status());
            String big = bigImport();
            CompletableFuture<HttpJson.Response> importing =
                    CompletableFuture.supplyAsync(() -> http.post("/api/import", big));
            Thread.sleep(4_000);
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertTrue(
                    importing
                            .handle((response, error) -> error != null || response.status() != 200)
                            .get(),
                    "the import finished before the kill; make it larger");
        } finally {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        Process restarted = start(data, port);
        try {
            waitUntilUp(port);
            HttpJson http = new HttpJson("http://127.0.0.1:" + port);
            int families = http.get("/api/families?limit=1").json().get("total").asInt();
            assertTrue(families == 0 || families == FAMILIES, "a partial import survived: " + families + " families");
            assertEquals(
                    1, http.get("/api/partners?limit=1").json().get("total").asInt());
        } finally {
            restarted.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String bigImport() {
        StringBuilder json = new StringBuilder(FAMILIES * 80).append("{\"families\": [");
        for (int i = 0; i < FAMILIES; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"id\": \"f")
                    .append(i)
                    .append("\", \"neighbourhood\": \"Wijk ")
                    .append(i % 12)
                    .append("\", \"needs\": [\"welfare\"]}");
        }
        return json.append("]}").toString();
    }

    private static Process start(Path data, int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(
                java,
                "-Xmx2g",
                "-cp",
                System.getProperty("java.class.path"),
                "be.tafel.Main",
                "serve",
                "--open",
                "--data",
                data.toString(),
                "--port",
                Integer.toString(port));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(data.resolveSibling(data.getFileName() + ".log").toFile())
                .start();
    }

    private static void waitUntilUp(int port) throws InterruptedException {
        HttpJson http = new HttpJson("http://127.0.0.1:" + port);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.get("/api/health").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // the server is still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the server did not start within 120 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
