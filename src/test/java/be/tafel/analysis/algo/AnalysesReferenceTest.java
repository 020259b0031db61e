package be.tafel.analysis.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import org.jgrapht.alg.scoring.Coreness;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Core numbers, Katz, edge betweenness and vertex connectivity against NetworkX, on the graphs written
 * by {@code scripts/reference/analyses.py} to {@code src/test/resources/reference/analyses-<name>.json}.
 */
class AnalysesReferenceTest {
    private static final double TOLERANCE = ReferenceGraph.NETWORKX_TOLERANCE;

    record Reference(String name, CsrGraph graph, JsonNode values) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Reference> references() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Stream.Builder<Reference> all = Stream.builder();
        for (String name :
                new String[] {"karate", "referrals", "disconnected", "path", "star", "dense", "dense-directed"}) {
            try (InputStream in =
                    AnalysesReferenceTest.class.getResourceAsStream("/reference/analyses-" + name + ".json")) {
                assertNotNull(in, name + " is missing: run scripts/reference/analyses.py");
                JsonNode values = json.readTree(in);
                CsrGraph.Builder builder = new CsrGraph.Builder(
                        values.get("nodes").asInt(), values.get("directed").asBoolean());
                values.get("edges")
                        .forEach(e -> builder.addEdge(
                                e.get(0).asInt(), e.get(1).asInt(), e.get(2).asDouble()));
                all.add(new Reference(name, builder.build(), values));
            }
        }
        return all.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void core_numbers_are_networkx_core_number(Reference ref) {
        int[] expected = new int[ref.graph().vertexCount()];
        for (int v = 0; v < expected.length; v++) {
            expected[v] = ref.values().get("coreNumber").get(v).asInt();
        }
        assertArrayEquals(expected, new CoreNumber(ref.graph()).getCoreNumbers());
        if (!ref.graph().isDirected()) {
            Coreness<Integer, Integer> jgrapht = new Coreness<>(CsrGraphView.of(ref.graph()));
            for (int v = 0; v < expected.length; v++) {
                assertEquals(expected[v], jgrapht.getVertexScore(v), "JGraphT's Coreness at " + v);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void katz_is_networkx_katz_centrality_with_its_defaults(Reference ref) {
        Katz katz = new Katz(ref.graph());
        JsonNode expected = ref.values().get("katz");
        assertFalse(expected.isNull(), "every reference graph has a convergent Katz series");
        assertTrue(katz.isConverged());
        for (int v = 0; v < ref.graph().vertexCount(); v++) {
            assertEquals(expected.get(v).asDouble(), katz.getVertexScore(v), TOLERANCE, "vertex " + v);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void edge_betweenness_is_networkx_normalised_edge_betweenness(Reference ref) {
        EdgeBetweenness scores = new EdgeBetweenness(ref.graph());
        JsonNode expected = ref.values().get("edgeBetweenness");
        assertEquals(ref.graph().edgeCount(), expected.size());
        for (JsonNode edge : expected) {
            int u = edge.get(0).asInt();
            int v = edge.get(1).asInt();
            assertEquals(edge.get(2).asDouble(), scores.getEdgeScore(u, v), TOLERANCE, u + " - " + v);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void vertex_connectivity_is_networkx_node_connectivity(Reference ref) {
        VertexConnectivity connectivity = new VertexConnectivity(ref.graph());
        assertEquals(ref.values().get("nodeConnectivity").asInt(), connectivity.global(), "the graph's");
        for (JsonNode pair : ref.values().get("pairs")) {
            int s = pair.get(0).asInt();
            int t = pair.get(1).asInt();
            assertEquals(pair.get(2).asInt(), connectivity.local(s, t), s + " to " + t);
        }
    }
}
