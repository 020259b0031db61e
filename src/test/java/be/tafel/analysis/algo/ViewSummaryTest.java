package be.tafel.analysis.algo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ViewSummaryTest {
    private static final double EXACT = 1e-12;

    static Stream<ReferenceGraph> referenceGraphs() {
        return ReferenceGraph.all();
    }

    @ParameterizedTest
    @MethodSource("referenceGraphs")
    void summary_equals_networkx(ReferenceGraph reference) {
        JsonNode expected = reference.summary();
        ViewSummary summary = ViewSummary.of(reference.graph(), 2);
        assertEquals(expected.get("nodes").asInt(), summary.nodes());
        assertEquals(expected.get("edges").asInt(), summary.edges());
        assertEquals(expected.get("density").asDouble(), summary.density(), 1e-9);
        assertEquals(expected.get("components").asInt(), summary.components());
        assertEquals(expected.get("largestComponentShare").asDouble(), summary.largestComponentShare(), 1e-9);
        assertEquals(expected.get("pathComponentSize").asInt(), summary.pathComponentSize());
        assertNullableEquals(expected.get("diameter"), summary.diameter() == null ? null : (double) summary.diameter());
        assertNullableEquals(expected.get("averageShortestPath"), summary.averageShortestPath());
        assertEquals(expected.get("degreeCentralization").asDouble(), summary.degreeCentralization(), 1e-9);
        assertNullableEquals(expected.get("reciprocity"), summary.reciprocity());
        assertNull(summary.averageClustering(), "filled in by the clustering analysis");
    }

    @Test
    void clustering_values_are_carried_over_unchanged() {
        ViewSummary summary = ViewSummary.of(TestGraphs.path(3)).withClustering(0.25, 0.5);
        assertEquals(0.25, summary.averageClustering());
        assertEquals(0.5, summary.transitivity());
        assertEquals(2, summary.diameter());
    }

    @Test
    void empty_graph_has_zeros_and_nulls() {
        ViewSummary empty = ViewSummary.of(new CsrGraph.Builder(0, true).build());
        assertEquals(0, empty.nodes());
        assertEquals(0, empty.density());
        assertEquals(0, empty.components());
        assertEquals(0, empty.largestComponentShare());
        assertEquals(0, empty.degreeCentralization());
        assertNull(empty.diameter());
        assertNull(empty.averageShortestPath());
        assertNull(empty.reciprocity(), "NetworkX raises on a graph without arcs");
    }

    @Test
    void graph_without_edges_has_one_component_per_vertex_and_no_distances() {
        ViewSummary edgeless = ViewSummary.of(new CsrGraph.Builder(4, false).build());
        assertEquals(4, edgeless.components());
        assertEquals(0.25, edgeless.largestComponentShare(), EXACT);
        assertEquals(0, edgeless.density());
        assertEquals(0, edgeless.degreeCentralization());
        assertNull(edgeless.diameter());
    }

    @Test
    void a_star_is_fully_centralised_and_a_cycle_not_at_all() {
        CsrGraph star = TestGraphs.edges(5, false, 0, 1, 0, 2, 0, 3, 0, 4);
        CsrGraph cycle = TestGraphs.edges(4, false, 0, 1, 1, 2, 2, 3, 3, 0);
        assertEquals(1, ViewSummary.of(star).degreeCentralization(), EXACT);
        assertEquals(0, ViewSummary.of(cycle).degreeCentralization(), EXACT);
        CsrGraph reciprocatedStar = TestGraphs.edges(4, true, 0, 1, 1, 0, 0, 2, 2, 0, 0, 3, 3, 0);
        assertEquals(1, ViewSummary.of(reciprocatedStar).degreeCentralization(), EXACT);
        assertEquals(1, ViewSummary.of(reciprocatedStar).reciprocity(), EXACT);
    }

    @Test
    void directed_distances_are_measured_on_the_largest_strong_component() {
        // 0 <-> 1 -> 2 <-> 3 <-> 4: the strong component {2, 3, 4} is a path of diameter 2
        CsrGraph graph = TestGraphs.edges(5, true, 0, 1, 1, 0, 1, 2, 2, 3, 3, 2, 3, 4, 4, 3);
        ViewSummary summary = ViewSummary.of(graph);
        assertEquals(3, summary.pathComponentSize());
        assertEquals(2, summary.diameter());
        assertEquals((1 + 2 + 1 + 1 + 2 + 1) / 6.0, summary.averageShortestPath(), EXACT);
        assertEquals(1, summary.components());
    }

    private static void assertNullableEquals(JsonNode expected, Double actual) {
        if (expected == null || expected.isNull()) {
            assertNull(actual);
        } else {
            assertEquals(expected.asDouble(), actual, 1e-9);
        }
    }
}
