package be.tafel.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.TafelApp;
import be.tafel.support.HttpJson;
import be.tafel.support.SmallTown;
import be.tafel.support.TestServer;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Another website cannot use a browser to write to or read from a Tafel running open on loopback: no
 * form or text/plain writes (CSRF), no other Origin, no DNS-rebinding Host; open mode must be asked for.
 */
class OpenModeApiTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();
    private final int port = URI.create(server.baseUrl()).getPort();

    @BeforeEach
    void emptyStore() {
        server.reset();
    }

    private HttpJson.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> answer = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new HttpJson.Response(
                    answer.statusCode(),
                    answer.headers().firstValue("Content-Type").orElse(null),
                    answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder importAs(String contentType) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/import"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(SmallTown.document().toString()));
    }

    private int partners() {
        return http.get("/api/partners?limit=1").json().get("total").asInt();
    }

    @Test
    void an_import_sent_as_text_plain_like_a_cross_site_fetch_is_refused_with_415() {
        HttpJson.Response answer = send(importAs("text/plain;charset=UTF-8"));

        assertEquals(415, answer.status(), answer.text());
        assertTrue(answer.isProblem());
        assertEquals(0, partners());
    }

    @Test
    void an_import_sent_as_a_form_is_refused_with_415() {
        assertEquals(415, send(importAs("application/x-www-form-urlencoded")).status());
        assertEquals(
                415,
                send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/partners"))
                                .header("Content-Type", "multipart/form-data; boundary=x")
                                .POST(HttpRequest.BodyPublishers.ofString("--x--")))
                        .status());
        assertEquals(0, partners());
    }

    @Test
    void a_write_from_another_origin_is_refused_and_one_from_this_origin_goes_through() {
        HttpJson.Response foreign = send(importAs("application/json").header("Origin", "http://evil.example"));
        HttpJson.Response nullOrigin = send(importAs("application/json").header("Origin", "null"));
        assertEquals(403, foreign.status(), foreign.text());
        assertEquals(403, nullOrigin.status(), nullOrigin.text());
        assertEquals(0, partners());

        HttpJson.Response own = send(importAs("application/json").header("Origin", "http://localhost:" + port));
        assertEquals(200, own.status(), own.text());
        assertEquals(4, partners());
    }

    @Test
    void a_dns_rebinding_host_cannot_read_the_api() {
        http.post("/api/import", SmallTown.document());

        assertTrue(rawGet("evil.example:" + port).startsWith("HTTP/1.1 403"));
        assertTrue(rawGet("127.0.0.1:" + (port + 1)).startsWith("HTTP/1.1 403"));
        assertTrue(rawGet("localhost:" + port).startsWith("HTTP/1.1 200"));
        assertTrue(rawGet("127.0.0.1:" + port).startsWith("HTTP/1.1 200"));
    }

    @Test
    void loopback_authorities_are_recognised_by_literal_only() {
        assertTrue(be.tafel.web.RequestGuardAccess.isLocal("127.0.0.1:7070", 7070));
        assertTrue(be.tafel.web.RequestGuardAccess.isLocal("[::1]:7070", 7070));
        assertTrue(be.tafel.web.RequestGuardAccess.isLocal("LOCALHOST:7070", 7070));
        assertFalse(be.tafel.web.RequestGuardAccess.isLocal("127.0.0.1.evil.example:7070", 7070));
        assertFalse(be.tafel.web.RequestGuardAccess.isLocal("localhost.evil.example:7070", 7070));
        assertFalse(be.tafel.web.RequestGuardAccess.isLocal("localhost", 7070));
        assertFalse(be.tafel.web.RequestGuardAccess.isLocal("", 7070));
    }

    @Test
    void open_mode_beyond_loopback_refuses_to_start() {
        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> TafelApp.start(server.store(), SecuritySettings.open(), "0.0.0.0", 0));
        assertTrue(refused.getMessage().contains("--open"), refused.getMessage());
    }

    @Test
    void serve_runs_open_only_with_the_open_flag() {
        SecuredApp.removeTokens();
        Javalin app = TafelApp.start(server.store(), SecuritySettings.open().withTokensRequired(true), "127.0.0.1", 0);
        try {
            assertEquals(
                    401,
                    new HttpJson("http://127.0.0.1:" + app.port())
                            .get("/api/partners")
                            .status());
        } finally {
            app.stop();
        }
        assertTrue(be.tafel.MainAccess.servesOpen("--open"));
        assertFalse(be.tafel.MainAccess.servesOpen("--demo"));
    }

    private String rawGet(String host) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/partners HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
