package be.tafel.analysis.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FragmentationTest {
    private static final double EXACT = 1e-12;

    static Stream<ReferenceGraph> referenceGraphs() {
        return ReferenceGraph.all();
    }

    @ParameterizedTest
    @MethodSource("referenceGraphs")
    void fragmentation_and_distance_weighted_fragmentation_equal_networkx_derived_values(ReferenceGraph reference) {
        CsrGraph graph = reference.graph();
        var expected = reference.values().get("fragmentation");
        assertEquals(expected.get("fragmentation").asDouble(), new Fragmentation(graph).getFragmentation(), 1e-9);
        double[] harmonic = new ShortestPathCentrality(graph).getHarmonicScores();
        assertEquals(expected.get("distanceWeighted").asDouble(), Fragmentation.distanceWeighted(harmonic), 1e-9);
    }

    @Test
    void connected_graph_is_not_fragmented_and_edgeless_graph_is_fully() {
        assertEquals(0, new Fragmentation(TestGraphs.path(5)).getFragmentation(), EXACT);
        assertEquals(1, new Fragmentation(new CsrGraph.Builder(5, false).build()).getFragmentation(), EXACT);
        assertEquals(0, new Fragmentation(new CsrGraph.Builder(1, false).build()).getFragmentation(), EXACT);
        assertEquals(0, new Fragmentation(new CsrGraph.Builder(0, false).build()).getFragmentation(), EXACT);
    }

    @Test
    void two_pairs_leave_two_thirds_of_the_pairs_unreachable() {
        // sizes 2 and 2: 1 - (2 + 2) / (4 * 3)
        assertEquals(2.0 / 3, new Fragmentation(TestGraphs.edges(4, false, 0, 1, 2, 3)).getFragmentation(), EXACT);
    }

    @Test
    void distance_weighted_fragmentation_of_a_path_of_three() {
        // harmonic 1.5, 2, 1.5: 1 - 5 / 6
        assertEquals(1.0 / 6, Fragmentation.distanceWeighted(new double[] {1.5, 2, 1.5}), EXACT);
    }

    @Test
    void removing_the_bridge_figure_of_a_star_cuts_everyone_off() {
        CsrGraph star = TestGraphs.edges(5, false, 0, 1, 0, 2, 0, 3, 0, 4);
        Fragmentation.Removal removal = new Fragmentation(star).remove(0);
        assertEquals(0, removal.fragmentationBefore(), EXACT);
        assertEquals(1, removal.fragmentationAfter(), EXACT);
        assertEquals(1, removal.before().count());
        assertEquals(4, removal.after().count());
        assertEquals(3, removal.componentsAdded());
        assertTrue(removal.separates(1, 2));
        assertArrayEquals(new int[] {0}, removal.removed());
    }

    @Test
    void removing_a_leaf_separates_nobody() {
        Fragmentation.Removal removal = new Fragmentation(TestGraphs.path(4)).remove(3, 3);
        assertArrayEquals(new int[] {3}, removal.removed());
        assertEquals(0, removal.fragmentationAfter(), EXACT);
        assertFalse(removal.separates(0, 2));
        assertEquals(0, removal.componentsAdded());
    }
}
