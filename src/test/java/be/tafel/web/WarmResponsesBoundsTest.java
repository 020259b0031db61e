package be.tafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import be.tafel.support.TestServer;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The answer cache against finding 4 of #18: bounded by bytes, closed to made-up parameters, and cold
 * answers bounded per caller and overall. A small app over the real store and real HTTP, so the bounds can be
 * set small.
 */
class WarmResponsesBoundsTest {
    private static final int BODY_BYTES = 32 * 1024;
    private static final long BOUND = 10L * BODY_BYTES;

    private final TestServer server = TestServer.get();
    private final AtomicInteger computed = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch slowStarted = new CountDownLatch(1);
    private final Semaphore gate = new Semaphore(0);
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private WarmResponses warm;
    private Javalin app;
    private HttpJson http;

    private void start(ColdWork cold) {
        warm = new WarmResponses(server.store(), BOUND, cold, Runnable::run);
        app = Javalin.create(config -> {
                    Problems.register(config);
                    config.routes.get(
                            "/big",
                            warm.around(
                                    ctx -> {
                                        computed.incrementAndGet();
                                        ctx.result("x".repeat(BODY_BYTES)).contentType("text/plain");
                                    },
                                    List.of("at", "limit")));
                    config.routes.get(
                            "/slow",
                            warm.around(
                                    ctx -> {
                                        computed.incrementAndGet();
                                        slowStarted.countDown();
                                        release.await(10, TimeUnit.SECONDS);
                                        ctx.result("done " + ctx.queryParam("n"))
                                                .contentType("text/plain");
                                    },
                                    List.of("n")));
                    config.routes.get(
                            "/gated",
                            warm.around(
                                    ctx -> {
                                        computed.incrementAndGet();
                                        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                                        try {
                                            assertTrue(gate.tryAcquire(10, TimeUnit.SECONDS));
                                        } finally {
                                            running.decrementAndGet();
                                        }
                                        ctx.result("at " + server.store().version())
                                                .contentType("text/plain");
                                    },
                                    List.of()));
                })
                .start("127.0.0.1", 0);
        http = new HttpJson("http://127.0.0.1:" + app.port());
    }

    @AfterEach
    void stop() {
        release.countDown();
        gate.release(100);
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void many_distinct_queries_keep_the_cache_under_its_byte_bound() {
        start(new ColdWork(4, 2, Duration.ofSeconds(5)));
        for (int limit = 1; limit <= 100; limit++) {
            assertEquals(200, http.get("/big?limit=" + limit).status());
            assertTrue(warm.keptBytes() <= BOUND, limit + ": " + warm.keptBytes() + " > " + BOUND);
        }
        assertTrue(warm.keptAnswers() >= 1 && warm.keptAnswers() <= BOUND / BODY_BYTES, warm.keptAnswers() + " kept");
    }

    @Test
    void an_unknown_parameter_answers_400_and_adds_no_cache_entry() {
        start(new ColdWork(4, 2, Duration.ofSeconds(5)));
        for (int i = 0; i < 20; i++) {
            HttpJson.Response response = http.get("/big?limit=5&nonce" + i + "=1");
            assertEquals(400, response.status(), response.text());
            assertTrue(response.isProblem(), response.contentType());
            assertTrue(response.json().get("detail").asText().contains("'nonce" + i + "'"), response.text());
            assertTrue(response.json().get("detail").asText().contains("at, limit"), response.text());
        }
        assertEquals(0, warm.keptAnswers());
        assertEquals(0, computed.get(), "nothing was computed for a refused request");
    }

    @Test
    void the_order_of_the_parameters_does_not_make_a_new_entry() {
        start(new ColdWork(4, 2, Duration.ofSeconds(5)));
        assertEquals(200, http.get("/big?limit=3&at=2026-01-01").status());
        assertEquals(200, http.get("/big?at=2026-01-01&limit=3").status());
        assertEquals(1, warm.keptAnswers());
        assertEquals(1, warm.hits());
        assertEquals(1, computed.get());
    }

    @Test
    void a_cold_request_over_the_bound_waits_then_answers_503_with_retry_after() throws Exception {
        start(new ColdWork(1, 1, Duration.ofMillis(300)));
        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<String>> first =
                client.sendAsync(request("/slow?n=1"), HttpResponse.BodyHandlers.ofString());
        assertTrue(slowStarted.await(10, TimeUnit.SECONDS));
        HttpResponse<String> refused = client.send(request("/slow?n=2"), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, refused.statusCode(), refused.body());
        assertEquals("5", refused.headers().firstValue("Retry-After").orElse(null));
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith(Problems.CONTENT_TYPE));
        release.countDown();
        assertEquals(200, first.get(10, TimeUnit.SECONDS).statusCode());
        assertEquals(
                200,
                client.send(request("/slow?n=3"), HttpResponse.BodyHandlers.ofString())
                        .statusCode(),
                "a place is free again");
    }

    @Test
    void requests_for_an_answer_being_computed_wait_for_it_instead_of_computing_it_again() throws Exception {
        start(new ColdWork(1, 1, Duration.ofSeconds(10)));
        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<String>> first =
                client.sendAsync(request("/slow?n=1"), HttpResponse.BodyHandlers.ofString());
        assertTrue(slowStarted.await(10, TimeUnit.SECONDS));
        List<CompletableFuture<HttpResponse<String>>> others = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            others.add(client.sendAsync(request("/slow?n=1"), HttpResponse.BodyHandlers.ofString()));
        }
        Thread.sleep(300); // the six are waiting: with one place in line and no sharing, they would be refused
        release.countDown();
        assertEquals("done 1", first.get(10, TimeUnit.SECONDS).body());
        for (CompletableFuture<HttpResponse<String>> other : others) {
            HttpResponse<String> response = other.get(10, TimeUnit.SECONDS);
            assertEquals(200, response.statusCode(), response.body());
            assertEquals("done 1", response.body());
        }
        assertEquals(1, computed.get(), "computed once for all seven");
        assertEquals(6, warm.sharedComputations() + warm.hits());
    }

    @Test
    void under_a_stream_of_writes_one_computation_of_an_answer_runs_at_a_time_at_the_newest_version() throws Exception {
        start(new ColdWork(4, 4, Duration.ofSeconds(10)));
        HttpClient client = HttpClient.newHttpClient();
        long first = server.store().version();
        CompletableFuture<HttpResponse<String>> atFirst =
                client.sendAsync(request("/gated"), HttpResponse.BodyHandlers.ofString());
        awaitComputed(1);
        List<CompletableFuture<HttpResponse<String>>> later = new java.util.ArrayList<>();
        for (int write = 0; write < 3; write++) {
            server.store().write(tx -> null);
            for (int i = 0; i < 2; i++) {
                later.add(client.sendAsync(request("/gated"), HttpResponse.BodyHandlers.ofString()));
            }
        }
        long newest = server.store().version();
        Thread.sleep(300); // with a computation per version, three more would run by now
        assertEquals(1, computed.get(), "the six wait for the computation of the older version to end");
        gate.release();
        assertEquals("at " + first, atFirst.get(10, TimeUnit.SECONDS).body());
        awaitComputed(2);
        Thread.sleep(300);
        assertEquals(2, computed.get(), "the six share one computation, of the newest version");
        gate.release();
        for (CompletableFuture<HttpResponse<String>> response : later) {
            assertEquals("at " + newest, response.get(10, TimeUnit.SECONDS).body());
        }
        assertEquals(1, mostAtOnce.get(), "never two computations of one answer at once");
    }

    private void awaitComputed(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (computed.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(count, computed.get());
    }

    @Test
    void a_request_waiting_too_long_for_the_same_answer_answers_503_with_retry_after() throws Exception {
        start(new ColdWork(1, 1, Duration.ofMillis(300)));
        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<String>> first =
                client.sendAsync(request("/slow?n=1"), HttpResponse.BodyHandlers.ofString());
        assertTrue(slowStarted.await(10, TimeUnit.SECONDS));
        HttpResponse<String> waited = client.send(request("/slow?n=1"), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, waited.statusCode(), waited.body());
        assertEquals("5", waited.headers().firstValue("Retry-After").orElse(null));
        release.countDown();
        assertEquals("done 1", first.get(10, TimeUnit.SECONDS).body());
    }

    @Test
    void one_caller_cannot_take_every_place() throws Exception {
        ColdWork cold = new ColdWork(2, 1, Duration.ofMillis(200));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread first = Thread.ofVirtual().start(() -> {
            try {
                cold.run("token-a", () -> {
                    running.countDown();
                    done.await(10, TimeUnit.SECONDS);
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(running.await(10, TimeUnit.SECONDS));
        assertThrows(ColdWork.Busy.class, () -> cold.run("token-a", () -> {}), "token-a is at its bound");
        AtomicInteger ran = new AtomicInteger();
        cold.run("token-b", ran::incrementAndGet);
        assertEquals(1, ran.get(), "another caller still has a place");
        done.countDown();
        first.join(10_000);
        cold.run("token-a", ran::incrementAndGet);
        assertEquals(2, ran.get());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .GET()
                .build();
    }
}
