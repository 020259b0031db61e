package be.tafel.analysis.algo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;

/**
 * Runs a per-source computation on a fixed number of platform threads, each with its own state.
 *
 * <p>Worker {@code t} of {@code T} handles the items {@code t, t + T, t + 2T, ...}: a static,
 * interleaved split, so a given thread count always gives every worker the same items in the same
 * order, and the caller can merge the workers' partial results in worker order for a reproducible
 * sum. Interleaving also spreads cheap and expensive sources (small and large components) evenly.
 */
final class ParallelSources {
    private ParallelSources() {}

    /** The number of threads used when the caller does not say: all available cores. */
    static int availableThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    static void checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("thread count must be at least 1: " + threads);
        }
    }

    /**
     * Creates {@code min(threads, itemCount)} workers (at least one), lets each handle its share of
     * {@code 0..itemCount-1}, and returns the workers in worker order once all are done.
     */
    static <W> List<W> run(int itemCount, int threads, IntFunction<W> newWorker, ObjIntConsumer<W> handle) {
        checkThreads(threads);
        int workerCount = Math.max(1, Math.min(threads, itemCount));
        List<W> workers = new ArrayList<>(workerCount);
        for (int t = 0; t < workerCount; t++) {
            workers.add(newWorker.apply(t));
        }
        if (workerCount == 1) {
            handleShare(workers.get(0), 0, 1, itemCount, handle);
            return workers;
        }
        Throwable[] failures = new Throwable[workerCount];
        Thread[] threadsStarted = new Thread[workerCount];
        for (int t = 0; t < workerCount; t++) {
            int index = t;
            threadsStarted[t] = Thread.ofPlatform().name("tafel-paths-" + t).start(() -> {
                try {
                    handleShare(workers.get(index), index, workerCount, itemCount, handle);
                } catch (Throwable failure) {
                    failures[index] = failure;
                }
            });
        }
        joinAll(threadsStarted);
        rethrowFirst(failures);
        return workers;
    }

    private static <W> void handleShare(W worker, int first, int step, int itemCount, ObjIntConsumer<W> handle) {
        for (int item = first; item < itemCount; item += step) {
            handle.accept(worker, item);
        }
    }

    private static void joinAll(Thread[] threads) {
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrowFirst(Throwable[] failures) {
        for (Throwable failure : failures) {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
        }
    }
}
