package be.tafel.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Brokers import documents at the same time while analysts keep reading, until every write has landed: the
 * harness of the tests that every answer is of one graph version. A write answered other than 200 is a failure.
 */
public final class WritesWhileReading {
    /** The import document broker {@code broker} sends in round {@code round}. */
    @FunctionalInterface
    public interface Write {
        String document(int broker, int round);
    }

    /** One analyst's read; it adds what it finds wrong to {@code failures}. */
    @FunctionalInterface
    public interface Read {
        void read(List<String> failures) throws Exception;
    }

    private WritesWhileReading() {}

    /** Runs {@code brokers} × {@code rounds} writes beside {@code analysts} readers; answers every failure seen. */
    public static List<String> run(HttpJson http, int brokers, int rounds, Write write, int analysts, Read read)
            throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> failures = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(brokers + analysts);
        try {
            List<Future<?>> readers = new ArrayList<>();
            for (int a = 0; a < analysts; a++) {
                readers.add(pool.submit(() -> {
                    while (writing.get()) {
                        read.read(failures);
                    }
                    return null;
                }));
            }
            List<Future<?>> writers = new ArrayList<>();
            for (int b = 0; b < brokers; b++) {
                int broker = b;
                writers.add(pool.submit(() -> {
                    for (int round = 0; round < rounds; round++) {
                        HttpJson.Response imported = http.post("/api/import", write.document(broker, round));
                        if (imported.status() != 200) {
                            failures.add("import answered " + imported.status() + ": " + imported.text());
                        }
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(5, TimeUnit.MINUTES);
            }
            writing.set(false);
            for (Future<?> reader : readers) {
                reader.get(2, TimeUnit.MINUTES);
            }
        } finally {
            writing.set(false);
            pool.shutdown();
        }
        return failures;
    }
}
