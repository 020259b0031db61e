package be.tafel.analysis.algo;

import static be.tafel.analysis.algo.ReferenceGraph.assertScores;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PageRankTest {
    private static final double EXACT = 1e-9;

    static Stream<ReferenceGraph> referenceGraphs() {
        return ReferenceGraph.all();
    }

    @ParameterizedTest
    @MethodSource("referenceGraphs")
    void unweighted_pagerank_equals_networkx(ReferenceGraph reference) {
        PageRank pageRank = new PageRank(reference.graph(), false, 0.85, 1000, PageRank.TOLERANCE_DEFAULT);
        assertTrue(pageRank.isConverged());
        assertScores(reference.scores("pagerank"), pageRank.getScores(), "pagerank");
    }

    @ParameterizedTest
    @MethodSource("referenceGraphs")
    void weighted_pagerank_equals_networkx_default(ReferenceGraph reference) {
        assertScores(reference.scores("pagerankWeighted"), new PageRank(reference.graph()).getScores(), "pagerank");
    }

    @ParameterizedTest
    @MethodSource("referenceGraphs")
    void scores_sum_to_one(ReferenceGraph reference) {
        double sum = Arrays.stream(new PageRank(reference.graph()).getScores()).sum();
        assertEquals(reference.graph().vertexCount() == 0 ? 0 : 1, sum, EXACT);
    }

    @Test
    void dangling_vertex_spreads_its_score_uniformly() {
        // 0 -> 1 and 1 dangles: x0 = 0.15/2 + 0.85 x1/2 and x0 + x1 = 1, so x0 = 0.5 / 1.425
        double[] scores = new PageRank(TestGraphs.edges(2, true, 0, 1)).getScores();
        assertArrayEquals(new double[] {0.5 / 1.425, 1 - 0.5 / 1.425}, scores, EXACT);
    }

    @Test
    void cycle_is_uniform() {
        double[] scores = new PageRank(TestGraphs.edges(3, true, 0, 1, 1, 2, 2, 0)).getScores();
        assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, scores, EXACT);
    }

    @Test
    void weights_steer_the_surfer() {
        CsrGraph.Builder builder = new CsrGraph.Builder(3, true);
        builder.addEdge(0, 1, 9).addEdge(0, 2, 1).addEdge(1, 0, 1).addEdge(2, 0, 1);
        CsrGraph graph = builder.build();
        double[] weighted = new PageRank(graph, true, 0.85, 1000, 1e-12).getScores();
        double[] unweighted = new PageRank(graph, false, 0.85, 1000, 1e-12).getScores();
        assertTrue(weighted[1] > 4 * weighted[2]);
        assertEquals(unweighted[1], unweighted[2], EXACT);
    }

    @Test
    void agrees_with_jgrapht_on_a_random_directed_graph_with_dangling_vertices() {
        CsrGraph graph = TestGraphs.random(300, 600, true, 17);
        Map<Integer, Double> jgrapht = new org.jgrapht.alg.scoring.PageRank<>(
                        JGraphTCopy.of(graph.unweighted(), false), 0.85, 10_000, 1e-14)
                .getScores();
        double[] ours = new PageRank(graph, false, 0.85, 10_000, 1e-14).getScores();
        for (int v = 0; v < ours.length; v++) {
            assertEquals(jgrapht.get(v), ours[v], 1e-9, "vertex " + v);
        }
    }

    @Test
    void reports_when_the_iteration_limit_stops_it() {
        PageRank pageRank = new PageRank(ReferenceGraph.load("referrals").graph(), true, 0.85, 3, 1e-12);
        assertFalse(pageRank.isConverged());
        assertEquals(3, pageRank.getIterations());
    }

    @Test
    void empty_graph_has_no_scores_and_rejects_bad_options() {
        assertEquals(0, new PageRank(new CsrGraph.Builder(0, true).build()).getScores().length);
        CsrGraph path = TestGraphs.path(3);
        assertThrows(IllegalArgumentException.class, () -> new PageRank(path, true, 1.5, 100, 1e-6));
        assertThrows(IllegalArgumentException.class, () -> new PageRank(path, true, 0.85, 0, 1e-6));
        assertThrows(IllegalArgumentException.class, () -> new PageRank(path, true, 0.85, 100, 0));
    }
}
