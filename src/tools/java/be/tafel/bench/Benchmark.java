package be.tafel.bench;

import be.tafel.analysis.AnalysisService;
import be.tafel.analysis.BridgeFigures;
import be.tafel.analysis.Centrality;
import be.tafel.analysis.Groups;
import be.tafel.analysis.Snapshot;
import be.tafel.analysis.ViewAnalysis;
import be.tafel.analysis.ViewKind;
import be.tafel.analysis.ViewRequest;
import be.tafel.analysis.algo.Brokerage;
import be.tafel.analysis.algo.Clustering;
import be.tafel.analysis.algo.Constraint;
import be.tafel.analysis.algo.CsrGraph;
import be.tafel.analysis.algo.EIIndex;
import be.tafel.analysis.algo.EigenvectorCentrality;
import be.tafel.analysis.algo.LinkPrediction;
import be.tafel.analysis.algo.Louvain;
import be.tafel.analysis.algo.PageRank;
import be.tafel.analysis.algo.PathLength;
import be.tafel.analysis.algo.SampledCentrality;
import be.tafel.analysis.algo.ShortestPathCentrality;
import be.tafel.bulk.RegionLoad;
import be.tafel.importing.NetworkReader;
import be.tafel.journal.Author;
import be.tafel.journal.Journal;
import be.tafel.model.Coded;
import be.tafel.model.Collaboration;
import be.tafel.model.Network;
import be.tafel.model.Period;
import be.tafel.store.GraphStore;
import be.tafel.store.NetworkWriter;
import be.tafel.store.StoreConfig;
import be.tafel.table.TableAnalysis;
import be.tafel.web.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@code bench --scale town|city|region|partners10k [--runs N] [--data DIR] [--out DIR] [--seed S]}: generates the
 * synthetic network, imports it into a fresh embedded store (rows/s), projects each view, runs each
 * analysis once cold (first time in this JVM), repeats it untimed for up to a second so the JIT has
 * compiled it, then {@code N} times warm, and prints median and spread.
 * Writes each view's vertices, edges and Tafel's scores and kernel timings to {@code --out} for
 * {@code scripts/bench/side_by_side.py}.
 */
public final class Benchmark {
    /** The day every view is taken at: the last day of the synthetic period. */
    static final LocalDate AT = SyntheticNetwork.END;

    record Options(
            SyntheticNetwork.Scale scale,
            int runs,
            Path data,
            Path out,
            long seed,
            boolean reuse,
            List<ViewKind> views,
            boolean table,
            boolean checkSampling,
            int chunk,
            boolean bridges,
            ImportMode importMode) {
        static Options parse(List<String> args) {
            SyntheticNetwork.Scale scale = SyntheticNetwork.Scale.TOWN;
            int runs = 5;
            Path data = Path.of("target", "bench-data");
            Path out = null;
            long seed = SyntheticNetwork.DEFAULT_SEED;
            boolean reuse = false;
            boolean table = true;
            boolean checkSampling = false;
            int chunk = 0;
            boolean bridges = true;
            ImportMode importMode = ImportMode.PLAIN;
            List<ViewKind> views = List.of(ViewKind.values());
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.equals("--reuse")) {
                    reuse = true;
                    continue;
                }
                if (a.equals("--no-table")) {
                    table = false;
                    continue;
                }
                if (a.equals("--no-bridges")) {
                    bridges = false;
                    continue;
                }
                if (a.equals("--check-sampling")) {
                    checkSampling = true;
                    continue;
                }
                String v = i + 1 < args.size() ? args.get(i + 1) : null;
                if (v == null) {
                    throw new IllegalArgumentException(a + " needs a value\n" + usage());
                }
                switch (a) {
                    case "--scale" -> scale = SyntheticNetwork.Scale.of(v);
                    case "--runs" -> runs = Math.max(0, Integer.parseInt(v));
                    case "--data" -> data = Path.of(v);
                    case "--out" -> out = Path.of(v);
                    case "--seed" -> seed = Long.parseLong(v);
                    case "--chunk" -> chunk = Math.max(0, Integer.parseInt(v));
                    case "--import" -> importMode = ImportMode.of(v);
                    case "--views" ->
                        views = v.equals("none")
                                ? List.of()
                                : Arrays.stream(v.split(","))
                                        .map(c -> Coded.parse(ViewKind.class, c)
                                                .orElseThrow(() -> new IllegalArgumentException("unknown view " + c
                                                        + "; one of " + Coded.allowed(ViewKind.class))))
                                        .toList();
                    default -> throw new IllegalArgumentException("unknown option " + a + "\n" + usage());
                }
                i++;
            }
            return new Options(
                    scale,
                    runs,
                    data,
                    out == null ? Path.of("target", "bench", scale.code()) : out,
                    seed,
                    reuse,
                    views,
                    table,
                    checkSampling,
                    chunk,
                    bridges,
                    importMode);
        }
    }

    /**
     * How the bench imports its network into the empty store. {@code plain}: the transactional writer given
     * the records (no reading, no validation). {@code validated}: as {@code POST /api/import} without the
     * journal: the import document read from a file, parsed and validated, then written in one transaction.
     * {@code journaled}: the same through the journal, as the API does. {@code bulk}: {@code load-region},
     * validation and Neo4j's bulk importer. {@code read}: the document read and validated {@code --runs}+1
     * times in this JVM (the validation's rows/s, cold then warm), nothing written.
     */
    enum ImportMode {
        PLAIN,
        READ,
        VALIDATED,
        JOURNALED,
        BULK;

        static ImportMode of(String code) {
            return switch (code) {
                case "plain" -> PLAIN;
                case "read" -> READ;
                case "validated" -> VALIDATED;
                case "journaled" -> JOURNALED;
                case "bulk" -> BULK;
                default ->
                    throw new IllegalArgumentException(
                            "unknown import mode " + code + "; one of plain, read, validated, journaled, bulk");
            };
        }

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static String usage() {
        return """
                Usage: bin/tafel run bench [--scale town|city|region|partners10k] [--runs N] [--data DIR] [--out DIR] [--seed S]
                                               [--reuse] [--views V,V|none] [--no-table] [--check-sampling] [--chunk N] [--no-bridges]
                  --scale   town (design.md's), city (10x town) or region (design.md's; 2M+ rows)   default town
                            partners10k: 10,000 partners, about 30,000 collaboration ties
                  --runs    warm repetitions after the cold one (0: cold only)                       default 5
                  --data    where the fresh embedded store is made (a new folder inside, removed after) default target/bench-data
                  --out     where view edge lists and Tafel's scores go                              default target/bench/<scale>
                  --reuse   keep the store in DIR/bench-<scale>-<seed> and, once imported, reuse it  default off
                  --views   the views to project and analyse, comma-separated, or none               default all four
                  --no-table  skip the table analysis
                  --no-bridges  skip the bridge figures (one component count per articulation point)
                  --chunk   import the referrals N per transaction after the rest (0: all in one)   default 0
                  --import  plain (the writer given records), validated (a document read, validated and
                            written in one transaction, as POST /api/import), journaled (the same through the
                            journal, as the API does), bulk (load-region: validation, Neo4j's importer) or
                            read (only read and validate the document, 1 + --runs times; nothing written)  default plain
                  --check-sampling  on the ecosystem view, compare sampled betweenness, closeness and harmonic
                            with exact values (all vertices while n*m <= 2e9; else closeness and harmonic
                            at 500 vertices and betweenness on a 15,000-vertex breadth-first subgraph)""";
    }

    public static void main(List<String> args) {
        if (args.contains("--help")) {
            System.out.println(usage());
            return;
        }
        new Benchmark(Options.parse(args), System.out).run();
    }

    private final Options options;
    private final PrintStream out;
    private final List<String[]> rows = new ArrayList<>();

    Benchmark(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    void run() {
        resetPeaks();
        Path dir = storeDirectory();
        boolean imported = options.reuse() && Files.exists(dir.resolve(IMPORTED_MARKER));
        Network network = null;
        if (!imported) {
            long t0 = System.nanoTime();
            network = new SyntheticNetwork(options.scale(), options.seed()).generate();
            out.printf(Locale.ROOT, "generated %d rows in %.0f ms%n", network.rows(), ms(t0));
        }
        out.printf(
                Locale.ROOT,
                "Tafel bench: scale %s, seed %d, %s, %d warm runs, %d cores, max heap %d MB%n",
                options.scale().code(),
                options.seed(),
                imported ? "reusing the store in " + dir : "fresh store",
                options.runs(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        Path document = null;
        if (!imported && options.importMode() != ImportMode.PLAIN) {
            document = dir.resolveSibling(dir.getFileName() + "-document.json");
            long t0 = System.nanoTime();
            writeDocument(network, document);
            out.printf(Locale.ROOT, "wrote the import document (%d MB) in %.0f ms%n", size(document) >> 20, ms(t0));
        }
        if (!imported && options.importMode() == ImportMode.BULK) {
            long start = System.nanoTime();
            RegionLoad.Result loaded = RegionLoad.load(StoreConfig.embedded(dir), document, out);
            importRow(network.rows(), "bulk", ms(start));
            out.printf(
                    Locale.ROOT,
                    "    validated %d ms, files %d ms, Neo4j's importer %d ms, first start with constraints %d ms%n",
                    loaded.validateMillis(),
                    loaded.filesMillis(),
                    loaded.importMillis(),
                    loaded.startMillis());
            imported = true;
            network = null;
            delete(document);
            if (options.reuse()) {
                touch(dir.resolve(IMPORTED_MARKER));
            }
        }
        try (GraphStore store = GraphStore.open(StoreConfig.embedded(dir))) {
            if (!imported) {
                int rows = network.rows();
                if (document != null) {
                    network = null; // the import reads the document, as the API would
                }
                long start = System.nanoTime();
                int transactions = document == null ? write(store, network) : importDocument(store, document);
                double importMs = ms(start);
                importRow(rows, transactions + " tx, " + options.importMode().code(), importMs);
                if (document != null) {
                    delete(document);
                }
                network = null; // let the model go before the analyses
                if (options.reuse()) {
                    touch(dir.resolve(IMPORTED_MARKER));
                }
                System.gc();
                resetPeaks();
            }
            for (ViewKind view : options.views()) {
                benchView(store, new ViewRequest(view, AT, null, null));
            }
            if (options.table()) {
                time(
                        "table analysis",
                        "-",
                        () -> new TableAnalysis(store, new AnalysisService(store))
                                .analyse(SyntheticNetwork.STEERING_TABLE, AT, 20));
                tableAfterWrite(store);
            }
        } finally {
            if (!options.reuse()) {
                delete(dir);
            }
        }
        print();
        out.printf(
                Locale.ROOT,
                "peak heap %d MB after the import (sum of the heap pools' peaks, an upper bound); exports in %s%n",
                peakHeapBytes() >> 20,
                options.out().toAbsolutePath());
    }

    /**
     * Imports the network in one transaction, or with {@code --chunk N} everything but the referrals
     * first and then the referrals N per transaction (one transaction of a region's 2.5 million rows
     * outgrows the store's default 4 GiB of transaction memory). Returns the number of transactions.
     */
    private int write(GraphStore store, Network network) {
        NetworkWriter writer = new NetworkWriter(store);
        int chunk = options.chunk();
        if (chunk <= 0 || network.referrals().size() <= chunk) {
            writer.write(network);
            return 1;
        }
        writer.write(new Network(
                network.partners(),
                network.persons(),
                network.services(),
                network.families(),
                network.tables(),
                network.seats(),
                network.collaborations(),
                network.supports(),
                network.uses(),
                List.of()));
        int transactions = 1;
        List<be.tafel.model.Referral> referrals = network.referrals();
        for (int from = 0; from < referrals.size(); from += chunk) {
            Network part = Network.empty();
            writer.write(new Network(
                    part.partners(),
                    part.persons(),
                    part.services(),
                    part.families(),
                    part.tables(),
                    part.seats(),
                    part.collaborations(),
                    part.supports(),
                    part.uses(),
                    referrals.subList(from, Math.min(referrals.size(), from + chunk))));
            transactions++;
            out.printf(
                    Locale.ROOT,
                    "    imported %d of %d referrals%n",
                    Math.min(referrals.size(), from + chunk),
                    referrals.size());
        }
        return transactions;
    }

    private void importRow(int rows, String how, double importMs) {
        row(
                "import",
                "-",
                String.format(Locale.ROOT, "%d rows, %s", rows, how),
                fmt(importMs),
                "-",
                "-",
                String.format(Locale.ROOT, "%.0f rows/s", rows / (importMs / 1000)));
        out.printf(
                Locale.ROOT,
                "  import (%s) %d rows in %.0f ms, %.0f rows/s, peak heap so far %d MB%n",
                how,
                rows,
                importMs,
                rows / (importMs / 1000),
                peakHeapBytes() >> 20);
    }

    /** The network as the import document a client would send ({@code GET /api/export}'s shape). */
    private static void writeDocument(Network network, Path file) {
        try {
            Json.mapper().writeValue(file.toFile(), network);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads, validates and writes the document as {@code POST /api/import} does, journaled or not: one transaction. */
    private int importDocument(GraphStore store, Path document) {
        NetworkWriter writer = new NetworkWriter(store);
        try {
            if (options.importMode() == ImportMode.READ) {
                for (int run = 0; run <= options.runs(); run++) {
                    readAndValidate(writer, document);
                }
                return 0;
            }
            long t0 = System.nanoTime();
            JsonNode parsed = Json.mapper().readTree(document.toFile());
            double readMs = ms(t0);
            t0 = System.nanoTime();
            Network network = new NetworkReader(writer).readJson(parsed);
            parsed = null; // the tree goes before the write, as the API's request body would
            double validateMs = ms(t0);
            out.printf(
                    Locale.ROOT,
                    "    read the document %.0f ms, validated %.0f ms (%.0f rows/s)%n",
                    readMs,
                    validateMs,
                    network.rows() / (validateMs / 1000));
            t0 = System.nanoTime();
            if (options.importMode() == ImportMode.JOURNALED) {
                be.tafel.journal.Change change = new Journal(store, writer, Json.mapper())
                        .write(BENCH, "import", null, network)
                        .change();
                long version = change.version();
                var size = store.read(tx -> tx.run(
                                be.tafel.store.CypherFiles.load("journal/entry-size"),
                                java.util.Map.of("version", version))
                        .single());
                out.printf(
                        Locale.ROOT,
                        "    journal entry: %d characters of JSON rows, kept as %s%n",
                        Json.mapper().writeValueAsString(change.changes()).length(),
                        size.get("packed").isNull()
                                ? size.get("text").asLong() + " characters of JSON"
                                : size.get("packed").asLong() + " bytes packed");
            } else {
                writer.write(network);
            }
            out.printf(Locale.ROOT, "    written in one transaction %.0f ms%n", ms(t0));
            return 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Author BENCH = new Author("bench", "broker", "bench");

    /** Reads and validates the document once, with wall-clock and this thread's CPU time (robust to a busy machine). */
    private void readAndValidate(NetworkWriter writer, Path document) throws IOException {
        var threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        JsonNode parsed = Json.mapper().readTree(document.toFile());
        double readMs = ms(t0);
        long readCpu = threads.getCurrentThreadCpuTime() - cpu;
        cpu = threads.getCurrentThreadCpuTime();
        t0 = System.nanoTime();
        int rows = new NetworkReader(writer).readJson(parsed).rows();
        double validateMs = ms(t0);
        long validateCpu = threads.getCurrentThreadCpuTime() - cpu;
        out.printf(
                Locale.ROOT,
                "    read the document %.0f ms (CPU %d ms), validated %.0f ms (CPU %d ms): %.0f rows/s, %.0f rows/s of CPU%n",
                readMs,
                readCpu / 1_000_000,
                validateMs,
                validateCpu / 1_000_000,
                rows / (validateMs / 1000),
                rows / (validateCpu / 1e9));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Written into a kept store once its import committed; {@code --reuse} then skips generating and importing. */
    static final String IMPORTED_MARKER = "tafel-bench-imported";

    /** A fresh temporary store, or with {@code --reuse} one kept per scale and seed. */
    private Path storeDirectory() {
        try {
            Files.createDirectories(options.data());
            Files.createDirectories(options.out());
            if (options.reuse()) {
                Path dir = options.data()
                        .toAbsolutePath()
                        .resolve("bench-" + options.scale().code() + "-" + options.seed());
                if (Files.exists(dir) && !Files.exists(dir.resolve(IMPORTED_MARKER))) {
                    delete(dir); // an import that did not finish
                }
                return Files.createDirectories(dir);
            }
            return Files.createTempDirectory(
                    options.data().toAbsolutePath(), "bench-" + options.scale().code() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void touch(Path file) {
        try {
            Files.writeString(file, java.time.Instant.now().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void benchView(GraphStore store, ViewRequest request) {
        String view = request.view().code();
        Supplier<ViewAnalysis> fresh = () -> new AnalysisService(store).analyse(request);
        ViewAnalysis first = time("projection", view, fresh);
        Snapshot snapshot = first.snapshot();
        String size = String.format(
                Locale.ROOT, "%d v, %d e", snapshot.size(), snapshot.graph().edgeCount());
        rows.getLast()[2] = size;
        // each analysis on a fresh, uncached ViewAnalysis of the same snapshot
        Supplier<ViewAnalysis> uncached = first::uncached;
        Map<String, Object> kernels = new LinkedHashMap<>();
        timeOn(uncached, "summary", view, ViewAnalysis::summary);
        Centrality centrality = timeOn(uncached, "centrality (whole response)", view, a -> a.centrality(false));
        kernels.put("centrality (whole response)", lastWarm);
        for (Centrality.ScoreBound bound : centrality.bounds()) {
            out.printf(
                    Locale.ROOT,
                    "    sampled %-11s bound %.4g (normalised %.4g) with probability %.2f, %d sources, %s%n",
                    bound.score(),
                    bound.errorBound(),
                    bound.normalisedErrorBound(),
                    bound.confidence(),
                    bound.samples(),
                    bound.method());
        }
        if (options.bridges()) {
            timeOn(uncached, "bridges", view, a -> BridgeFigures.of(a.snapshot(), a.biconnectivity()));
        }
        CsrGraph graph = snapshot.graph();
        if (graph.isDirected()) {
            time(
                    "brokerage",
                    view,
                    () -> new Brokerage(
                            graph, Groups.of(snapshot, Groups.By.SECTOR).groupOf()));
        }
        CsrGraph undirected = graph.undirected();
        Map<String, Object> missingLinks = new LinkedHashMap<>();
        if (request.view() != ViewKind.ECOSYSTEM) {
            for (LinkPrediction.Method method : LinkPrediction.Method.values()) {
                String code = method.name().toLowerCase(Locale.ROOT).replace('_', '-');
                List<LinkPrediction.Prediction> top = time(
                        "missing links " + code,
                        view,
                        () -> new LinkPrediction(undirected).top(method, MISSING_LINKS_COMPARED));
                kernels.put("missing-links " + code, lastWarm);
                missingLinks.put(
                        code,
                        top.stream().map(p -> List.of(p.u(), p.v(), p.score())).toList());
            }
        }
        CsrGraph plain = graph.unweighted();
        if (!centrality.approximate()) {
            time(
                    "  kernel: fused Brandes (b+c+h)",
                    view,
                    () -> new ShortestPathCentrality(plain, PathLength.HOPS, ShortestPathCentrality.THREADS_DEFAULT));
            kernels.put("betweenness+closeness+harmonic", lastWarm);
        } else {
            time(
                    "  kernel: sampled b+c+h",
                    view,
                    () -> new SampledCentrality(
                            plain,
                            PathLength.HOPS,
                            SampledCentrality.EPSILON_DEFAULT,
                            SampledCentrality.DELTA_DEFAULT,
                            SampledCentrality.SEED_DEFAULT,
                            ShortestPathCentrality.THREADS_DEFAULT));
            kernels.put("sampled betweenness+closeness+harmonic", lastWarm);
        }
        time("  kernel: pagerank", view, () -> new PageRank(plain, false, 0.85, 100, 1e-6));
        kernels.put("pagerank", lastWarm);
        time("  kernel: eigenvector", view, () -> new EigenvectorCentrality(plain));
        kernels.put("eigenvector", lastWarm);
        time("  kernel: clustering", view, () -> new Clustering(plain));
        kernels.put("clustering", lastWarm);
        time("  kernel: constraint", view, () -> new Constraint(plain));
        kernels.put("constraint", lastWarm);
        Louvain louvain = time("communities (louvain)", view, () -> {
            Louvain l = new Louvain(undirected, ViewAnalysis.COMMUNITY_SEED);
            new EIIndex(undirected, l.getCommunities());
            return l;
        });
        kernels.put("louvain", lastWarm);
        afterWrite(store, request, snapshot)
                .forEach((name, median) -> kernels.put("after one-tie edit: " + name, median));
        export(snapshot, centrality, louvain, kernels, missingLinks);
        if (options.checkSampling() && request.view() == ViewKind.ECOSYSTEM) {
            new SamplingCheck(out, options.out()).check(view, plain);
        }
        out.printf(Locale.ROOT, "  peak heap so far %d MB%n", peakHeapBytes() >> 20);
    }

    /** The author of the benchmark's one-tie edits, as the journal records them. */
    private static final Author EDITOR = new Author("bench", "broker", "bench");

    /** How many one-tie edits the after-write figures are the median of (at least 3). */
    private int afterWriteRuns() {
        return Math.max(3, options.runs());
    }

    private int edits;

    /**
     * One journaled write of one new collaboration spell between two partners of the view (a new {@code since}
     * each time, so every edit changes the view): what a broker's edit on the map costs the next answers.
     */
    private void oneTieEdit(Journal journal, String a, String b) {
        edits++;
        Collaboration tie =
                new Collaboration(a, b, "bench edit", 1 + edits % 5, null, new Period(AT.minusDays(edits), null));
        journal.write(EDITOR, "edit", null, Network.ofPartnersAndTies(List.of(), List.of(tie)));
    }

    /**
     * After a one-tie edit: how long the view takes to catch up on the journal (a delta applied in memory, or the
     * view carried on untouched), and then each answer on the caught-up view, each the median of
     * {@link #afterWriteRuns()} edits. The service is warm before each edit: every analysis was computed at the
     * version before, as in a service that answered it a moment ago. Returns each answer's median.
     */
    private Map<String, Double> afterWrite(GraphStore store, ViewRequest request, Snapshot snapshot) {
        String view = request.view().code();
        List<String> partners = snapshot.vertices().stream()
                .filter(v -> v.type() == be.tafel.model.NodeLabel.PARTNER)
                .map(be.tafel.analysis.Vertex::id)
                .toList();
        if (partners.size() < 2) {
            return Map.of();
        }
        String a = partners.getFirst();
        String b = partners.get(partners.size() / 2);
        Journal journal = new Journal(store, new NetworkWriter(store), Json.mapper());
        AnalysisService service = new AnalysisService(store);
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (int run = 0; run <= afterWriteRuns(); run++) {
            ViewAnalysis before = service.analyse(request); // warm: everything computed at this version
            before.summary();
            before.centrality(false);
            before.bridgeFigures();
            before.communities();
            long projections = service.projections();
            oneTieEdit(journal, a, b);
            long start = System.nanoTime();
            ViewAnalysis after = service.analyse(request);
            double catchUp = ms(start);
            String how = service.projections() > projections
                    ? "projected"
                    : after.snapshot().graph() == before.snapshot().graph() ? "carried" : "delta";
            if (run == 0) {
                continue; // the first edit compiles the delta's code
            }
            times.computeIfAbsent("catch-up (" + how + ")", k -> new ArrayList<>())
                    .add(catchUp);
            times.computeIfAbsent("map sized by degree", k -> new ArrayList<>())
                    .add(catchUp + timeMs(() -> degrees(after.snapshot().graph())));
            times.computeIfAbsent("summary", k -> new ArrayList<>()).add(catchUp + timeMs(after::summary));
            times.computeIfAbsent("centrality (whole response)", k -> new ArrayList<>())
                    .add(catchUp + timeMs(() -> after.centrality(false)));
            times.computeIfAbsent("bridges", k -> new ArrayList<>()).add(catchUp + timeMs(after::bridgeFigures));
            times.computeIfAbsent("communities (louvain)", k -> new ArrayList<>())
                    .add(catchUp + timeMs(after::communities));
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        times.forEach((name, list) -> medians.put(name, afterWriteRow(name, view, list)));
        return medians;
    }

    /** The steering table's report after a one-tie edit in the collaboration and ecosystem views, warm before. */
    private void tableAfterWrite(GraphStore store) {
        AnalysisService service = new AnalysisService(store);
        TableAnalysis tables = new TableAnalysis(store, service);
        List<String> partners =
                service.analyse(new ViewRequest(ViewKind.COLLABORATION, AT, null, null)).snapshot().vertices().stream()
                        .map(be.tafel.analysis.Vertex::id)
                        .toList();
        Journal journal = new Journal(store, new NetworkWriter(store), Json.mapper());
        List<Double> times = new ArrayList<>();
        for (int run = 0; run <= afterWriteRuns(); run++) {
            tables.analyse(SyntheticNetwork.STEERING_TABLE, AT, 20);
            oneTieEdit(journal, partners.getFirst(), partners.get(partners.size() / 2));
            double ms = timeMs(() -> tables.analyse(SyntheticNetwork.STEERING_TABLE, AT, 20));
            if (run > 0) {
                times.add(ms);
            }
        }
        afterWriteRow("table analysis", "-", times);
    }

    private static int[] degrees(CsrGraph graph) {
        int[] degrees = new int[graph.vertexCount()];
        for (int v = 0; v < degrees.length; v++) {
            degrees[v] =
                    graph.out().degree(v) + (graph.isDirected() ? graph.in().degree(v) : 0);
        }
        return degrees;
    }

    private static double timeMs(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return ms(start);
    }

    /** Prints and returns the median of {@code times}. */
    private double afterWriteRow(String name, String view, List<Double> times) {
        double[] sorted =
                times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        row(
                "after one-tie edit: " + name,
                view,
                "",
                "-",
                fmt(median),
                fmt(sorted[0]) + "-" + fmt(sorted[sorted.length - 1]),
                sorted.length + " edits");
        out.printf(
                Locale.ROOT,
                "  after one-tie edit: %-28s %-16s median %10s ms over %d edits (catch-up included)%n",
                name,
                view,
                fmt(median),
                sorted.length);
        return median;
    }

    /** How many missing links per method are timed and written for side_by_side.py. */
    static final int MISSING_LINKS_COMPARED = 20;

    private double lastWarm;
    /** The process CPU time of the last run timed: on a shared machine, wall time says more about the neighbours. */
    private double cpuMs;

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    private <T> T timeOn(
            Supplier<ViewAnalysis> fresh, String name, String view, java.util.function.Function<ViewAnalysis, T> f) {
        return time(name, view, () -> f.apply(fresh.get()));
    }

    /**
     * The longest a step is repeated, untimed, between its cold run and its warm runs, and the most
     * repetitions: enough for the JIT to compile a kernel of under a millisecond, so "warm" means what
     * a long-running service sees; a step whose cold run took longer is not repeated.
     */
    static final long WARMUP_MS = 1_000;

    static final int WARMUP_CALLS_MAX = 2_000;

    /**
     * Runs {@code work} once cold, then (when warm runs are asked) repeats it untimed for up to
     * {@link #WARMUP_MS}, then {@code runs} times warm; records the row; returns the last result.
     */
    private <T> T time(String name, String view, Supplier<T> work) {
        List<Double> times = new ArrayList<>();
        T result = timed(work, times);
        warmups = options.runs() > 0 ? warmUp(work, times.getFirst()) : 0;
        for (int r = 0; r < options.runs(); r++) {
            result = timed(work, times);
        }
        record(name, view, times);
        return result;
    }

    private <T> T timed(Supplier<T> work, List<Double> times) {
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        T result = work.get();
        times.add(ms(start));
        cpuMs = (processCpuNanos() - cpu) / 1e6;
        return result;
    }

    private static int warmUp(Supplier<?> work, double coldMs) {
        if (coldMs >= WARMUP_MS) {
            return 0;
        }
        long until = System.nanoTime() + WARMUP_MS * 1_000_000;
        int calls = 0;
        while (calls < WARMUP_CALLS_MAX && System.nanoTime() < until) {
            work.get();
            calls++;
        }
        return calls;
    }

    /** The untimed repetitions of the last step timed. */
    private int warmups;

    private void record(String name, String view, List<Double> times) {
        double cold = times.getFirst();
        double[] warm = times.size() > 1
                ? times.subList(1, times.size()).stream()
                        .mapToDouble(Double::doubleValue)
                        .sorted()
                        .toArray()
                : new double[] {cold}; // --runs 0: the cold run only
        double median =
                warm.length % 2 == 1 ? warm[warm.length / 2] : (warm[warm.length / 2 - 1] + warm[warm.length / 2]) / 2;
        lastWarm = median;
        row(name, view, "", fmt(cold), fmt(median), fmt(warm[0]) + "-" + fmt(warm[warm.length - 1]), "");
        out.printf(
                Locale.ROOT,
                "  %-32s %-16s cold %10s  warm %10s ms  (last run: process CPU %s ms; %d warm-up calls)%n",
                name,
                view,
                fmt(cold),
                fmt(median),
                fmt(cpuMs),
                warmups);
    }

    private void row(String... cells) {
        rows.add(cells);
    }

    private void print() {
        String[] head = {"step", "view", "size", "cold ms", "warm median ms", "warm min-max ms", "note"};
        int[] width = new int[head.length];
        for (String[] r :
                Stream.concat(Stream.<String[]>of(head), rows.stream()).toList()) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        out.println();
        for (String[] r :
                Stream.concat(Stream.<String[]>of(head), rows.stream()).toList()) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                line.append(String.format(
                        Locale.ROOT, i >= 3 && i <= 5 ? "%" + width[i] + "s  " : "%-" + width[i] + "s  ", r[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private void export(
            Snapshot snapshot,
            Centrality c,
            Louvain louvain,
            Map<String, Object> kernels,
            Map<String, Object> missingLinks) {
        String view = snapshot.request().view().code();
        CsrGraph g = snapshot.graph();
        try (Writer w = Files.newBufferedWriter(options.out().resolve(view + ".edges.tsv"))) {
            w.write(g.isDirected() ? "# directed\n" : "# undirected\n");
            for (int u = 0; u < g.vertexCount(); u++) {
                for (int i = g.out().offsets()[u]; i < g.out().offsets()[u + 1]; i++) {
                    int v = g.out().targets()[i];
                    if (g.isDirected() || u < v) {
                        w.write(u + "\t" + v + "\t" + g.out().weights()[i] + "\n");
                    }
                }
            }
            Map<String, Object> scores = new LinkedHashMap<>();
            scores.put("view", view);
            scores.put("scale", options.scale().code());
            scores.put("directed", g.isDirected());
            scores.put("vertices", g.vertexCount());
            scores.put("edges", g.edgeCount());
            scores.put("ids", snapshot.vertices().stream().map(v -> v.id()).toList());
            scores.put("betweenness", nulls(c.betweenness()));
            scores.put("closeness", nulls(c.closeness()));
            scores.put("harmonic", nulls(c.harmonic()));
            // sampled scores: side_by_side.py compares them within their stated bound
            Map<String, Object> bounds = new LinkedHashMap<>();
            for (Centrality.ScoreBound bound : c.bounds()) {
                bounds.put(
                        bound.score(),
                        Map.of(
                                "errorBound",
                                bound.errorBound(),
                                "confidence",
                                bound.confidence(),
                                "samples",
                                bound.samples(),
                                "method",
                                bound.method()));
            }
            scores.put("approximate", bounds);
            scores.put("pagerank", nulls(c.pagerank()));
            scores.put("eigenvector", nulls(c.eigenvector()));
            scores.put("clustering", nulls(c.clustering()));
            scores.put("constraint", nulls(c.constraint()));
            scores.put("modularity", louvain.getModularity());
            scores.put("communities", louvain.getCommunityCount());
            scores.put("missing_links", missingLinks); // per method [u, v, score], best first
            scores.put("tafel_ms", kernels);
            ObjectMapper json = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
            json.writeValue(options.out().resolve(view + ".scores.json").toFile(), scores);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Double> nulls(double[] values) {
        return values == null
                ? null
                : Arrays.stream(values)
                        .mapToObj(x -> Double.isFinite(x) ? x : null)
                        .toList();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static String fmt(double ms) {
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f", ms) : String.format(Locale.ROOT, "%.2f", ms);
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a leftover temp store does no harm
        }
    }
}
