package be.tafel.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the answers computed at the same time (those the answer cache does not hold), per caller and
 * overall, so one token cannot take every core and the heap with cold analyses. A request over the bound
 * waits in line for up to {@link #wait}; then it is refused with 503 and {@code Retry-After}.
 */
public final class ColdWork {
    /** The seconds a refused caller is asked to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final Semaphore overall;
    private final int perCaller;
    private final Duration wait;
    private final Map<String, Semaphore> callers = new ConcurrentHashMap<>();

    /**
     * @param overall how many cold answers may be computed at once
     * @param perCaller how many of them one caller (token) may have
     * @param wait how long a request over a bound waits in line before it is refused
     */
    public ColdWork(int overall, int perCaller, Duration wait) {
        if (overall < 1 || perCaller < 1 || perCaller > overall) {
            throw new IllegalArgumentException("need 1 <= perCaller <= overall: " + perCaller + ", " + overall);
        }
        this.overall = new Semaphore(overall, true);
        this.perCaller = perCaller;
        this.wait = wait;
    }

    /** Twice the cores overall (at least 4), the cores per caller (at least 2), waiting up to 30 seconds. */
    public static ColdWork forThisMachine() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ColdWork(Math.max(4, 2 * cores), Math.max(2, cores), Duration.ofSeconds(30));
    }

    /** How long a request waits in line before it is refused. */
    long waitNanos() {
        return wait.toNanos();
    }

    /** The work done by {@code caller}, after waiting for a place in line. */
    public interface Work {
        void run() throws Exception;
    }

    /**
     * Runs {@code work} when {@code caller} and everyone together are within their bounds.
     *
     * @throws Busy when no place came free in time
     */
    public void run(String caller, Work work) throws Exception {
        Semaphore own = callers.computeIfAbsent(caller, k -> new Semaphore(perCaller, true));
        long deadline = System.nanoTime() + wait.toNanos();
        if (!own.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new Busy("You have " + perCaller + " analyses running already");
        }
        try {
            if (!overall.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new Busy("The service is computing as many analyses as it can");
            }
            try {
                work.run();
            } finally {
                overall.release();
            }
        } finally {
            own.release();
        }
    }

    /** No place in line came free in time: the caller is told to come back. */
    public static final class Busy extends Exception {
        Busy(String why) {
            super(why + "; try again in " + RETRY_AFTER_SECONDS + " seconds.");
        }

        /** Sets {@code Retry-After} and answers 503 with a problem. */
        HttpResponseException answer(Context ctx) {
            ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            return new HttpResponseException(HttpStatus.SERVICE_UNAVAILABLE.getCode(), getMessage());
        }
    }
}
