package be.tafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import be.tafel.support.HttpJson.Response;
import be.tafel.support.SmallTown;
import be.tafel.support.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The low-severity findings of the attack: each input answers a 4xx problem+json, never 500 or HTML. */
class HostileInputApiTest {
    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    @BeforeEach
    void smallTown() {
        server.reset();
        assertEquals(200, http.post("/api/import", SmallTown.document()).status());
    }

    @Test
    void a_control_character_in_a_name_is_refused_and_the_xml_exports_keep_working() {
        Response refused = http.post("/api/partners", "{\"id\": \"p-ctl\", \"name\": \"Naam\\u0007\"}");

        assertEquals(422, refused.status(), refused.text());
        assertTrue(refused.text().contains("control character U+0007"), refused.text());
        assertEquals(200, http.get("/api/export?view=collaboration&format=gexf").status());
        assertEquals(
                200, http.get("/api/export?view=collaboration&format=graphml").status());
    }

    @Test
    void a_lone_surrogate_in_an_id_is_refused_so_two_ids_never_merge() {
        Response first = http.post("/api/families", "{\"id\": \"f-\\ud800\", \"neighbourhood\": \"Noord\"}");
        Response second = http.post("/api/families", "{\"id\": \"f-\\udbff\", \"neighbourhood\": \"Zuid\"}");

        assertEquals(422, first.status(), first.text());
        assertEquals(422, second.status(), second.text());
        assertTrue(first.text().contains("lone surrogate"), first.text());
        assertEquals(2, http.get("/api/families?limit=1").json().get("total").asInt());
    }

    @Test
    void extreme_dates_answer_400() {
        for (String at : new String[] {"-999999999-01-01", "+999999999-12-31", "0000-01-01"}) {
            Response answer = http.get("/api/analysis/summary?view=collaboration&at=" + at);
            assertEquals(400, answer.status(), at + ": " + answer.text());
            assertTrue(answer.isProblem());
        }
        Response imported = http.post(
                "/api/seats", "{\"member\": \"p-clb\", \"table\": \"t-steering\", \"since\": \"-999999999-01-01\"}");
        assertEquals(422, imported.status(), imported.text());
    }

    @Test
    void multipart_with_a_bad_boundary_answers_400() {
        byte[] body =
                "--other\r\nContent-Disposition: form-data; name=\"files\"; filename=\"partners.csv\"\r\n\r\nid,name\r\n"
                        .getBytes(StandardCharsets.UTF_8);
        Response answer = http.postBytes("/api/import", "multipart/form-data; boundary=XyZ", body);

        assertEquals(400, answer.status(), answer.text());
        assertTrue(answer.isProblem(), answer.contentType());
    }

    @Test
    void two_uploaded_csv_files_for_one_section_are_refused() {
        byte[] one = "id,name\np-a,A\n".getBytes(StandardCharsets.UTF_8);
        byte[] two = "id,name\np-b,B\n".getBytes(StandardCharsets.UTF_8);
        for (String secondName : new String[] {"partners.csv", "Partners.CSV"}) {
            Response answer = http.postBytes(
                    "/api/import",
                    "multipart/form-data; boundary=XyZ",
                    multipart("partners.csv", one, secondName, two));
            assertEquals(422, answer.status(), answer.text());
            assertTrue(answer.text().contains("one file per section"), answer.text());
        }
        assertEquals(404, http.get("/api/partners/p-a").status());
        assertEquals(404, http.get("/api/partners/p-b").status());
    }

    @Test
    void csv_exports_neutralise_cells_a_spreadsheet_would_run_as_formulas() {
        assertEquals(
                201,
                http.post(
                                "/api/partners",
                                "{\"id\": \"=HYPERLINK(1)\", \"name\": \"@SUM(A1)\"," + " \"sector\": \"+cmd\"}")
                        .status());

        String nodes = http.get("/api/export?view=collaboration&format=csv&table=nodes")
                .text();

        assertTrue(nodes.contains("'=HYPERLINK(1)"), nodes);
        assertTrue(nodes.contains("'@SUM(A1)"), nodes);
        assertTrue(nodes.contains("'+cmd"), nodes);
        assertFalse(
                nodes.contains(",=") || nodes.contains("\n=") || nodes.contains(",@") || nodes.contains(",+"), nodes);
    }

    @Test
    void the_app_csv_export_neutralises_formulas_too() throws IOException {
        String exporter = Files.readString(Path.of("web/js/exporter.js"));
        assertTrue(exporter.contains("/^[=+\\-@\\t\\r]/.test(raw) ? `'${raw}`"), "web/js/exporter.js neutralises");
    }

    @Test
    void jetty_answers_to_a_uri_too_long_headers_too_large_and_a_bad_request_line_are_problem_json() {
        String longUri = raw("GET /api/partners?x=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1:" + port()
                + "\r\nConnection: close\r\n\r\n");
        String bigHeader = raw("GET /api/partners HTTP/1.1\r\nHost: 127.0.0.1:" + port() + "\r\nX-Big: "
                + "b".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        String badLine = raw("GET /api/partners HTTP/1.1 nonsense\r\nConnection: close\r\n\r\n");

        for (String answer : new String[] {longUri, bigHeader, badLine}) {
            String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
            assertTrue(head.matches("(?s)http/1\\.1 (400|414|431).*"), answer);
            assertTrue(head.contains("content-type: application/problem+json"), answer);
            assertFalse(answer.contains("<html"), answer);
        }
        assertTrue(longUri.startsWith("HTTP/1.1 414"), longUri);
        assertTrue(bigHeader.startsWith("HTTP/1.1 431"), bigHeader);
    }

    private int port() {
        return URI.create(server.baseUrl()).getPort();
    }

    private String raw(String request) {
        try (Socket socket = new Socket("127.0.0.1", port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] multipart(String firstName, byte[] first, String secondName, byte[] second) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object[] part : new Object[][] {{firstName, first}, {secondName, second}}) {
            out.writeBytes(("--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + part[0]
                            + "\"\r\nContent-Type: text/csv\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes((byte[]) part[1]);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes("--XyZ--\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
