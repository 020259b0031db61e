package be.tafel.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.analysis.AnalysisService;
import be.tafel.analysis.ViewKind;
import be.tafel.analysis.ViewRequest;
import be.tafel.demo.DemoTown;
import be.tafel.model.Coded;
import be.tafel.support.HttpJson;
import be.tafel.support.Networkx;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo town exported through the real API and read back by JGraphT's importers and by NetworkX:
 * the same nodes, the same edges and every attribute with its type.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportApiTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    @BeforeAll
    void importTheDemo() {
        server.loadDemo();
    }

    private record Bytes(int status, String contentType, String disposition, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private Bytes get(String path) {
        try {
            HttpResponse<byte[]> r = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(
                    r.statusCode(),
                    r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Content-Disposition").orElse(""),
                    r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Bytes export(String view, String format) {
        Bytes response = get("/api/export?view=" + view + "&format=" + format + "&at=" + DemoTown.END);
        assertEquals(200, response.status(), response.text());
        return response;
    }

    /** What the export should hold, taken from the same store in-process. */
    private ExportGraph expected(String view) {
        ViewKind kind = Coded.parse(ViewKind.class, view).orElseThrow();
        return ExportGraph.of(
                new AnalysisService(server.store()).analyse(new ViewRequest(kind, DemoTown.END, null, null)), false);
    }

    private record Imported(
            Graph<String, DefaultWeightedEdge> graph,
            Map<String, Map<String, Attribute>> nodes,
            Map<DefaultWeightedEdge, Map<String, Attribute>> edges) {}

    private static Imported read(BaseEventDrivenImporter<String, DefaultWeightedEdge> importer, boolean directed) {
        Graph<String, DefaultWeightedEdge> graph = (directed
                        ? GraphTypeBuilder.<String, DefaultWeightedEdge>directed()
                        : GraphTypeBuilder.<String, DefaultWeightedEdge>undirected())
                .allowingMultipleEdges(true)
                .allowingSelfLoops(true)
                .weighted(true)
                .edgeSupplier(SupplierUtil.createDefaultWeightedEdgeSupplier())
                .buildGraph();
        Map<String, Map<String, Attribute>> nodes = new HashMap<>();
        Map<DefaultWeightedEdge, Map<String, Attribute>> edges = new HashMap<>();
        importer.addVertexAttributeConsumer((p, a) ->
                nodes.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
        importer.addEdgeAttributeConsumer((p, a) ->
                edges.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
        return new Imported(graph, nodes, edges);
    }

    private static void assertSame(ExportGraph expected, Imported imported, boolean labelIsAttribute) {
        Graph<String, ExportEdge> want = expected.graph();
        assertEquals(want.vertexSet(), imported.graph().vertexSet());
        for (String id : want.vertexSet()) {
            Map<String, Object> wanted = expected.nodeAttributes(id);
            Map<String, Attribute> got = new HashMap<>(imported.nodes().getOrDefault(id, Map.of()));
            got.remove("ID");
            if (!labelIsAttribute) {
                got.remove("label");
            }
            for (Column column : ExportGraph.NODE_COLUMNS) {
                Object value = wanted.get(column.name());
                Attribute attribute = got.remove(column.name());
                if (value == null || (column.name().equals("label") && !labelIsAttribute)) {
                    assertEquals(null, attribute, column.name() + " of " + id);
                    continue;
                }
                assertEquals(String.valueOf(value), attribute.getValue(), column.name() + " of " + id);
                assertEquals(type(column.type()), attribute.getType(), "type of " + column.name());
            }
            assertTrue(got.isEmpty(), "unexpected attributes of " + id + ": " + got.keySet());
        }
        assertEquals(
                edgeKeys(want, e -> e.kind(), want::getEdgeWeight),
                edgeKeys(
                        imported.graph(),
                        e -> imported.edges().get(e).get("kind").getValue(),
                        imported.graph()::getEdgeWeight));
    }

    private static <E> Map<String, Integer> edgeKeys(
            Graph<String, E> graph,
            java.util.function.Function<E, String> kind,
            java.util.function.ToDoubleFunction<E> weight) {
        Map<String, Integer> keys = new HashMap<>();
        for (E e : graph.edgeSet()) {
            String s = graph.getEdgeSource(e);
            String t = graph.getEdgeTarget(e);
            if (!graph.getType().isDirected() && s.compareTo(t) > 0) {
                String x = s;
                s = t;
                t = x;
            }
            keys.merge(s + "|" + t + "|" + kind.apply(e) + "|" + weight.applyAsDouble(e), 1, Integer::sum);
        }
        return keys;
    }

    private static AttributeType type(Column.Type type) {
        return switch (type) {
            case STRING -> AttributeType.STRING;
            case INT -> AttributeType.INT;
            case DOUBLE -> AttributeType.DOUBLE;
            case BOOLEAN -> AttributeType.BOOLEAN;
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"collaboration", "referral", "shared-families", "ecosystem"})
    void graphml_reads_back_with_the_same_nodes_edges_and_attributes(String view) {
        Bytes response = export(view, "graphml");
        assertTrue(response.contentType().startsWith("application/graphml+xml"), response.contentType());
        assertTrue(response.disposition().contains("tafel-" + view + "-" + DemoTown.END + ".graphml"));
        ExportGraph expected = expected(view);
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        Imported imported = read(importer, expected.graph().getType().isDirected());
        importer.importGraph(imported.graph(), new StringReader(response.text()));
        assertSame(expected, imported, true);
        // JGraphT's importer does not report graph data; NetworkX's reader checks it (G.graph) below
        assertTrue(response.text().contains(">" + view + "</data>"), "the view is a graph attribute");
        assertTrue(response.text().contains(">" + DemoTown.END + "</data>"), "the date is a graph attribute");
    }

    @ParameterizedTest
    @ValueSource(strings = {"collaboration", "referral", "shared-families", "ecosystem"})
    void gexf_reads_back_with_the_same_nodes_edges_and_attributes(String view) {
        Bytes response = export(view, "gexf");
        assertTrue(response.contentType().startsWith("application/gexf+xml"), response.contentType());
        ExportGraph expected = expected(view);
        SimpleGEXFImporter<String, DefaultWeightedEdge> importer = new SimpleGEXFImporter<>();
        importer.setVertexFactory(id -> id);
        Imported imported = read(importer, expected.graph().getType().isDirected());
        importer.importGraph(imported.graph(), new StringReader(response.text()));
        assertSame(expected, imported, false);
        assertTrue(
                response.text().contains("type=\"double\"") && response.text().contains("type=\"integer\""),
                "attributes are declared with their types");
    }

    @Test
    void csv_tables_hold_every_node_and_edge_with_their_scores() throws IOException {
        ExportGraph expected = expected("referral");
        Bytes nodes = export("referral", "csv&table=nodes");
        assertTrue(nodes.contentType().startsWith("text/csv"), nodes.contentType());
        List<CSVRecord> rows = parse(nodes.text());
        assertEquals(ViewExporter.header(ViewExporter.Table.NODES), rows.get(0).toList());
        assertEquals(expected.graph().vertexSet().size(), rows.size() - 1);
        for (CSVRecord row : rows.subList(1, rows.size())) {
            Map<String, Object> want = expected.nodeAttributes(row.get(0));
            for (int i = 1; i < row.size(); i++) {
                Object value = want.get(rows.get(0).get(i));
                assertEquals(
                        value == null ? "" : String.valueOf(value),
                        row.get(i),
                        rows.get(0).get(i) + " of " + row.get(0));
            }
        }
        List<CSVRecord> edges = parse(export("referral", "csv&table=edges").text());
        assertEquals(ViewExporter.header(ViewExporter.Table.EDGES), edges.get(0).toList());
        assertEquals(expected.graph().edgeSet().size(), edges.size() - 1);

        Bytes zip = export("referral", "csv");
        assertEquals("application/zip", zip.contentType());
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(List.of("nodes.csv", "edges.csv"), new ArrayList<>(entries.keySet()));
        assertEquals(nodes.text(), entries.get("nodes.csv"));
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    @Test
    void plain_export_is_still_the_import_document() {
        HttpJson.Response response = http.get("/api/export");
        assertEquals(200, response.status());
        assertTrue(response.json().has("partners"), "the import document");
        assertTrue(http.get("/api/export?format=json").json().has("partners"));
    }

    @Test
    void unknown_format_or_table_is_a_problem() {
        HttpJson.Response format = http.get("/api/export?view=collaboration&format=xlsx");
        assertEquals(400, format.status());
        assertTrue(format.isProblem());
        assertEquals(
                400,
                http.get("/api/export?view=collaboration&format=csv&table=families")
                        .status());
        assertEquals(
                400,
                http.get("/api/export?view=collaboration&format=gexf&table=nodes")
                        .status());
        assertEquals(400, http.get("/api/export?view=nowhere&format=gexf").status());
    }

    @Test
    void filters_are_recorded_in_the_export() {
        Bytes response = get("/api/export?view=collaboration&format=graphml&domain=health&at=" + DemoTown.END);
        assertEquals(200, response.status(), response.text());
        assertTrue(response.text().contains(">health<"), "the domain filter is a graph attribute");
    }

    /** NetworkX (Debian's python3-networkx) reads the GEXF and GraphML exports of every view back intact. */
    @ParameterizedTest
    @ValueSource(strings = {"collaboration", "referral", "ecosystem"})
    void networkx_reads_gexf_and_graphml_back_intact(String view) throws Exception {
        Assumptions.assumeTrue(Networkx.available(), "python3 with networkx is not installed");
        Path dir = Files.createTempDirectory("tafel-export");
        Path gexf = Files.write(dir.resolve("view.gexf"), export(view, "gexf").body());
        Path graphml =
                Files.write(dir.resolve("view.graphml"), export(view, "graphml").body());
        Path expectedJson = dir.resolve("expected.json");
        Files.writeString(expectedJson, new ObjectMapper().writeValueAsString(expectedDocument(expected(view))));
        Path script = dir.resolve("check_networkx.py");
        try (var in = getClass().getResourceAsStream("/export/check_networkx.py")) {
            Files.copy(in, script);
        }
        Process process = new ProcessBuilder(
                        Networkx.PYTHON,
                        script.toString(),
                        expectedJson.toString(),
                        gexf.toString(),
                        graphml.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "NetworkX took too long");
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.startsWith("OK"), output);
    }

    private static Map<String, Object> expectedDocument(ExportGraph export) {
        Map<String, Object> nodes = new LinkedHashMap<>();
        for (String id : export.graph().vertexSet()) {
            nodes.put(id, export.nodeAttributes(id));
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        for (ExportEdge e : export.graph().edgeSet()) {
            edges.add(Map.of(
                    "source",
                    export.graph().getEdgeSource(e),
                    "target",
                    export.graph().getEdgeTarget(e),
                    "kind",
                    e.kind(),
                    "weight",
                    e.weight()));
        }
        return Map.of(
                "directed",
                export.graph().getType().isDirected(),
                "graph",
                export.graphAttributes(),
                "nodeColumns",
                ExportGraph.NODE_COLUMNS,
                "nodes",
                nodes,
                "edges",
                edges);
    }
}
