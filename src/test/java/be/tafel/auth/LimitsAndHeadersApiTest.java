package be.tafel.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.TestServer;
import be.tafel.web.SecurityHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Security headers, CORS, the body limit and the rate limit, through real HTTP. */
class LimitsAndHeadersApiTest {
    private static Client open() {
        return new Client(TestServer.get().baseUrl(), null);
    }

    @Nested
    class Headers {
        @Test
        void every_answer_carries_the_security_headers() {
            for (String path : List.of("/", "/js/api.js", "/api/health", "/api/partners", "/api/nothing-here")) {
                Client.Answer answer = open().get(path);
                assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, answer.header("Content-Security-Policy"), path);
                assertEquals("nosniff", answer.header("X-Content-Type-Options"), path);
                assertEquals("no-referrer", answer.header("Referrer-Policy"), path);
                assertTrue(answer.header("Content-Security-Policy").contains("frame-ancestors 'none'"), path);
                assertTrue(answer.header("Content-Security-Policy").contains("script-src 'self';"), path);
            }
        }

        @Test
        void the_web_app_has_no_inline_script_or_style_that_the_policy_would_block() throws IOException {
            String html;
            try (InputStream in = getClass().getResourceAsStream("/web/index.html")) {
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertFalse(
                    Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>")
                            .matcher(html)
                            .find(),
                    "inline <script>");
            assertFalse(html.contains("<style"), "inline <style>");
            assertFalse(Pattern.compile("\\sstyle=").matcher(html).find(), "style attribute");
            assertFalse(Pattern.compile("\\son[a-z]+=").matcher(html).find(), "inline event handler");
            assertFalse(html.contains("javascript:"), "javascript: URL");
        }
    }

    @Nested
    class Cors {
        @Test
        void cors_is_closed_by_default() {
            Client.Answer answer = open().get("/api/health", "Origin", "https://elders.example");
            assertEquals(200, answer.status());
            assertNull(answer.header("Access-Control-Allow-Origin"));
            Client.Answer preflight = open().options(
                            "/api/partners",
                            "Origin",
                            "https://elders.example",
                            "Access-Control-Request-Method",
                            "GET");
            assertNull(preflight.header("Access-Control-Allow-Origin"));
        }

        @Test
        void configured_origins_and_only_those_may_call() {
            try (SecuredApp app = new SecuredApp(SecuritySettings.fromEnvironment(
                    java.util.Map.of("TAFEL_CORS_ORIGINS", "https://kaart.gemeente.be, https://intern.example"),
                    false))) {
                Client.Answer allowed = app.client(null).get("/api/health", "Origin", "https://kaart.gemeente.be");
                assertEquals("https://kaart.gemeente.be", allowed.header("Access-Control-Allow-Origin"));
                Client.Answer other = app.client(null).get("/api/health", "Origin", "https://elders.example");
                assertNull(other.header("Access-Control-Allow-Origin"));
            }
        }
    }

    @Nested
    class BodyLimit {
        @Test
        void a_body_over_the_limit_answers_413_problem_json() {
            SecuritySettings settings =
                    SecuritySettings.fromEnvironment(java.util.Map.of("TAFEL_MAX_BODY_BYTES", "1000"), false);
            assertEquals(1000, settings.maxBodyBytes());
            try (SecuredApp app = new SecuredApp(settings)) {
                String big = "{\"partners\": [" + "{\"id\": \"p\"},".repeat(200) + "{\"id\": \"q\"}]}";
                Client.Answer answer = app.client(null).post("/api/import?dryRun=true", big);
                assertEquals(413, answer.status(), answer.text());
                assertTrue(answer.asJson().isProblem());
                Client.Answer small = app.client(null).post("/api/import?dryRun=true", "{\"partners\": []}");
                assertEquals(200, small.status(), small.text());
            }
        }

        @Test
        void the_default_limit_is_documented_in_one_place() {
            assertEquals(SecuritySettings.DEFAULT_MAX_BODY_BYTES, be.tafel.TafelApp.DEFAULT_MAX_REQUEST_BYTES);
            assertEquals(
                    SecuritySettings.DEFAULT_MAX_BODY_BYTES,
                    SecuritySettings.fromEnvironment(java.util.Map.of(), true).maxBodyBytes());
        }
    }

    @Nested
    class RateLimit {
        @Test
        void a_token_over_its_rate_gets_429_with_retry_after() {
            TokenStore tokens = SecuredApp.tokens();
            String busy = tokens.create("busy", Role.VIEWER).secret();
            String calm = tokens.create("calm", Role.VIEWER).secret();
            try (SecuredApp app = new SecuredApp(
                    SecuritySettings.open().withTokensRequired(true).withRequestsPerMinute(3))) {
                for (int i = 0; i < 3; i++) {
                    assertEquals(200, app.client(busy).get("/api/partners").status());
                }
                Client.Answer limited = app.client(busy).get("/api/partners");
                if (limited.status() == 200) { // the minute turned between requests: one more window
                    for (int i = 0; i < 3 && limited.status() == 200; i++) {
                        limited = app.client(busy).get("/api/partners");
                    }
                }
                assertEquals(429, limited.status());
                assertTrue(limited.asJson().isProblem());
                long retry = Long.parseLong(limited.header("Retry-After"));
                assertTrue(retry >= 1 && retry <= 60, "Retry-After " + retry);
                assertEquals(200, app.client(calm).get("/api/partners").status(), "other tokens are not slowed");
            } finally {
                SecuredApp.removeTokens();
            }
        }

        @Test
        void the_window_opens_again_after_the_minute() {
            AtomicLong now = new AtomicLong(120_000);
            RateLimiter limiter = new RateLimiter(2, now::get);
            assertEquals(0, limiter.acquire("t"));
            assertEquals(0, limiter.acquire("t"));
            now.set(150_000);
            assertEquals(30, limiter.acquire("t"));
            assertEquals(0, limiter.acquire("u"));
            now.set(180_000);
            assertEquals(0, limiter.acquire("t"));
            assertEquals(0, new RateLimiter(0, now::get).acquire("t"), "0 means no limit");
        }

        @Test
        void the_limiter_forgets_keys_whose_minute_is_over() {
            AtomicLong now = new AtomicLong(120_000);
            RateLimiter limiter = new RateLimiter(2, now::get);
            for (int i = 0; i < 5_000; i++) {
                limiter.acquire("guessed-" + i);
            }
            assertEquals(5_000, limiter.keysHeld(), "keys of the running minute are held");
            now.addAndGet(61_000);
            assertEquals(0, limiter.acquire("real"));
            assertEquals(1, limiter.keysHeld(), "a minute after their last request the guessed keys are gone");
        }

        @Test
        void the_limiter_holds_at_most_its_maximum_of_keys_and_still_limits_a_busy_one() {
            AtomicLong now = new AtomicLong(120_000);
            RateLimiter limiter = new RateLimiter(3, now::get, 1_000);
            for (int i = 0; i < 3; i++) {
                assertEquals(0, limiter.acquire("busy"));
            }
            for (int i = 0; i < 20_000; i++) {
                limiter.acquire("guessed-" + i);
                if (i % 100 == 0) {
                    assertTrue(limiter.acquire("busy") > 0, "the busy key stays limited while guesses stream in");
                }
            }
            assertTrue(limiter.keysHeld() <= 1_000, "held " + limiter.keysHeld());
        }
    }
}
