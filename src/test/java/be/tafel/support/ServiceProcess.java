package be.tafel.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Tafel service in a JVM of its own ({@code be.tafel.Main serve --open}), on the test's class path, with
 * environment variables such as {@code NEO4J_URI} to reach a store outside it. Stopped (killed) on close.
 */
public final class ServiceProcess implements AutoCloseable {
    private final Process process;
    private final int port;

    private ServiceProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code serve --open} on a free loopback port and waits up to 120 s until it answers. */
    public static ServiceProcess serve(Path log, Map<String, String> environment, String... options)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "be.tafel.Main",
                "serve",
                "--open",
                "--port",
                Integer.toString(port)));
        command.addAll(List.of(options));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        ServiceProcess service = new ServiceProcess(builder.start(), port);
        service.waitUntilUp();
        return service;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public HttpJson http() {
        return new HttpJson(baseUrl());
    }

    private void waitUntilUp() throws InterruptedException {
        HttpJson http = http();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped while starting: exit " + process.exitValue());
            }
            try {
                if (http.get("/api/health").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // the service is still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the service did not start within 120 s");
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
}
