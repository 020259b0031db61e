package be.tafel.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A route written another way (a trailing slash, doubled slashes, percent-encoded letters) reaches the same
 * handler, so it must meet the same family rules: brokers only see families one by one, whatever the path.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PathVariantsApiTest extends WithRoleTokens {
    private static final List<String> FAMILY_IDS = List.of("\"f-1\"", "\"f-2\"");

    /** Every way of writing {@code path} that a client can send: as is, with slashes added, percent-encoded. */
    static List<String> variants(String path, String query) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        String encoded = path.substring(0, path.lastIndexOf('/') + 1) + "%" + Integer.toHexString(last.charAt(0))
                + last.substring(1);
        return List.of(
                        path,
                        path + "/",
                        path + "//",
                        "/" + path,
                        path.replace("/api/", "/api//"),
                        encoded,
                        encoded + "/",
                        path + "%2F",
                        path.replace("/api/", "/api/./"))
                .stream()
                .map(p -> p + query)
                .toList();
    }

    @Test
    void the_map_with_families_one_by_one_is_refused_to_viewers_and_analysts_on_every_path_variant() {
        for (String token : List.of(viewer, analyst)) {
            for (String path : variants("/api/graph", "?aggregateFamilies=false")) {
                Client.Answer answer = app.client(token).get(path);
                assertTrue(
                        answer.status() == 403 || answer.status() == 404 || answer.status() == 400,
                        path + " answered " + answer.status());
                FAMILY_IDS.forEach(id -> assertFalse(answer.text().contains(id), path + " names a family"));
            }
        }
    }

    @Test
    void the_map_masks_small_groups_for_viewers_and_analysts_on_every_path_variant() {
        for (String token : List.of(viewer, analyst)) {
            for (String path : variants("/api/graph", "?view=ecosystem")) {
                Client.Answer answer = app.client(token).get(path);
                if (answer.status() == 200) {
                    assertEquals("<5", answer.asJson().json().get("families").asText(), path);
                }
            }
        }
    }

    @Test
    void the_backup_export_leaves_families_out_for_analysts_on_every_path_variant() {
        for (String path : variants("/api/export", "")) {
            Client.Answer answer = app.client(analyst).get(path);
            assertTrue(
                    answer.status() == 200 || answer.status() == 404 || answer.status() == 400,
                    path + " answered " + answer.status());
            FAMILY_IDS.forEach(id -> assertFalse(answer.text().contains(id), path + " names a family"));
            assertFalse(answer.text().contains("\"families\""), path + " has a families section");
        }
    }

    @Test
    void an_ecosystem_file_export_is_refused_to_analysts_on_every_path_variant() {
        for (String path : variants("/api/export", "?view=ecosystem&format=graphml")) {
            Client.Answer answer = app.client(analyst).get(path);
            assertTrue(
                    answer.status() == 403 || answer.status() == 404 || answer.status() == 400,
                    path + " answered " + answer.status());
            assertFalse(answer.text().contains("f-1"), path + " names a family");
        }
    }

    @Test
    void a_broker_still_sees_families_one_by_one_with_or_without_a_trailing_slash() {
        for (String path : List.of("/api/graph?aggregateFamilies=false", "/api/graph/?aggregateFamilies=false")) {
            Client.Answer answer = app.client(broker).get(path);
            assertEquals(200, answer.status(), path);
            assertTrue(answer.text().contains("\"f-1\""), path);
        }
        assertTrue(app.client(broker).get("/api/export/").text().contains("\"f-1\""));
    }
}
