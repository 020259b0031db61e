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
