package be.tafel.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.TafelApp;
import be.tafel.auth.SecuritySettings;
import be.tafel.support.HttpJson;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The start-up warm-up fills the analysis cache with the first pages' views, off the request path. */
class StartupWarmupTest {
    private static TestServer server;

    @BeforeAll
    static void demo() {
        server = TestServer.get();
        server.loadDemo();
    }

    @Test
    void warming_leaves_every_default_view_in_the_cache_so_the_first_request_is_a_hit() {
        AnalysisService analyses = new AnalysisService(server.store());
        LocalDate today = LocalDate.now();

        List<StartupWarmup.Warmed> warmed = StartupWarmup.warm(analyses, today);

        assertEquals(
                StartupWarmup.DEFAULT_VIEWS,
                warmed.stream().map(StartupWarmup.Warmed::view).toList());
        assertTrue(warmed.stream().noneMatch(StartupWarmup.Warmed::failed), warmed.toString());
        assertEquals(StartupWarmup.DEFAULT_VIEWS.size(), analyses.cachedViews());
        long misses = analyses.cacheMisses();
        long hits = analyses.cacheHits();
        for (ViewKind view : StartupWarmup.DEFAULT_VIEWS) {
            ViewAnalysis again = analyses.analyse(new ViewRequest(view, today, null, null));
            // the scores the map reads were computed by the warm-up: the same object comes back
            assertSame(again.centrality(false), again.centrality(false));
            assertTrue(again.snapshot().size() > 0, view + " is the demo's, not an empty view");
        }
        assertEquals(misses, analyses.cacheMisses(), "no default view was projected again");
        assertEquals(hits + StartupWarmup.DEFAULT_VIEWS.size(), analyses.cacheHits());
    }

    @Test
    void a_view_the_warm_up_did_not_warm_is_still_a_miss() {
        AnalysisService analyses = new AnalysisService(server.store());
        StartupWarmup.warm(analyses, LocalDate.now());
        long misses = analyses.cacheMisses();

        analyses.analyse(new ViewRequest(ViewKind.REFERRAL, LocalDate.now(), null, null));

        assertEquals(misses + 1, analyses.cacheMisses());
    }

    @Test
    void warming_runs_on_a_low_priority_daemon_thread_and_returns_at_once() throws InterruptedException {
        AnalysisService analyses = new AnalysisService(server.store());

        StartupWarmup warmup = new StartupWarmup(analyses);
        assertFalse(warmup.finished(), "a warm-up not begun has not finished");

        Thread thread = warmup.begin();

        assertTrue(thread.isDaemon(), "a warm-up never keeps the service from stopping");
        assertEquals(Thread.MIN_PRIORITY, thread.getPriority());
        assertEquals("tafel-warmup", thread.getName());
        thread.join(180_000);
        assertFalse(thread.isAlive(), "the warm-up ends: its list of views is fixed");
        assertTrue(warmup.finished());
        assertEquals(StartupWarmup.DEFAULT_VIEWS.size(), analyses.cachedViews());
    }

    @Test
    void a_started_service_says_in_its_health_when_its_default_views_are_warm() throws InterruptedException {
        Javalin app = TafelApp.start(server.store(), SecuritySettings.open(), "127.0.0.1", 0);
        try {
            HttpJson http = new HttpJson("http://127.0.0.1:" + app.port());
            JsonNode health = http.get("/api/health").json();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!health.path("warm").asBoolean() && System.nanoTime() < deadline) {
                Thread.sleep(200);
                health = http.get("/api/health").json();
            }
            assertTrue(health.path("warm").asBoolean(), health.toString());
            // nobody else asked this instance for anything: the warm-up projected exactly the default views
            assertEquals(
                    StartupWarmup.DEFAULT_VIEWS.size(),
                    health.at("/views/projections").asInt(),
                    health.toString());
        } finally {
            app.stop();
        }
    }
}
