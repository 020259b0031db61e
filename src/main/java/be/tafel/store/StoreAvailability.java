package be.tafel.store;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the store answers. Once a transaction found it unreachable, every further one fails at once
 * (instead of each waiting out the driver's retries), and a background check looks every second until
 * the store is back; then transactions run again, without a restart of the service.
 */
final class StoreAvailability implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoreAvailability.class);
    private static final long CHECK_EVERY_MILLIS = 1_000;

    private final Driver driver;
    private final String uri;
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tafel-store-check");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean down;

    StoreAvailability(Driver driver, String uri) {
        this.driver = driver;
        this.uri = uri;
    }

    /** Throws the driver's own exception while the store is known to be down. */
    void requireUp() {
        if (down) {
            throw new ServiceUnavailableException(
                    "the graph store at " + uri + " is unreachable; checking again every second");
        }
    }

    /** Called when a transaction gave up because the store could not be reached. */
    synchronized void markDown() {
        if (!down) {
            down = true;
            LOG.warn("Graph store at {} is unreachable; requests fail fast until it answers again", uri);
            checker.schedule(this::check, CHECK_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    boolean isDown() {
        return down;
    }

    private void check() {
        try {
            driver.verifyConnectivity();
            synchronized (this) {
                down = false;
            }
            LOG.info("Graph store at {} answers again", uri);
        } catch (RuntimeException stillDown) {
            checker.schedule(this::check, CHECK_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        checker.shutdownNow();
    }
}
