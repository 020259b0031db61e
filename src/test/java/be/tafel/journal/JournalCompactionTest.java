package be.tafel.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.store.NetworkWriter;
import be.tafel.support.HttpJson;
import be.tafel.support.HttpJson.Response;
import be.tafel.support.SmallTown;
import be.tafel.support.TestServer;
import be.tafel.web.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Large entries (imports) are kept gzipped in the store and read back whole: the journal's readers, undo and
 * redo, and an erasure see the same rows as before. Pruning removes old entries but never an author's newest.
 */
class JournalCompactionTest {
    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    @BeforeEach
    void emptyStoreAndJournal() {
        server.reset();
        server.store()
                .writeUnversioned(tx -> tx.run("MATCH (c:TafelChange) DELETE c").consume());
    }

    @Test
    void a_large_import_is_kept_packed_and_reads_back_undoes_redoes_and_forgets_an_erased_family() {
        ObjectNode doc = SmallTown.document();
        ArrayNode families = (ArrayNode) doc.get("families");
        ArrayNode uses = (ArrayNode) doc.get("uses");
        for (int i = 0; i < 400; i++) {
            families.addObject()
                    .put("id", "f-big-" + i)
                    .put("neighbourhood", "Noord")
                    .putArray("needs")
                    .add("education");
            uses.addObject()
                    .put("family", "f-big-" + i)
                    .put("service", "s-homework")
                    .put("since", "2024-09-01");
        }
        int rows = 0;
        for (JsonNode section : doc) {
            rows += section.size();
        }
        long before = version();
        assertEquals(200, http.post("/api/import", doc).status());

        JsonNode entry = single(before);
        assertEquals("import", entry.get("op").asText());
        assertEquals(before + 1, entry.get("version").asLong());
        assertEquals("local", entry.get("who").asText());
        assertFalse(entry.get("at").asText().isEmpty());
        assertEquals(rows, entry.get("changes").size());
        Map<String, Object> stored = stored(entry.get("version").asLong());
        assertEquals(null, stored.get("changes"), "the rows are not kept as text");
        int text = entry.get("changes").toString().length();
        int packed = ((byte[]) stored.get("packed")).length;
        assertTrue(packed * 5 < text, "packed " + packed + " bytes for " + text + " bytes of JSON");
        assertTrue(((List<?>) stored.get("families")).contains("f-big-7"));

        assertEquals(200, http.post("/api/journal/undo", "").status());
        assertEquals(404, http.get("/api/families/f-big-7").status());
        assertEquals(200, http.post("/api/journal/redo", "").status());
        assertEquals(200, http.get("/api/families/f-big-7").status());

        assertEquals(204, http.delete("/api/families/f-big-7").status());
        JsonNode forgotten = single(before);
        assertFalse(forgotten.toString().contains("\"f-big-7\""), "the erased family's rows are gone");
        assertTrue(forgotten.toString().contains("\"f-big-8\""));
        assertEquals(rows - 2, forgotten.get("changes").size(), "its row and its use");
        assertFalse(((List<?>) stored(forgotten.get("version").asLong()).get("families")).contains("f-big-7"));
    }

    @Test
    void pruning_removes_old_entries_but_keeps_an_authors_newest() {
        assertEquals(200, http.post("/api/import", SmallTown.document()).status());
        for (int i = 0; i < 5; i++) {
            assertEquals(
                    200,
                    http.put("/api/partners/p-clb", "{\"name\": \"CLB " + i + "\", \"sector\": \"pupil-guidance\"}")
                            .status());
        }
        JsonNode all = entries(0);
        assertEquals(6, all.size());
        Journal journal = new Journal(server.store(), new NetworkWriter(server.store()), Json.mapper());

        assertEquals(0, journal.prune(Instant.now().minusSeconds(3600), 2), "nothing is that old");
        assertEquals(4, journal.prune(Instant.now().plusSeconds(60), 2));

        JsonNode kept = entries(0);
        assertEquals(2, kept.size());
        for (int i = 0; i < 2; i++) {
            JsonNode was = all.get(4 + i);
            assertEquals(was.get("version"), kept.get(i).get("version"));
            assertEquals(was.get("op"), kept.get(i).get("op"));
            assertEquals(was.get("at"), kept.get(i).get("at"));
            assertEquals(was.get("who"), kept.get(i).get("who"));
        }
        assertEquals(200, http.post("/api/journal/undo", "").status(), "the newest stay undoable");
    }

    private long version() {
        return http.get("/api/journal?since=" + Long.MAX_VALUE / 2)
                .json()
                .get("version")
                .asLong();
    }

    private JsonNode entries(long since) {
        Response page = http.get("/api/journal?since=" + since);
        assertEquals(200, page.status(), page.text());
        return page.json().get("entries");
    }

    private JsonNode single(long since) {
        JsonNode entries = entries(since);
        assertTrue(entries.size() >= 1, entries.toString());
        return entries.get(0);
    }

    private Map<String, Object> stored(long version) {
        return server.store()
                .read(tx -> tx.run(
                                "MATCH (c:TafelChange {version: $v}) RETURN c.changes AS changes, c.packed AS packed,"
                                        + " c.families AS families",
                                Map.of("v", version))
                        .single()
                        .asMap());
    }
}
