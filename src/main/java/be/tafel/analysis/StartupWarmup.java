package be.tafel.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warms the views a broker's first pages read, once, in the background after the service starts: the
 * ecosystem map (the default map), and the collaboration view (the landing page's key figures and
 * suggested introductions). Readiness does not wait for it, and a request that arrives while a view is
 * being warmed waits for that same computation (the analysis cache loads a key once) instead of repeating it.
 *
 * <p>Bounded: a fixed, short list of views at one date, on one low-priority daemon thread, and the views
 * land in the analysis cache, which is bounded by bytes like any request's. A view that fails is logged
 * and skipped. {@link #finished()} tells {@code GET /api/health} whether it is done, so that a load balancer can
 * send a new instance traffic only once its first map is in memory.
 */
public final class StartupWarmup {
    private static final Logger LOG = LoggerFactory.getLogger(StartupWarmup.class);

    /** The views warmed, in order: the first map first. */
    public static final List<ViewKind> DEFAULT_VIEWS = List.of(ViewKind.ECOSYSTEM, ViewKind.COLLABORATION);

    /** One warmed view and how long it took. */
    public record Warmed(ViewKind view, LocalDate at, long millis, boolean failed) {}

    private final AnalysisService analyses;
    private final CountDownLatch done = new CountDownLatch(1);

    public StartupWarmup(AnalysisService analyses) {
        this.analyses = analyses;
    }

    /** Starts warming the default views at today's date on a background thread and returns that thread. */
    public Thread begin() {
        Thread thread = Thread.ofPlatform()
                .daemon()
                .name("tafel-warmup")
                .priority(Thread.MIN_PRIORITY)
                .unstarted(() -> {
                    try {
                        warm(analyses, LocalDate.now());
                    } finally {
                        done.countDown();
                    }
                });
        thread.start();
        return thread;
    }

    /** Whether the warm-up has ended, each view warmed or its failure logged. */
    public boolean finished() {
        return done.getCount() == 0;
    }

    /** Warms each default view at {@code at}: its projection and what the map and the landing page read. */
    public static List<Warmed> warm(AnalysisService analyses, LocalDate at) {
        List<Warmed> done = new ArrayList<>();
        for (ViewKind view : DEFAULT_VIEWS) {
            long started = System.nanoTime();
            boolean failed = false;
            try {
                ViewAnalysis analysis = analyses.analyse(new ViewRequest(view, at, null, null));
                analysis.centrality(false); // the map's node sizes
                analysis.cohesion(); // core numbers and Katz on the map
                analysis.biconnectivity(); // articulation points on the map
                analysis.summary(); // the key figures
                analysis.bridgeFigures(); // "who holds the network together"
            } catch (RuntimeException e) {
                failed = true;
                LOG.warn("Warming the {} view at {} failed: {}", view.code(), at, e.toString());
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            done.add(new Warmed(view, at, millis, failed));
            if (!failed) {
                LOG.info("Warmed the {} view at {} in {} ms", view.code(), at, millis);
            }
        }
        return done;
    }
}
