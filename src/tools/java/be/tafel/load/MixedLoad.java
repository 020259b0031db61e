package be.tafel.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.LockSupport;

/**
 * The writing half of a mixed load run: {@code rate} edits a second for {@code seconds}, each one journaled write
 * through {@code POST /api/collaborations}. Edit 2k starts a tie between two partners (seeded random, with a
 * {@code since} of its own so every spell is new); edit 2k+1 ends that spell on the day it started, so the network
 * keeps its size. The pairs are sent by {@link #SENDERS} threads in turn, so one slow edit does not hold up the
 * next pair. Latencies count from when each edit was due, as the reads' do.
 */
final class MixedLoad {
    /** The first spell of the measured run starts on this day; the warm-up's spells start years before. */
    private static final LocalDate FIRST_SINCE = LocalDate.of(2019, 1, 1);

    private static final LocalDate WARMUP_SINCE = LocalDate.of(2009, 1, 1);
    private static final long SEED = 19L;

    private final HttpClient client;
    private final String url;
    private final String token;
    private final List<String> partners;
    private final int rate;
    private final int total;
    private final long[] latencies;
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    /** Threads sending edit pairs: pair k is sent by thread k mod SENDERS. */
    static final int SENDERS = 4;

    private final List<Thread> threads = new ArrayList<>();
    private final LocalDate firstSince;
    private final long start = System.nanoTime() + 50_000_000L;
    private volatile long elapsedNanos;
    /** When each edit's answer came, by the graph version it names. */
    private final ConcurrentSkipListMap<Long, Long> answeredAt = new ConcurrentSkipListMap<>();
    /** Per read: how long before it was sent the version after the one it read had been written (0: none had). */
    private final Queue<Long> readStaleness = new ConcurrentLinkedQueue<>();

    private MixedLoad(
            HttpClient client,
            String url,
            String token,
            List<String> partners,
            int rate,
            int seconds,
            LocalDate firstSince) {
        this.firstSince = firstSince;
        this.client = client;
        this.url = url;
        this.token = token;
        this.partners = partners;
        this.rate = rate;
        this.total = rate * seconds;
        this.latencies = new long[total];
        List<String> edits = edits();
        for (int t = 0; t < SENDERS; t++) {
            int sender = t;
            threads.add(Thread.ofPlatform().name("load-edits-" + t).unstarted(() -> drive(edits, sender)));
        }
    }

    /** Reads the partners' ids and starts the edits. */
    static MixedLoad start(HttpClient client, String url, String token, int rate, int seconds) {
        return start(client, url, token, rate, seconds, FIRST_SINCE);
    }

    /** As {@link #start}, for the unmeasured warm-up: spells of other days, so the measured run's are all new. */
    static MixedLoad warmup(HttpClient client, String url, String token, int rate, int seconds) {
        return start(client, url, token, rate, seconds, WARMUP_SINCE);
    }

    private static MixedLoad start(
            HttpClient client, String url, String token, int rate, int seconds, LocalDate firstSince) {
        List<String> partners = partners(client, url, token);
        if (partners.size() < 2) {
            throw new IllegalStateException(
                    "a mixed run edits ties between partners; the service has " + partners.size() + " partner(s)");
        }
        MixedLoad load = new MixedLoad(client, url, token, partners, rate, seconds, firstSince);
        load.threads.forEach(Thread::start);
        return load;
    }

    /** Notes a read of graph {@code version} sent at {@code sentNanos}. */
    void read(long version, long sentNanos) {
        Map.Entry<Long, Long> next = answeredAt.higherEntry(version);
        readStaleness.add(next == null || next.getValue() > sentNanos ? 0L : sentNanos - next.getValue());
    }

    /** How stale the reads were, from {@link #read}. */
    Staleness staleness() {
        long[] sorted =
                readStaleness.stream().mapToLong(Long::longValue).sorted().toArray();
        long stale = Arrays.stream(sorted).filter(nanos -> nanos > 0).count();
        return new Staleness(
                sorted.length,
                sorted.length == 0 ? 0 : 100.0 * stale / sorted.length,
                SteadyLoad.Report.millis(sorted, 0.50),
                SteadyLoad.Report.millis(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    /** The reads' staleness: the share not of the newest version written when sent, and by how long. */
    record Staleness(int reads, double stalePercent, double p50, double p99, double max) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%d reads, %.1f%% of a version older than the newest written when sent; behind by p50 %.1f ms,"
                            + " p99 %.1f ms, max %.1f ms",
                    reads,
                    stalePercent,
                    p50,
                    p99,
                    max);
        }
    }

    /** Waits for the last edit and reports. */
    Report finish() throws InterruptedException {
        for (Thread thread : threads) {
            thread.join();
        }
        elapsedNanos = System.nanoTime() - start;
        return Report.of(latencies, failures, elapsedNanos);
    }

    /** The bodies of every edit of the run, seeded: a tie started, then the same spell ended. */
    private List<String> edits() {
        Random random = new Random(SEED);
        List<String> edits = new ArrayList<>(total);
        String started = null;
        for (int i = 0; i < total; i++) {
            String since = firstSince.plusDays(i / 2).toString();
            if (i % 2 == 0) {
                int a = random.nextInt(partners.size());
                int b = (a + 1 + random.nextInt(partners.size() - 1)) % partners.size();
                started = String.format(
                        Locale.ROOT,
                        "\"a\": \"%s\", \"b\": \"%s\", \"kind\": \"load test\", \"strength\": %d, \"since\": \"%s\"",
                        partners.get(a),
                        partners.get(b),
                        1 + random.nextInt(5),
                        since);
                edits.add("{" + started + "}");
            } else {
                edits.add("{" + started + ", \"until\": \"" + since + "\"}");
            }
        }
        return edits;
    }

    /** Sends the pairs of {@code sender}, each edit when due. */
    private void drive(List<String> edits, int sender) {
        long interval = 1_000_000_000L / rate;
        for (int pair = sender; 2 * pair < total; pair += SENDERS) {
            for (int i = 2 * pair; i < Math.min(total, 2 * pair + 2); i++) {
                long due = start + i * interval;
                LockSupport.parkNanos(due - System.nanoTime());
                String failure = send(edits.get(i));
                latencies[i] = System.nanoTime() - due;
                if (failure != null) {
                    failures.merge(failure, 1, Integer::sum);
                }
            }
        }
    }

    private String send(String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "/api/collaborations"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            long now = System.nanoTime();
            if (response.statusCode() >= 400) {
                return "edit HTTP " + response.statusCode();
            }
            String version = response.headers().firstValue("X-Graph-Version").orElse("");
            if (!version.matches("\\d+")) {
                return "edit without its graph version";
            }
            answeredAt.putIfAbsent(Long.parseLong(version), now);
            return null;
        } catch (IOException e) {
            return "edit " + e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static List<String> partners(HttpClient client, String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "/api/partners?limit=1000"))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /api/partners answered " + response.statusCode());
            }
            List<String> ids = new ArrayList<>();
            for (JsonNode partner : new ObjectMapper().readTree(response.body()).path("items")) {
                ids.add(partner.path("id").asText());
            }
            return ids;
        } catch (IOException e) {
            throw new IllegalStateException("the service at " + url + " does not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** What the edits measured. */
    record Report(
            int edits, int failed, Map<String, Integer> failures, double rate, double p50, double p99, double max) {
        static Report of(long[] latencies, Map<String, Integer> failures, long elapsedNanos) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            int failed = failures.values().stream().mapToInt(Integer::intValue).sum();
            return new Report(
                    sorted.length,
                    failed,
                    Map.copyOf(failures),
                    sorted.length / Math.max(1e-9, elapsedNanos / 1e9),
                    SteadyLoad.Report.millis(sorted, 0.50),
                    SteadyLoad.Report.millis(sorted, 0.99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%d edits at %.1f/s, %d failed %s; edit latency from due time: p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                    edits,
                    rate,
                    failed,
                    failures,
                    p50,
                    p99,
                    max);
        }
    }
}
