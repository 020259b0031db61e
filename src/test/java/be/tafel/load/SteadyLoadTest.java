package be.tafel.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The open-loop load command against the real server: it sends what it says and counts failures. */
class SteadyLoadTest {
    private final TestServer server = TestServer.get();

    @Test
    void sends_the_rate_for_the_time_and_reports_failures_by_kind() throws Exception {
        Path paths = Files.createTempFile("tafel-load", ".paths");
        Files.writeString(paths, "# one that answers, one that does not\n/api/health/live\n/api/no-such-thing\n");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        SteadyLoad.Report report = new SteadyLoad(SteadyLoad.Options.parse(List.of(
                        "--url",
                        server.baseUrl(),
                        "--rate",
                        "40",
                        "--seconds",
                        "2",
                        "--warmup",
                        "0",
                        "--paths",
                        paths.toString())))
                .run(new PrintStream(printed));

        assertEquals(80, report.requests());
        assertEquals(40, report.failed(), "every second request goes to a path that answers 404");
        assertEquals(40, report.failures().get("HTTP 404"));
        assertTrue(report.rate() > 0, "a rate is reported: " + report.rate());
        assertTrue(report.p50() > 0 && report.p50() <= report.p99() && report.p99() <= report.max(), report.toString());
        assertTrue(printed.toString().contains("80 requests"), printed.toString());
        assertTrue(printed.toString().contains("  /api/health/live: 40 requests, p50 "), printed.toString());
        assertTrue(printed.toString().contains("  /api/no-such-thing: 40 requests, p50 "), printed.toString());
    }

    @Test
    void each_path_gets_its_own_percentiles() {
        long ms = 1_000_000L;
        long[] latencies = {1 * ms, 100 * ms, 2 * ms, 200 * ms, 3 * ms, 300 * ms, 4 * ms};
        String lines = SteadyLoad.perPath(latencies, List.of("/fast", "/slow"));
        assertEquals(
                "  /fast: 4 requests, p50 2.0 ms, p99 4.0 ms, max 4.0 ms\n"
                        + "  /slow: 3 requests, p50 200.0 ms, p99 300.0 ms, max 300.0 ms\n",
                lines.replace(System.lineSeparator(), "\n"));
    }

    @Test
    void the_default_mix_is_the_demo_reads() throws Exception {
        SteadyLoad.Options options = SteadyLoad.Options.parse(List.of());
        assertEquals(7, options.paths().size());
        assertTrue(
                options.paths().stream().allMatch(p -> p.startsWith("/api/")),
                options.paths().toString());
    }
}
