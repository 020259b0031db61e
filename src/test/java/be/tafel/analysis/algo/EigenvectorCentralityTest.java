package be.tafel.analysis.algo;

import static be.tafel.analysis.algo.ReferenceGraph.assertScores;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EigenvectorCentralityTest {
    private static final double EXACT = 1e-9;

    static Stream<ReferenceGraph> referenceGraphs() {
        return ReferenceGraph.all();
    }

    @ParameterizedTest
    @MethodSource("referenceGraphs")
    void unweighted_scores_equal_networkx_numpy(ReferenceGraph reference) {
        double[] expected = reference.scores("eigenvector");
        assumeTrue(expected != null, "NetworkX (ARPACK) refuses graphs with fewer than 3 vertices");
        EigenvectorCentrality eigenvector = new EigenvectorCentrality(reference.graph());
        assertTrue(eigenvector.isConverged());
        assertScores(expected, eigenvector.getScores(), "eigenvector");
    }

    @ParameterizedTest
    @MethodSource("referenceGraphs")
    void weighted_scores_equal_networkx_numpy(ReferenceGraph reference) {
        double[] expected = reference.scores("eigenvectorWeighted");
        assumeTrue(expected != null, "NetworkX (ARPACK) refuses graphs with fewer than 3 vertices");
        double[] ours = new EigenvectorCentrality(reference.graph(), true, 10_000, 1e-12).getScores();
        assertScores(expected, ours, "weighted eigenvector");
    }

    @Test
    void disconnected_graph_concentrates_on_the_component_with_the_largest_eigenvalue() {
        ReferenceGraph disconnected = ReferenceGraph.load("disconnected");
        double[] scores = new EigenvectorCentrality(disconnected.graph()).getScores();
        for (int v = 12; v < 24; v++) {
            assertEquals(0, scores[v], 1e-9, "vertex " + v + " outside the 12-vertex component");
        }
    }

    @Test
    void two_identical_components_share_the_score_equally() {
        CsrGraph triangles = TestGraphs.edges(6, false, 0, 1, 1, 2, 2, 0, 3, 4, 4, 5, 5, 3);
        double[] expected = new double[6];
        Arrays.fill(expected, 1 / Math.sqrt(6));
        assertArrayEquals(expected, new EigenvectorCentrality(triangles).getScores(), EXACT);
    }

    @Test
    void star_centre_holds_half_the_squared_norm() {
        CsrGraph star = TestGraphs.edges(5, false, 0, 1, 0, 2, 0, 3, 0, 4);
        double[] scores = new EigenvectorCentrality(star).getScores();
        assertEquals(Math.sqrt(0.5), scores[0], EXACT);
        assertEquals(Math.sqrt(0.5 / 4), scores[1], EXACT);
    }

    @Test
    void graph_without_edges_is_uniform_and_empty_graph_is_empty() {
        double[] scores = new EigenvectorCentrality(new CsrGraph.Builder(4, false).build()).getScores();
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, scores, EXACT);
        assertEquals(0, new EigenvectorCentrality(new CsrGraph.Builder(0, false).build()).getScores().length);
    }

    @Test
    void directed_acyclic_graph_does_not_converge() {
        CsrGraph dag = TestGraphs.edges(3, true, 0, 1, 1, 2);
        EigenvectorCentrality chain = new EigenvectorCentrality(dag, false, 200, 1e-12);
        assertFalse(chain.isConverged());
        assertEquals(200, chain.getIterations());
    }
}
