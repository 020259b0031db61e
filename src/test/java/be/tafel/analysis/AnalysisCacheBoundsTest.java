package be.tafel.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.store.CypherFiles;
import be.tafel.support.SmallTown;
import be.tafel.support.TestServer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analysis cache stays within its byte bound, and one answer reads one graph version (finding 4 of #18). */
class AnalysisCacheBoundsTest {
    private static final TestServer server = TestServer.get();
    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    @BeforeAll
    static void smallTown() {
        server.reset();
        assertEquals(
                200,
                server.http()
                        .post("/api/import", SmallTown.document().toString())
                        .status());
    }

    private static ViewRequest ecosystemOn(LocalDate at) {
        return new ViewRequest(ViewKind.ECOSYSTEM, at, null, null);
    }

    @Test
    void many_distinct_dates_keep_the_cache_under_its_byte_bound() {
        long one = new AnalysisService(server.store()).analyse(ecosystemOn(DAY)).weight();
        long bound = 3 * one + one / 2;
        AnalysisService analyses = new AnalysisService(server.store(), bound, Runnable::run);
        for (int d = 0; d < 40; d++) {
            analyses.analyse(ecosystemOn(DAY.minusDays(d)));
            assertTrue(analyses.cachedBytes() <= bound, "day " + d + ": " + analyses.cachedBytes() + " > " + bound);
        }
        assertTrue(analyses.cachedViews() >= 1 && analyses.cachedViews() < 10, analyses.cachedViews() + " views kept");
    }

    @Test
    void a_view_weighs_more_with_more_vertices_and_edges() {
        AnalysisService analyses = new AnalysisService(server.store());
        ViewAnalysis ecosystem = analyses.analyse(ecosystemOn(DAY));
        ViewAnalysis filtered = analyses.analyse(new ViewRequest(ViewKind.COLLABORATION, DAY, null, null));
        assertTrue(ecosystem.snapshot().size() > filtered.snapshot().size());
        assertTrue(ecosystem.weight() > filtered.weight(), ecosystem.weight() + " <= " + filtered.weight());
        assertTrue(filtered.weight()
                >= ViewAnalysis.ANALYSIS_BYTES_PER_VERTEX * filtered.snapshot().size());
    }

    @Test
    void a_repeat_is_a_hit_and_a_write_is_a_miss() {
        AnalysisService analyses = new AnalysisService(server.store());
        ViewAnalysis first = analyses.analyse(ecosystemOn(DAY));
        assertSame(first, analyses.analyse(ecosystemOn(DAY)));
        assertEquals(1, analyses.cacheHits());
        assertEquals(200, server.http().post("/api/import", """
                {"partners": [{"id": "p-cache", "name": "Cache", "sector": "library", "kind": "public"}]}""").status());
        ViewAnalysis after = analyses.analyse(ecosystemOn(DAY));
        assertNotSame(first, after);
        assertEquals(first.snapshot().size() + 1, after.snapshot().size());
        assertEquals(1, analyses.cachedViews(), "the view of the older version is gone");
    }

    @Test
    void views_reach_and_extra_rows_of_one_answer_are_of_one_version() {
        AnalysisService analyses = new AnalysisService(server.store());
        analyses.analyse(ecosystemOn(DAY)); // cached before, read again with its reach
        AnalysisService.OneVersion<Long> read = analyses.oneVersion(
                List.of(ecosystemOn(DAY), new ViewRequest(ViewKind.REFERRAL, DAY, null, null)),
                true,
                (tx, views) -> tx.run(CypherFiles.load("read/version"))
                        .single()
                        .get("version")
                        .asLong());
        assertEquals(read.version(), read.extra());
        read.views().forEach(v -> assertEquals(read.version(), v.version()));
        assertEquals(2, read.reaches().size());
        assertTrue(read.reach(0).partners().size() > 0, "the ecosystem's reach was read");
        AnalysisService.OneVersion<Void> again = analyses.oneVersion(List.of(ecosystemOn(DAY)));
        assertSame(read.view(0), again.view(0), "a warm repeat comes from the cache");
    }

    @Test
    void a_requested_epsilon_rounds_down_to_a_few_steps() {
        assertEquals(0.05, ViewAnalysis.epsilonStep(0.05));
        assertEquals(0.05, ViewAnalysis.epsilonStep(0.0731));
        assertEquals(0.01, ViewAnalysis.epsilonStep(0.019999));
        assertEquals(0.25, ViewAnalysis.epsilonStep(0.25));
        assertEquals(0.2, ViewAnalysis.epsilonStep(0.2499));
        assertThrows(IllegalArgumentException.class, () -> ViewAnalysis.epsilonStep(0.009));
        assertThrows(IllegalArgumentException.class, () -> ViewAnalysis.epsilonStep(Double.NaN));
        for (double e = ViewAnalysis.EPSILON_MIN; e <= ViewAnalysis.EPSILON_MAX; e += 0.0007) {
            double step = ViewAnalysis.epsilonStep(e);
            assertTrue(ViewAnalysis.EPSILON_STEPS.contains(step) && step <= e, e + " -> " + step);
        }
    }
}
