package be.tafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import be.tafel.support.HttpJson.Response;
import be.tafel.support.TestServer;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Request logs, Prometheus metrics and the probes, through the real server. */
class ObservabilityTest {
    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();
    private final Logger requests = (Logger) LoggerFactory.getLogger(Observability.REQUEST_LOGGER);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void captureRequestLines() {
        lines.start();
        requests.addAppender(lines);
    }

    @AfterEach
    void stopCapturing() {
        requests.detachAppender(lines);
    }

    private List<String> linesFor(String route) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            List<String> found = lines.list.stream()
                    .map(ILoggingEvent::getFormattedMessage)
                    .filter(line -> line.contains("route=" + route + " "))
                    .toList();
            if (!found.isEmpty()) {
                return found;
            }
            Thread.sleep(20);
        }
        return List.of();
    }

    @Test
    void liveness_and_readiness_are_separate_probes() {
        Response live = http.get("/api/health/live");
        assertEquals(200, live.status());
        assertEquals("live", live.json().get("status").asText());
        Response ready = http.get("/api/health/ready");
        assertEquals(200, ready.status());
        assertEquals("ready", ready.json().get("status").asText());
    }

    @Test
    void one_line_per_request_names_the_route_template_never_the_family() throws InterruptedException {
        Response response = http.get("/api/families/fam-private-4711?neighbourhood=Noord");
        assertEquals(404, response.status());
        List<String> logged = linesFor("/api/families/{id}");
        assertEquals(1, logged.size(), "lines: " + lines.list);
        String line = logged.get(0);
        assertTrue(line.matches("method=GET route=/api/families/\\{id} status=404 ms=\\d+\\.\\d"), line);
        lines.list.forEach(event -> {
            assertFalse(event.getFormattedMessage().contains("fam-private-4711"), event.getFormattedMessage());
            assertFalse(event.getFormattedMessage().contains("Noord"), event.getFormattedMessage());
        });
    }

    @Test
    void metrics_count_requests_per_route_analyses_and_cache_hits() {
        assertEquals(200, http.get("/api/analysis/summary?view=collaboration").status());
        assertEquals(200, http.get("/api/analysis/summary?view=collaboration").status());
        Response metrics = http.get("/metrics");
        assertEquals(200, metrics.status());
        assertTrue(metrics.contentType().startsWith("text/plain"), metrics.contentType());
        String text = metrics.text();
        assertTrue(
                count(
                                text,
                                "http_server_requests_seconds_count\\{method=\"GET\",route=\"/api/analysis/summary\",status=\"200\"}")
                        >= 2,
                text);
        assertTrue(
                count(text, "tafel_analysis_seconds_count\\{analysis=\"summary\",view=\"collaboration\"}") >= 2, text);
        assertTrue(count(text, "tafel_response_cache_hits_total") >= 1, "the second summary came from memory");
        assertTrue(text.contains("tafel_analysis_cache_hits_total"));
        assertTrue(count(text, "tafel_store_transactions_total\\{kind=\"read\"}") >= 1, text);
        assertTrue(text.contains("tafel_store_transactions_total{kind=\"write\"}"), text);
        assertTrue(text.contains("tafel_analysis_cache_misses_total"));
        assertTrue(text.contains("http_server_requests_seconds_bucket"), "latency histograms");
    }

    private static double count(String text, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " ([0-9.eE+]+)$").matcher(text);
        assertTrue(m.find(), "no " + series + " in the metrics:\n" + text);
        return Double.parseDouble(m.group(1));
    }
}
