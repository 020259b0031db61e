package be.tafel.analysis.algo;

import static be.tafel.analysis.algo.ReferenceGraph.assertScores;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShortestPathCentralityTest {
    private static final double EXACT = 1e-9;

    static Stream<ReferenceGraph> referenceGraphs() {
        return ReferenceGraph.all();
    }

    @Nested
    class AgainstNetworkX {
        @ParameterizedTest
        @MethodSource("be.tafel.analysis.algo.ShortestPathCentralityTest#referenceGraphs")
        void hop_scores_equal_networkx(ReferenceGraph reference) {
            ShortestPathCentrality paths = new ShortestPathCentrality(reference.graph(), PathLength.HOPS, 2);
            assertScores(reference.scores("betweenness"), paths.getBetweennessScores(), "betweenness");
            assertScores(reference.scores("closeness"), paths.getClosenessScores(), "closeness");
            assertScores(reference.scores("harmonic"), paths.getHarmonicScores(), "harmonic");
        }

        @ParameterizedTest
        @MethodSource("be.tafel.analysis.algo.ShortestPathCentralityTest#referenceGraphs")
        void inverse_weight_scores_equal_networkx_with_distance_one_over_weight(ReferenceGraph reference) {
            ShortestPathCentrality paths = new ShortestPathCentrality(reference.graph(), PathLength.INVERSE_WEIGHT, 2);
            assertScores(reference.scores("betweennessWeighted"), paths.getBetweennessScores(), "betweenness");
            assertScores(reference.scores("closenessWeighted"), paths.getClosenessScores(), "closeness");
            assertScores(reference.scores("harmonicWeighted"), paths.getHarmonicScores(), "harmonic");
        }
    }

    @Nested
    class HandMadeGraphs {
        @Test
        void path_of_five_has_exact_betweenness_closeness_and_harmonic() {
            ShortestPathCentrality paths = new ShortestPathCentrality(TestGraphs.path(5));
            // inner vertex 1 lies between 0 and {2,3,4}: 3 unordered pairs, normalised by (n-1)(n-2)/2 = 6
            assertArrayEquals(new double[] {0, 0.5, 4.0 / 6, 0.5, 0}, paths.getBetweennessScores(), EXACT);
            assertArrayEquals(
                    new double[] {4.0 / 10, 4.0 / 7, 4.0 / 6, 4.0 / 7, 4.0 / 10}, paths.getClosenessScores(), EXACT);
            assertEquals(1 + 1 / 2.0 + 1 / 3.0 + 1 / 4.0, paths.getHarmonic(0), EXACT);
            assertEquals(1 / 2.0 + 1 + 1 + 1 / 2.0, paths.getHarmonic(2), EXACT);
        }

        @Test
        void star_centre_has_betweenness_one_and_leaves_zero() {
            CsrGraph star = TestGraphs.edges(5, false, 0, 1, 0, 2, 0, 3, 0, 4);
            double[] betweenness = new ShortestPathCentrality(star).getBetweennessScores();
            assertArrayEquals(new double[] {1, 0, 0, 0, 0}, betweenness, EXACT);
        }

        @Test
        void two_equal_shortest_paths_share_the_betweenness() {
            CsrGraph square = TestGraphs.edges(4, false, 0, 1, 1, 2, 2, 3, 3, 0);
            // pair (0,2) runs through 1 or 3, pair (1,3) through 0 or 2: each vertex gets 1/2 of one pair
            assertArrayEquals(
                    new double[] {1.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6},
                    new ShortestPathCentrality(square).getBetweennessScores(),
                    EXACT);
        }

        @Test
        void directed_closeness_and_harmonic_use_incoming_distances() {
            CsrGraph chain = TestGraphs.edges(3, true, 0, 1, 1, 2);
            ShortestPathCentrality paths = new ShortestPathCentrality(chain);
            assertArrayEquals(new double[] {0, 0.5, 0}, paths.getBetweennessScores(), EXACT);
            // vertex 2 is reached by 1 (distance 1) and 0 (distance 2); vertex 0 by nobody
            assertArrayEquals(new double[] {0, 0.5, 2.0 / 3}, paths.getClosenessScores(), EXACT);
            assertArrayEquals(new double[] {0, 1, 1.5}, paths.getHarmonicScores(), EXACT);
        }

        @Test
        void a_strong_tie_is_a_short_distance() {
            // square 0-1-2-3-0 with strong ties 0=3=2 (length 1/4): 0 reaches 2 through 3 (1/2 < 2);
            // 1 reaches 3 through 0 or 2 (both 5/4); normalisation (n-1)(n-2)/2 = 3 unordered pairs
            CsrGraph.Builder builder = new CsrGraph.Builder(4, false);
            builder.addEdge(0, 1, 1).addEdge(1, 2, 1).addEdge(0, 3, 4).addEdge(3, 2, 4);
            double[] weighted =
                    new ShortestPathCentrality(builder.build(), PathLength.INVERSE_WEIGHT, 1).getBetweennessScores();
            assertArrayEquals(new double[] {0.5 / 3, 0, 0.5 / 3, 1.0 / 3}, weighted, EXACT);
        }

        @Test
        void empty_single_and_edgeless_graphs_score_zero() {
            CsrGraph empty = new CsrGraph.Builder(0, false).build();
            assertEquals(0, new ShortestPathCentrality(empty).getBetweennessScores().length);
            ShortestPathCentrality single = new ShortestPathCentrality(new CsrGraph.Builder(1, true).build());
            assertArrayEquals(new double[] {0}, single.getClosenessScores());
            ShortestPathCentrality edgeless = new ShortestPathCentrality(new CsrGraph.Builder(4, false).build());
            assertArrayEquals(new double[4], edgeless.getBetweennessScores());
            assertArrayEquals(new double[4], edgeless.getClosenessScores());
            assertArrayEquals(new double[4], edgeless.getHarmonicScores());
        }

        @Test
        void rejects_no_threads_and_unknown_vertices() {
            CsrGraph path = TestGraphs.path(3);
            assertThrows(IllegalArgumentException.class, () -> new ShortestPathCentrality(path, PathLength.HOPS, 0));
            assertThrows(IllegalArgumentException.class, () -> new ShortestPathCentrality(path).getBetweenness(3));
        }
    }

    @Nested
    class Parallelism {
        @Test
        void scores_do_not_depend_on_the_thread_count() {
            for (PathLength length : PathLength.values()) {
                CsrGraph graph = TestGraphs.random(600, 1500, true, 11);
                ShortestPathCentrality one = new ShortestPathCentrality(graph, length, 1);
                ShortestPathCentrality three = new ShortestPathCentrality(graph, length, 3);
                assertArrayEquals(one.getBetweennessScores(), three.getBetweennessScores(), 1e-12);
                assertArrayEquals(one.getClosenessScores(), three.getClosenessScores(), 1e-12);
                assertArrayEquals(one.getHarmonicScores(), three.getHarmonicScores(), 1e-12);
            }
        }

        @Test
        void same_thread_count_gives_identical_scores() {
            CsrGraph graph = TestGraphs.random(400, 1200, false, 5);
            assertArrayEquals(
                    new ShortestPathCentrality(graph, PathLength.INVERSE_WEIGHT, 2).getBetweennessScores(),
                    new ShortestPathCentrality(graph, PathLength.INVERSE_WEIGHT, 2).getBetweennessScores());
        }
    }

    @Nested
    class SearchStrategies {
        @ParameterizedTest
        @MethodSource("be.tafel.analysis.algo.ShortestPathCentralityTest#referenceGraphs")
        void rows_and_bit_sets_both_equal_networkx(ReferenceGraph reference) {
            for (ShortestPathCentrality.Search search :
                    List.of(ShortestPathCentrality.Search.ROWS, ShortestPathCentrality.Search.BITS)) {
                ShortestPathCentrality paths =
                        new ShortestPathCentrality(reference.graph(), PathLength.HOPS, 2, search, 0);
                assertScores(reference.scores("betweenness"), paths.getBetweennessScores(), "betweenness " + search);
                assertScores(reference.scores("closeness"), paths.getClosenessScores(), "closeness " + search);
                assertScores(reference.scores("harmonic"), paths.getHarmonicScores(), "harmonic " + search);
            }
        }

        @ParameterizedTest
        @MethodSource("be.tafel.analysis.algo.ShortestPathCentralityTest#denseAndSparseGraphs")
        void rows_bit_sets_and_dijkstra_with_unit_lengths_agree(CsrGraph graph) {
            ShortestPathCentrality dijkstra =
                    new ShortestPathCentrality(graph.unweighted(), PathLength.INVERSE_WEIGHT, 1);
            for (ShortestPathCentrality.Search search : ShortestPathCentrality.Search.values()) {
                for (int threads = 1; threads <= 3; threads += 2) {
                    ShortestPathCentrality hops =
                            new ShortestPathCentrality(graph, PathLength.HOPS, threads, search, 0);
                    String what = search + " with " + threads + " thread(s)";
                    assertArrayEquals(dijkstra.getBetweennessScores(), hops.getBetweennessScores(), 1e-12, what);
                    assertArrayEquals(dijkstra.getClosenessScores(), hops.getClosenessScores(), 1e-12, what);
                    assertArrayEquals(dijkstra.getHarmonicScores(), hops.getHarmonicScores(), 1e-12, what);
                }
            }
        }
    }

    @Nested
    class AgainstJGraphT {
        @ParameterizedTest
        @MethodSource("be.tafel.analysis.algo.ShortestPathCentralityTest#randomGraphs")
        void betweenness_equals_jgrapht_doubled_on_undirected_graphs(CsrGraph graph) {
            for (PathLength length : PathLength.values()) {
                Graph<Integer, DefaultWeightedEdge> copy =
                        JGraphTCopy.of(length == PathLength.HOPS ? graph.unweighted() : graph, true);
                Map<Integer, Double> jgrapht = new BetweennessCentrality<>(copy, true).getScores();
                double[] ours = new ShortestPathCentrality(graph, length, 2).getBetweennessScores();
                double factor = graph.isDirected() ? 1 : 2;
                for (int v = 0; v < graph.vertexCount(); v++) {
                    assertEquals(factor * jgrapht.get(v), ours[v], 1e-9, length + " betweenness of " + v);
                }
            }
        }
    }

    static Stream<CsrGraph> denseAndSparseGraphs() {
        return Stream.of(
                TestGraphs.random(150, 300, false, 7),
                TestGraphs.random(150, 400, true, 8),
                TestGraphs.random(130, 3000, false, 9),
                TestGraphs.random(130, 5000, true, 10),
                TestGraphs.random(70, 2400, false, 12),
                TestGraphs.clustersWithBroker(4, 30, 13),
                TestGraphs.path(200),
                TestGraphs.edges(5, true, 0, 1, 1, 2, 3, 4));
    }

    static Stream<CsrGraph> randomGraphs() {
        return Stream.of(
                TestGraphs.random(120, 300, false, 1),
                TestGraphs.random(120, 400, true, 2),
                TestGraphs.random(80, 90, false, 3));
    }
}
