package be.tafel.load;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A load run at a fixed rate: request i is due at {@code start + i / rate}; whichever of the
 * {@code --connections} is free sends it (at once when it is late), and its latency counts from when
 * it was due. A stall therefore shows in the percentiles instead of quietly lowering the rate, which is
 * what a closed-loop tool such as wrk would report.
 *
 * <pre>bin/tafel run load [--url http://127.0.0.1:7070] [--rate 200] [--seconds 60]
 *     [--warmup 10] [--connections 32] [--paths FILE] [--token TOKEN] [--edits 20] [--max-stale 1]</pre>
 *
 * <p>With {@code --edits N} the run mixes writes into the reads ({@link MixedLoad}): N edits a second (a tie
 * between two partners starts, the next edit ends it again) through {@code POST /api/collaborations}, while the
 * reads go on at {@code --rate}; every read must name the one graph version it was computed from in its
 * {@code X-Graph-Version} header, and a read without it, or naming two, counts as failed. The report then says how
 * stale the reads were: for a read of version v, how long before it was sent the edit making version v+1 had
 * been answered (0 when none had).
 *
 * <p>With {@code --max-stale S} every read sends {@code Cache-Control: max-stale=S}: it accepts an answer computed
 * from the graph as it was up to S seconds ago, sent at once while the service computes the new one.
 *
 * <p>The first {@code --warmup} seconds run at the same rate unmeasured (with edits too in a mixed run), so the JIT
 * has compiled the client and the server's paths before latencies count.
 */
public final class SteadyLoad {
    /** Warm analysis reads on the demo town, shared with the wrk script in scripts/load/. */
    static final String MIXED_READS = "/load/mixed-reads.paths";

    private final Options options;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    SteadyLoad(Options options) {
        this.options = options;
    }

    /** Runs the load and prints its report; 0 when no request failed. */
    public static int main(List<String> args) {
        try {
            Report report = new SteadyLoad(Options.parse(args)).run(System.out);
            return report.failed() == 0 ? 0 : 1;
        } catch (IllegalArgumentException | IOException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    Report run(PrintStream out) throws InterruptedException {
        checkReachable();
        if (options.warmupSeconds() > 0) { // unmeasured: the JIT compiles the client and the server's paths
            MixedLoad warmupEdits = options.edits() > 0
                    ? MixedLoad.warmup(client, options.url(), options.token(), options.edits(), options.warmupSeconds())
                    : null;
            drive(options.warmupSeconds(), null);
            if (warmupEdits != null) {
                warmupEdits.finish();
            }
        }
        MixedLoad edits = options.edits() > 0
                ? MixedLoad.start(client, options.url(), options.token(), options.edits(), options.seconds())
                : null;
        Report report = drive(options.seconds(), edits);
        out.println(report);
        out.print(perPath);
        if (edits != null) {
            MixedLoad.Report written = edits.finish();
            out.println(written);
            out.println(edits.staleness());
            if (written.failed() > 0) {
                return new Report(
                        report.requests(),
                        report.failed() + written.failed(),
                        report.failures(),
                        report.rate(),
                        report.p50(),
                        report.p90(),
                        report.p99(),
                        report.p999(),
                        report.max());
            }
        }
        return report;
    }

    private Report drive(int seconds, MixedLoad edits) throws InterruptedException {
        long intervalNanos = 1_000_000_000L / options.rate();
        int total = options.rate() * seconds;
        long[] latencies = new long[total];
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime() + 50_000_000L;
        List<Thread> connections = new ArrayList<>();
        for (int c = 0; c < options.connections(); c++) {
            connections.add(Thread.ofPlatform().name("load-" + c).start(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long due = start + i * intervalNanos;
                    LockSupport.parkNanos(due - System.nanoTime());
                    long sent = System.nanoTime();
                    Answer answer = send(options.paths().get(i % options.paths().size()));
                    latencies[i] = System.nanoTime() - due;
                    if (answer.failure() != null) {
                        failures.merge(answer.failure(), 1, Integer::sum);
                    } else if (edits != null) {
                        edits.read(answer.version(), sent);
                    }
                }
            }));
        }
        for (Thread connection : connections) {
            connection.join();
        }
        perPath = perPath(latencies, options.paths());
        return Report.of(latencies, failures, System.nanoTime() - start);
    }

    /** The last run's latencies per path, one line each. */
    private String perPath = "";

    /** Request i was for path i mod the number of paths: the p50 and p99 of each path's, one line a path. */
    static String perPath(long[] latencies, List<String> paths) {
        StringBuilder lines = new StringBuilder();
        for (int p = 0; p < paths.size(); p++) {
            long[] own = new long[(latencies.length - p + paths.size() - 1) / paths.size()];
            for (int i = p, k = 0; i < latencies.length; i += paths.size()) {
                own[k++] = latencies[i];
            }
            Arrays.sort(own);
            lines.append(String.format(
                    java.util.Locale.ROOT,
                    "  %s: %d requests, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    paths.get(p),
                    own.length,
                    Report.millis(own, 0.50),
                    Report.millis(own, 0.99),
                    own.length == 0 ? 0 : own[own.length - 1] / 1e6));
        }
        return lines.toString();
    }

    /** What a read answered: the kind of failure (or null), and the graph version it names (-1: none). */
    private record Answer(String failure, long version) {
        static Answer failed(String failure) {
            return new Answer(failure, -1);
        }
    }

    /**
     * Sends one request and waits for it. In a mixed run an answer must name the one graph version it was computed
     * from.
     */
    private Answer send(String path) {
        try {
            HttpResponse<Void> response = client.send(request(path), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() >= 400) {
                return Answer.failed("HTTP " + response.statusCode());
            }
            String version = response.headers().firstValue("X-Graph-Version").orElse("");
            if (options.edits() > 0 && !version.matches("\\d+")) {
                return Answer.failed(version.isEmpty() ? "no graph version" : "mixed graph versions");
            }
            return new Answer(null, version.matches("\\d+") ? Long.parseLong(version) : -1);
        } catch (IOException e) {
            return Answer.failed(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.failed("interrupted");
        }
    }

    private void checkReachable() {
        for (String path : options.paths()) {
            try {
                client.send(request(path), HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                throw new IllegalStateException(
                        "the service at " + options.url() + " does not answer: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private HttpRequest request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(options.url() + path)).timeout(Duration.ofSeconds(30));
        if (options.token() != null) {
            builder.header("Authorization", "Bearer " + options.token());
        }
        if (options.maxStale() >= 0) {
            builder.header("Cache-Control", "max-stale=" + options.maxStale());
        }
        return builder.GET().build();
    }

    /** What a run measured: latencies from the moment each request was due. */
    record Report(
            int requests,
            int failed,
            Map<String, Integer> failures,
            double rate,
            double p50,
            double p90,
            double p99,
            double p999,
            double max) {
        static Report of(long[] latencies, Map<String, Integer> failures, long elapsedNanos) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            int failed = failures.values().stream().mapToInt(Integer::intValue).sum();
            return new Report(
                    sorted.length,
                    failed,
                    Map.copyOf(failures),
                    sorted.length / (elapsedNanos / 1e9),
                    millis(sorted, 0.50),
                    millis(sorted, 0.90),
                    millis(sorted, 0.99),
                    millis(sorted, 0.999),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        }

        /** The {@code quantile} of sorted nanosecond latencies, in milliseconds (also for {@link MixedLoad}). */
        static double millis(long[] sorted, double quantile) {
            if (sorted.length == 0) {
                return 0;
            }
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
        }

        @Override
        public String toString() {
            return String.format(
                    java.util.Locale.ROOT,
                    "%d requests at %.1f/s, %d failed %s; latency from due time: p50 %.1f ms, p90 %.1f ms, "
                            + "p99 %.1f ms, p99.9 %.1f ms, max %.1f ms",
                    requests,
                    rate,
                    failed,
                    failures,
                    p50,
                    p90,
                    p99,
                    p999,
                    max);
        }
    }

    record Options(
            String url,
            int rate,
            int seconds,
            int warmupSeconds,
            int connections,
            List<String> paths,
            String token,
            int edits,
            int maxStale) {
        static Options parse(List<String> args) throws IOException {
            String url = "http://127.0.0.1:7070";
            int rate = 200;
            int seconds = 60;
            int connections = 32;
            int warmup = 10;
            List<String> paths = paths(new String(
                            SteadyLoad.class.getResourceAsStream(MIXED_READS).readAllBytes(),
                            java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .toList());
            String token = System.getenv("TAFEL_TOKEN");
            int edits = 0;
            int maxStale = -1;
            for (int i = 0; i < args.size(); i++) {
                String value = i + 1 < args.size() ? args.get(i + 1) : null;
                switch (args.get(i)) {
                    case "--url" -> url = required(value, "--url");
                    case "--rate" -> rate = Integer.parseInt(required(value, "--rate"));
                    case "--seconds" -> seconds = Integer.parseInt(required(value, "--seconds"));
                    case "--warmup" -> warmup = Integer.parseInt(required(value, "--warmup"));
                    case "--connections" -> connections = Integer.parseInt(required(value, "--connections"));
                    case "--paths" -> paths = paths(Files.readAllLines(Path.of(required(value, "--paths"))));
                    case "--token" -> token = required(value, "--token");
                    case "--edits" -> edits = Integer.parseInt(required(value, "--edits"));
                    case "--max-stale" -> maxStale = Integer.parseInt(required(value, "--max-stale"));
                    default -> throw new IllegalArgumentException("unknown option " + args.get(i));
                }
                i++;
            }
            if (rate < 1 || seconds < 1 || connections < 1 || warmup < 0 || edits < 0 || paths.isEmpty()) {
                throw new IllegalArgumentException(
                        "--rate, --seconds and --connections must be positive, and --paths must list paths");
            }
            return new Options(
                    url.replaceFirst("/$", ""), rate, seconds, warmup, connections, paths, token, edits, maxStale);
        }

        /** The lines that are paths: comments and blank lines are skipped. */
        private static List<String> paths(List<String> lines) {
            return lines.stream()
                    .map(String::strip)
                    .filter(line -> line.startsWith("/"))
                    .toList();
        }

        private static String required(String value, String option) {
            if (value == null) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return value;
        }
    }
}
