package be.tafel.analysis.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BiconnectivityTest {
    static Stream<ReferenceGraph> referenceGraphs() {
        return ReferenceGraph.all();
    }

    @ParameterizedTest
    @MethodSource("referenceGraphs")
    void articulation_points_and_bridges_equal_networkx(ReferenceGraph reference) {
        Biconnectivity biconnectivity = new Biconnectivity(reference.graph());
        assertArrayEquals(reference.ints("articulationPoints"), biconnectivity.getArticulationPoints());
        List<List<Integer>> bridges = biconnectivity.getBridges().stream()
                .map(b -> List.of(b.u(), b.v()))
                .toList();
        assertEquals(reference.groups("bridges"), bridges);
    }

    @Test
    void two_triangles_joined_at_a_vertex_have_one_cut_vertex_and_no_bridge() {
        Biconnectivity bowtie = new Biconnectivity(TestGraphs.edges(5, false, 0, 1, 1, 2, 2, 0, 2, 3, 3, 4, 4, 2));
        assertArrayEquals(new int[] {2}, bowtie.getArticulationPoints());
        assertTrue(bowtie.getBridges().isEmpty());
    }

    @Test
    void directed_arcs_count_as_undirected_edges() {
        Biconnectivity chain = new Biconnectivity(TestGraphs.edges(3, true, 0, 1, 2, 1));
        assertArrayEquals(new int[] {1}, chain.getArticulationPoints());
        assertEquals(List.of(new Biconnectivity.Bridge(0, 1), new Biconnectivity.Bridge(1, 2)), chain.getBridges());
    }

    @Test
    void path_of_two_hundred_thousand_vertices_needs_no_recursion() {
        int n = 200_000;
        Biconnectivity path = new Biconnectivity(TestGraphs.path(n));
        assertEquals(n - 2, path.getArticulationPoints().length);
        assertFalse(path.isArticulationPoint(0));
        assertTrue(path.isArticulationPoint(1));
        assertEquals(n - 1, path.getBridges().size());
    }

    @Test
    void agrees_with_jgrapht_on_sparse_random_graphs() {
        for (long seed = 1; seed <= 5; seed++) {
            CsrGraph graph = TestGraphs.random(300, 330, false, seed);
            Graph<Integer, DefaultWeightedEdge> copy = JGraphTCopy.of(graph, false);
            BiconnectivityInspector<Integer, DefaultWeightedEdge> inspector = new BiconnectivityInspector<>(copy);
            Set<Integer> expectedPoints = new TreeSet<>(inspector.getCutpoints());
            Set<List<Integer>> expectedBridges = inspector.getBridges().stream()
                    .map(e -> List.of(
                            Math.min(copy.getEdgeSource(e), copy.getEdgeTarget(e)),
                            Math.max(copy.getEdgeSource(e), copy.getEdgeTarget(e))))
                    .collect(Collectors.toSet());
            Biconnectivity ours = new Biconnectivity(graph);
            assertEquals(expectedPoints, ComponentsTest.Boxing.sortedSet(ours.getArticulationPoints()), "seed " + seed);
            assertEquals(
                    expectedBridges,
                    ours.getBridges().stream().map(b -> List.of(b.u(), b.v())).collect(Collectors.toSet()));
        }
    }
}
