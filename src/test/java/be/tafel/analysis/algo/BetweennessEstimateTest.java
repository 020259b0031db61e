package be.tafel.analysis.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BetweennessEstimateTest {
    private static final long ALWAYS_SAMPLE = 0;

    @Test
    void small_graphs_below_the_work_limit_get_exact_betweenness() {
        ReferenceGraph karate = ReferenceGraph.load("karate");
        BetweennessEstimate estimate = new BetweennessEstimate(karate.graph());
        assertFalse(estimate.isApproximate());
        assertEquals(0, estimate.getErrorBound());
        assertEquals(0, estimate.getSampleSize());
        assertEquals(1.0, estimate.getConfidence());
        ReferenceGraph.assertScores(karate.scores("betweenness"), estimate.getScores(), "betweenness");
    }

    @Test
    void sampled_estimate_is_within_its_error_bound_of_exact_for_every_vertex() {
        CsrGraph graph = TestGraphs.clustersWithBroker(8, 200, 42);
        double[] exact = new ShortestPathCentrality(graph, PathLength.HOPS, 2).getBetweennessScores();
        assertTrue(exact[graph.vertexCount() - 1] > 0.5, "the broker's exact betweenness dwarfs the bound");
        BetweennessEstimate estimate = new BetweennessEstimate(graph, PathLength.HOPS, 0.02, 0.1, 7, 2, ALWAYS_SAMPLE);
        assertTrue(estimate.isApproximate());
        assertEquals(0.02, estimate.getErrorBound());
        assertEquals(0.9, estimate.getConfidence(), 1e-12);
        assertWithin(exact, estimate);
    }

    @Test
    void sampled_estimate_of_a_weighted_directed_graph_is_within_its_bound() {
        CsrGraph graph = TestGraphs.random(1500, 6000, true, 43);
        double[] exact = new ShortestPathCentrality(graph, PathLength.INVERSE_WEIGHT, 2).getBetweennessScores();
        BetweennessEstimate estimate =
                new BetweennessEstimate(graph, PathLength.INVERSE_WEIGHT, 0.05, 0.1, 8, 2, ALWAYS_SAMPLE);
        assertEquals(Components.weak(graph).largestSize(), estimate.getVertexDiameterBound(),
                "directed: the largest weak component");
        assertWithin(exact, estimate);
    }

    @Test
    void same_seed_gives_the_same_estimate_whatever_the_thread_count() {
        CsrGraph graph = TestGraphs.random(800, 2400, false, 3);
        double[] one = new BetweennessEstimate(graph, PathLength.HOPS, 0.05, 0.1, 99, 1, ALWAYS_SAMPLE).getScores();
        double[] three = new BetweennessEstimate(graph, PathLength.HOPS, 0.05, 0.1, 99, 3, ALWAYS_SAMPLE).getScores();
        double[] otherSeed =
                new BetweennessEstimate(graph, PathLength.HOPS, 0.05, 0.1, 100, 1, ALWAYS_SAMPLE).getScores();
        assertArrayEquals(one, three);
        assertFalse(Arrays.equals(one, otherSeed), "another seed draws other paths");
    }

    @Test
    void sample_size_follows_riondato_kornaropoulos() {
        // c / eps^2 * (floor(log2(VD - 2)) + 1 + ln(1/delta)) with VD = 10: 0.5 / 1e-4 * (3 + 1 + ln 10)
        assertEquals((int) Math.ceil(5000 * (4 + Math.log(10))), BetweennessEstimate.sampleSize(0.01, 0.1, 10));
        assertEquals((int) Math.ceil(5000 * (1 + Math.log(10))), BetweennessEstimate.sampleSize(0.01, 0.1, 2));
    }

    @Test
    void vertex_diameter_bound_of_a_path_covers_the_path() {
        // from vertex 0 the eccentricity is 9, so the bound is min(10, 2 * 9 + 1)
        assertEquals(10, BetweennessEstimate.vertexDiameterBound(TestGraphs.path(10), PathLength.HOPS));
    }

    @Test
    void graphs_of_two_vertices_are_never_sampled() {
        CsrGraph pair = TestGraphs.edges(2, false, 0, 1);
        BetweennessEstimate estimate = new BetweennessEstimate(pair, PathLength.HOPS, 0.1, 0.1, 1, 1, ALWAYS_SAMPLE);
        assertFalse(estimate.isApproximate());
        assertArrayEquals(new double[2], estimate.getScores());
    }

    @Test
    void rejects_error_bounds_and_confidences_outside_zero_one() {
        CsrGraph path = TestGraphs.path(4);
        assertThrows(IllegalArgumentException.class,
                () -> new BetweennessEstimate(path, PathLength.HOPS, 0, 0.1, 1, 1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new BetweennessEstimate(path, PathLength.HOPS, 0.1, 1, 1, 1, 0));
    }

    private static void assertWithin(double[] exact, BetweennessEstimate estimate) {
        double[] sampled = estimate.getScores();
        double worst = 0;
        for (int v = 0; v < exact.length; v++) {
            worst = Math.max(worst, Math.abs(sampled[v] - exact[v]));
        }
        assertTrue(worst <= estimate.getErrorBound(),
                "largest error " + worst + " exceeds the bound " + estimate.getErrorBound());
        assertTrue(worst > 0, "a sampled estimate should not be exact");
    }
}
