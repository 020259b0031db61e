package be.tafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import be.tafel.support.HttpJson.Response;
import be.tafel.support.SmallTown;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Personal data in ids and free texts is refused with 422 naming the field, by the import and by CRUD. */
class PersonalDataApiTest {
    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    @BeforeEach
    void smallTown() {
        server.reset();
        assertEquals(200, http.post("/api/import", SmallTown.document()).status());
    }

    private static void assertRefused(Response response, String section, String field, String what) {
        assertEquals(422, response.status(), response.text());
        assertTrue(response.isProblem(), response.contentType());
        JsonNode error = response.json().get("errors").get(0);
        assertEquals(section, error.get("section").asText(), response.text());
        assertEquals(field, error.get("field").asText(), response.text());
        assertTrue(error.get("message").asText().contains(what), response.text());
    }

    private int families() {
        return http.get("/api/families?limit=1").json().get("total").asInt();
    }

    @Test
    void import_refuses_a_national_register_number_in_needs_and_writes_nothing() {
        ObjectNode document = SmallTown.document();
        ((ObjectNode) SmallTown.section(document, "families").get(0))
                .putArray("needs")
                .add("education")
                .add("85.03.12-123.62");
        ((ObjectNode) SmallTown.section(document, "families").get(1)).put("id", "f-new");

        assertRefused(http.post("/api/import", document), "families", "needs", "national register number");
        assertEquals(2, families());
    }

    @Test
    void import_refuses_a_name_address_and_phone_as_a_neighbourhood() {
        ObjectNode document = SmallTown.document();
        ((ObjectNode) SmallTown.section(document, "families").get(0))
                .put("neighbourhood", "Jan Peeters, Kerkstraat 5, tel 0470 12 34 56");

        assertRefused(http.post("/api/import", document), "families", "neighbourhood", "phone number");
    }

    @Test
    void import_refuses_a_name_and_birth_date_as_an_id() {
        ObjectNode document = SmallTown.document();
        ((ObjectNode) SmallTown.section(document, "families").get(0)).put("id", "Jan Peeters 1985-03-12");

        assertRefused(http.post("/api/import", document), "families", "id", "date of birth");
    }

    @Test
    void csv_import_refuses_a_post_2000_national_register_number_as_an_id() {
        byte[] csv = "id,neighbourhood\n01031212373,Noord\n".getBytes(StandardCharsets.UTF_8);
        Response response =
                http.postBytes("/api/import", "multipart/form-data; boundary=XyZ", multipart("families.csv", csv));

        assertRefused(response, "families", "id", "national register number");
    }

    @Test
    void create_refuses_an_email_address_in_a_partner_name() {
        Response response = http.post("/api/partners", "{\"id\": \"p-mail\", \"name\": \"jan.peeters@example.be\"}");

        assertRefused(response, "partners", "name", "e-mail address");
        assertEquals(404, http.get("/api/partners/p-mail").status());
    }

    @Test
    void update_refuses_a_phone_number_in_a_family_neighbourhood() {
        Response response = http.put("/api/families/f-1", "{\"neighbourhood\": \"+32 470 12 34 56\"}");

        assertRefused(response, "families", "neighbourhood", "phone number");
        assertEquals(
                "Noord",
                http.get("/api/families/f-1").json().get("neighbourhood").asText());
    }

    static byte[] multipart(String filename, byte[] content) {
        String head = "--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/csv\r\n\r\n";
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = "\r\n--XyZ--\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + content.length + end.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(content, 0, all, start.length, content.length);
        System.arraycopy(end, 0, all, start.length + content.length, end.length);
        return all;
    }
}
