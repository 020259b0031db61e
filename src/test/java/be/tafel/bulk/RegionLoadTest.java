package be.tafel.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.importing.InvalidNetworkException;
import be.tafel.importing.Vocabulary;
import be.tafel.journal.Journal;
import be.tafel.store.BulkLoad;
import be.tafel.store.CypherFiles;
import be.tafel.store.GraphRepository;
import be.tafel.store.GraphStore;
import be.tafel.store.NetworkWriter;
import be.tafel.store.StoreConfig;
import be.tafel.support.SmallTown;
import be.tafel.support.TestServer;
import be.tafel.web.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;

/**
 * {@code load-region} on real stores: the demo town, exported by the service, bulk loaded into an empty embedded
 * store with Neo4j's importer, reads back as the very same document; a document with one bad row loads nothing;
 * a store that holds anything is refused, whatever the document.
 */
class RegionLoadTest {
    private static final ObjectMapper JSON = Json.mapper();
    private Path dir;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @BeforeEach
    void folder() throws IOException {
        dir = Files.createTempDirectory("tafel-region-load");
    }

    @AfterEach
    void remove() {
        BulkLoad.deleteTree(dir);
    }

    @Test
    void the_demo_loaded_in_bulk_reads_back_as_the_document_it_came_from() throws IOException {
        TestServer.get().loadDemo();
        JsonNode exported = TestServer.get().http().get("/api/export").json();
        ((ObjectNode) exported).remove("vocabulary");
        Path document = dir.resolve("demo.json");
        JSON.writeValue(document.toFile(), exported);
        StoreConfig config = StoreConfig.embedded(dir.resolve("store"));

        RegionLoad.Result loaded = RegionLoad.load(config, document, printer());

        int rows = 0;
        for (JsonNode section : exported) {
            rows += section.size();
        }
        assertEquals(rows, loaded.rows());
        assertTrue(loaded.nodes() > 0 && loaded.relationships() > 0, loaded.toString());
        try (GraphStore store = GraphStore.open(config)) {
            JsonNode reloaded = JSON.valueToTree(new GraphRepository(store).export());
            assertEquals(sorted(exported), sorted(reloaded));
            var entries = new Journal(store, new NetworkWriter(store), JSON).since(0, 10);
            assertEquals(1, entries.size());
            assertEquals(RegionLoad.OP, entries.getFirst().op());
            assertEquals(loaded.version(), store.version());
        }
    }

    @Test
    void a_document_with_one_bad_row_loads_nothing_and_a_store_with_nodes_is_refused() throws IOException {
        ObjectNode town = SmallTown.document();
        ((ArrayNode) town.get("collaborations"))
                .addObject()
                .put("a", "p-school")
                .put("b", "p-nowhere")
                .put("kind", "formal");
        Path bad = dir.resolve("bad.json");
        JSON.writeValue(bad.toFile(), town);
        StoreConfig config = StoreConfig.embedded(dir.resolve("store"));

        InvalidNetworkException refused =
                assertThrows(InvalidNetworkException.class, () -> RegionLoad.load(config, bad, printer()));
        assertTrue(refused.getMessage().contains("p-nowhere")
                || refused.problems().toString().contains("p-nowhere"));
        try (GraphStore store = GraphStore.open(config)) {
            assertEquals(0, new GraphRepository(store).export().rows());
        }

        Path good = dir.resolve("good.json");
        JSON.writeValue(good.toFile(), SmallTown.document());
        RegionLoad.load(config, good, printer());
        IllegalStateException again =
                assertThrows(IllegalStateException.class, () -> RegionLoad.load(config, good, printer()));
        assertTrue(again.getMessage().contains("empty store"), again.getMessage());
        // the store is checked while the document is read: a full store is still what a bad document hears first
        IllegalStateException full =
                assertThrows(IllegalStateException.class, () -> RegionLoad.load(config, bad, printer()));
        assertTrue(full.getMessage().contains("empty store"), full.getMessage());
    }

    @Test
    void the_default_vocabulary_read_from_its_file_is_what_a_store_answers() throws IOException {
        var row = TestServer.get()
                .store()
                .read(tx -> tx.run(CypherFiles.load("vocabulary/defaults")).single());
        Vocabulary answered = new Vocabulary(
                Set.copyOf(row.get("lifeDomains").asList(Value::asString)),
                Set.copyOf(row.get("neighbourhoods").asList(Value::asString)));

        assertEquals(answered, RegionLoad.defaultVocabulary());
        assertTrue(answered.lifeDomains().contains("childcare"), answered.toString());
        assertTrue(RegionLoad.isNew(StoreConfig.embedded(dir.resolve("nothing-yet"))));
        assertTrue(RegionLoad.isNew(StoreConfig.embedded(dir)), "an empty folder");
        Files.writeString(dir.resolve("neo4j.conf"), "");
        assertFalse(RegionLoad.isNew(StoreConfig.embedded(dir)), "a folder with something in it may hold a store");
    }

    private PrintStream printer() {
        return new PrintStream(log, true, StandardCharsets.UTF_8);
    }

    /** The document with every section's rows in one order (by their JSON text), to compare as sets. */
    private static JsonNode sorted(JsonNode document) {
        ObjectNode out = JSON.createObjectNode();
        List<String> names = new ArrayList<>();
        document.properties().forEach(e -> names.add(e.getKey()));
        names.sort(Comparator.naturalOrder());
        for (String name : names) {
            List<String> rows = new ArrayList<>();
            document.get(name).forEach(r -> rows.add(r.toString()));
            rows.sort(Comparator.naturalOrder());
            ArrayNode section = out.putArray(name);
            rows.forEach(section::add);
        }
        return out;
    }
}
