package be.tafel.bulk;

import be.tafel.importing.CsvNetworkReader;
import be.tafel.importing.KnownIds;
import be.tafel.importing.NetworkReader;
import be.tafel.importing.Vocabulary;
import be.tafel.journal.Author;
import be.tafel.journal.Journal;
import be.tafel.model.Network;
import be.tafel.model.NodeLabel;
import be.tafel.store.BulkLoad;
import be.tafel.store.CypherFiles;
import be.tafel.store.GraphStore;
import be.tafel.store.NetworkWriter;
import be.tafel.store.StoreConfig;
import be.tafel.store.VocabularyStore;
import be.tafel.web.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code load-region FILE|DIR}: starts a region's store from one import document (JSON) or a folder of the
 * import's CSV files. The rows are read and validated exactly as {@code POST /api/import} reads them (against
 * an empty store and the store's vocabulary: the same problems, and nothing is written while there is one),
 * then Neo4j's bulk importer writes the store files directly ({@link BulkLoad}), and the store is started
 * once to build its constraints and indexes. One journal entry ({@code op} {@value #OP}) records the load.
 *
 * <p>Only for an empty embedded store: later imports stay transactional ({@code POST /api/import}).
 */
public final class RegionLoad {
    /** The journal's op of a bulk load. */
    public static final String OP = "bulk-load";

    private static final Author AUTHOR = new Author("load-region", "broker", "load-region");

    private RegionLoad() {}

    /** What the load took, phase by phase. */
    public record Result(
            int rows,
            long nodes,
            long relationships,
            long validateMillis,
            long filesMillis,
            long importMillis,
            long startMillis,
            long version) {
        public long millis() {
            return validateMillis + filesMillis + importMillis + startMillis;
        }

        public double rowsPerSecond() {
            return rows / (millis() / 1000.0);
        }
    }

    /**
     * Reads, validates and loads {@code input} (a JSON document or a folder of CSV files). An existing store starts,
     * is found empty, answers its vocabulary and shuts down on a thread of its own while the document is read and
     * its rows and references are checked (they need nothing of an empty store); the vocabulary check then waits
     * for it, and the importer's files are written while it shuts down. A new store (its folder does not exist or
     * is empty) is not started before the load: its vocabulary is the defaults.
     */
    public static Result load(StoreConfig config, Path input, PrintStream log) {
        long started = System.nanoTime();
        EmptyStore empty = new EmptyStore(config);
        Network network;
        try {
            network = read(new NetworkReader(empty), input);
        } catch (RuntimeException e) {
            empty.awaitShutDown(); // a store that is not empty is the first thing to say, as before
            throw e;
        }
        long validateMillis = (System.nanoTime() - started) / 1_000_000;
        log.printf(Locale.ROOT, "read and validated %d rows in %d ms%n", network.rows(), validateMillis);
        Result loaded = loadChecked(config, network, log, empty::awaitShutDown);
        return new Result(
                loaded.rows(),
                loaded.nodes(),
                loaded.relationships(),
                validateMillis + loaded.validateMillis(),
                loaded.filesMillis(),
                loaded.importMillis(),
                loaded.startMillis(),
                loaded.version());
    }

    /**
     * Loads a network that was validated against an empty store and its vocabulary: {@code validateMillis} of
     * the answer is 0. The store in {@code config} must be empty (or not exist yet) and not running.
     */
    public static Result loadValidated(StoreConfig config, Network network, PrintStream log) {
        try (GraphStore store = openEmpty(config)) {
            // the store exists and is empty; it is shut down before the importer writes its files
        }
        return loadChecked(config, network, log, () -> {});
    }

    /**
     * Loads into the store of {@code config}, which was found empty and is shut down once {@code shutDown} returns
     * (it may still be shutting down while the files are written). The answer's {@code validateMillis} is the wait
     * for {@code shutDown}.
     */
    private static Result loadChecked(StoreConfig config, Network network, PrintStream log, Runnable shutDown) {
        Path home = config.dataDir().toAbsolutePath();
        Path files = home.resolveSibling(home.getFileName() + ".bulk-load");
        long started = System.nanoTime();
        BulkLoad.Files written;
        boolean waited = false;
        try {
            written = BulkLoad.write(network, files);
            long filesMillis = (System.nanoTime() - started) / 1_000_000;
            log.printf(Locale.ROOT, "wrote the importer's files in %d ms%n", filesMillis);
            started = System.nanoTime();
            waited = true;
            shutDown.run();
            long waitMillis = (System.nanoTime() - started) / 1_000_000;
            started = System.nanoTime();
            BulkLoad.run(home, written, log);
            long importMillis = (System.nanoTime() - started) / 1_000_000;
            started = System.nanoTime();
            long version;
            try (GraphStore store = GraphStore.open(config)) {
                log.printf(
                        Locale.ROOT,
                        "the store started with its constraints and indexes in %d ms%n",
                        (System.nanoTime() - started) / 1_000_000);
                version = journal(store);
                verify(store, written);
            }
            long startMillis = (System.nanoTime() - started) / 1_000_000;
            return new Result(
                    network.rows(),
                    written.nodes(),
                    written.relationships(),
                    waitMillis,
                    filesMillis,
                    importMillis,
                    startMillis,
                    version);
        } finally {
            if (!waited) {
                shutDown.run(); // the files failed: the first store still must not outlive the load
            }
            BulkLoad.deleteTree(files);
        }
    }

    /**
     * The store of {@code config}, opened on a thread of its own to check that it is empty and read its
     * vocabulary, then shut down. Ids are checked against it as against an empty store (it holds none), and its
     * vocabulary is waited for when the reader asks.
     */
    private static final class EmptyStore implements KnownIds, Vocabulary.Source {
        private final CompletableFuture<Vocabulary> vocabulary = new CompletableFuture<>();
        private final CompletableFuture<Void> shutDown = new CompletableFuture<>();

        EmptyStore(StoreConfig config) {
            if (isNew(config)) {
                // no store there yet: it is empty, its vocabulary is the defaults, and it first starts after the load
                vocabulary.complete(defaultVocabulary());
                shutDown.complete(null);
                return;
            }
            Thread.ofPlatform().name("load-region-store").start(() -> {
                try {
                    try (GraphStore store = openEmpty(config)) {
                        vocabulary.complete(new VocabularyStore(store).vocabulary());
                    }
                    shutDown.complete(null);
                } catch (RuntimeException | Error e) {
                    vocabulary.completeExceptionally(e);
                    shutDown.completeExceptionally(e);
                }
            });
        }

        @Override
        public Map<String, NodeLabel> labelsOf(Set<String> ids) {
            return Map.of();
        }

        /** The store's vocabulary, once it is read; the store may still be shutting down then. */
        @Override
        public Vocabulary vocabulary() {
            return await(vocabulary);
        }

        /** Returns when the store is shut down, or throws what refused it (not empty, not embedded). */
        void awaitShutDown() {
            await(shutDown);
        }

        private static <T> T await(CompletableFuture<T> future) {
            try {
                return future.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
    }

    /** An embedded store whose folder does not exist yet, or is an empty folder: no store was ever started there. */
    static boolean isNew(StoreConfig config) {
        if (config.isExternal()) {
            return false;
        }
        Path dir = config.dataDir();
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> inside = Files.list(dir)) {
            return Files.isDirectory(dir) && inside.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The vocabulary every new store starts with: the two lists of {@code cypher/vocabulary/defaults.cypher}, read
     * from the file without a store (a test checks that the store answers the same).
     */
    static Vocabulary defaultVocabulary() {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        Matcher list = DEFAULT_LIST.matcher(CypherFiles.load("vocabulary/defaults"));
        while (list.find()) {
            Set<String> terms = new LinkedHashSet<>();
            Matcher term = QUOTED.matcher(list.group(1));
            while (term.find()) {
                terms.add(term.group(1));
            }
            lists.put(list.group(2), terms);
        }
        if (!lists.keySet().equals(Set.of("lifeDomains", "neighbourhoods"))) {
            throw new IllegalStateException(
                    "vocabulary/defaults.cypher no longer returns two lists of terms: " + lists);
        }
        return new Vocabulary(lists.get("lifeDomains"), lists.get("neighbourhoods"));
    }

    private static final Pattern DEFAULT_LIST = Pattern.compile("\\[([^\\]]*)]\\s+AS\\s+(\\w+)");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    private static GraphStore openEmpty(StoreConfig config) {
        if (config.isExternal()) {
            throw new IllegalArgumentException("load-region writes the embedded store's files; for an external Neo4j"
                    + " run neo4j-admin database import there, or import through POST /api/import");
        }
        GraphStore store = GraphStore.open(config);
        long nodes = store.read(tx -> tx.run(CypherFiles.load("import/count-all"))
                .single()
                .get("nodes")
                .asLong());
        if (nodes > 0) {
            store.close();
            throw new IllegalStateException("The store in " + config.dataDir() + " holds " + nodes + " nodes:"
                    + " load-region starts a region in an empty store. Import into this one with POST /api/import.");
        }
        return store;
    }

    /** The load's entry in the journal: it takes the next graph version, so caches know the graph changed. */
    private static long journal(GraphStore store) {
        ObjectMapper json = Json.mapper();
        Journal journal = new Journal(store, new NetworkWriter(store), json);
        return journal.change(AUTHOR, OP, null, tx -> List.of(), tx -> null)
                .change()
                .version();
    }

    /** The store holds what the importer was given, and every id once (the constraints were built). */
    private static void verify(GraphStore store, BulkLoad.Files written) {
        long[] counts = store.read(tx -> {
            var row = tx.run(CypherFiles.load("import/bulk-counts")).single();
            return new long[] {
                row.get("nodes").asLong(), row.get("relationships").asLong()
            };
        });
        if (counts[0] != written.nodes() || counts[1] != written.relationships()) {
            throw new IllegalStateException("The bulk load wrote " + counts[0] + " nodes and " + counts[1]
                    + " relationships, not " + written.nodes() + " and " + written.relationships());
        }
    }

    private static Network read(NetworkReader reader, Path input) {
        try {
            if (Files.isDirectory(input)) {
                Map<String, byte[]> files = new LinkedHashMap<>();
                try (Stream<Path> paths = Files.list(input)) {
                    for (Path p : paths.sorted().toList()) {
                        if (p.getFileName().toString().endsWith(".csv")) {
                            files.put(p.getFileName().toString(), Files.readAllBytes(p));
                        }
                    }
                }
                return new CsvNetworkReader(reader).read(files);
            }
            JsonNode document = Json.mapper().readTree(input.toFile());
            if (document.has("vocabulary")) {
                throw new IllegalArgumentException("The document has a 'vocabulary' section: add its terms with"
                        + " POST /api/vocabulary after the load, and load the rows without it.");
            }
            return reader.readJson(document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + input, e);
        }
    }

    /** Validates {@code network}'s rows against an empty store as the import does (for the benchmark). */
    public static Network validate(Vocabulary vocabulary, JsonNode document) {
        return new NetworkReader(KnownIds.NONE, vocabulary).readJson(document);
    }
}
