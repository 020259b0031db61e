package be.tafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.TafelApp;
import be.tafel.model.Network;
import be.tafel.model.NodeLabel;
import be.tafel.support.HttpJson;
import be.tafel.support.SmallTown;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erasure is real: after {@code DELETE /api/families/{id}} and a restart, no file in the store folder holds
 * the erased family's id — not the transaction logs, not the property store, not the indexes.
 */
class ErasureOnDiskTest {
    /** Long enough that Neo4j keeps it as plain UTF-8 in its string store rather than packed in a record. */
    private static final String ID = "f-erase-" + "zq7x".repeat(12) + "-gezin";

    @TempDir
    Path data;

    @Test
    void after_erasure_and_a_restart_no_file_in_the_store_folder_holds_the_family_id() throws IOException {
        GraphStore store = GraphStore.open(StoreConfig.embedded(data));
        Javalin app = TafelApp.create(store).start("127.0.0.1", 0);
        try {
            HttpJson http = new HttpJson("http://127.0.0.1:" + app.port());
            ObjectNode document = SmallTown.document();
            ((ObjectNode) SmallTown.section(document, "families").get(1)).put("id", ID);
            ((ObjectNode) SmallTown.section(document, "supports").get(0)).put("family", ID);
            ((ObjectNode) SmallTown.section(document, "referrals").get(1)).put("family", ID);
            assertEquals(200, http.post("/api/import", document).status());
            assertEquals(200, http.get("/api/families/" + ID).status());

            assertEquals(204, http.delete("/api/families/" + ID).status());
        } finally {
            app.stop();
            store.close();
        }
        try (GraphStore restarted = GraphStore.open(StoreConfig.embedded(data))) {
            GraphRepository repository = new GraphRepository(restarted);
            assertTrue(repository.find(NodeLabel.FAMILY, ID).isEmpty());
            assertTrue(repository.find(NodeLabel.FAMILY, "f-1").isPresent(), "the other family survives");
            Network kept = repository.export();
            assertEquals(4, kept.partners().size());
            assertEquals(
                    List.of("r-1"), kept.referrals().stream().map(r -> r.id()).toList());
            assertEquals(1, kept.uses().size());
            assertEquals(2, kept.seats().size());
        }

        assertEquals(List.of(), filesHolding(ID));
        assertFalse(Files.exists(data.resolve(StoreCompaction.PENDING)));
    }

    private List<String> filesHolding(String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        List<String> holding = new ArrayList<>();
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (contains(Files.readAllBytes(file), needle)) {
                    holding.add(data.relativize(file).toString());
                }
            }
        }
        return holding;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
