package be.tafel.analysis.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClusteringTest {
    private static final double NX = 1e-6;
    private static final double EXACT = 1e-9;

    @Nested
    class AgainstNetworkX {
        static java.util.stream.Stream<StructureReference> references() {
            return StructureReference.all();
        }

        @ParameterizedTest
        @MethodSource("references")
        void local_clustering_matches_networkx(StructureReference reference) {
            Clustering clustering = new Clustering(reference.graph());
            assertArrayEquals(StructureReference.values(reference.clustering()), clustering.getScores(), NX);
        }

        @ParameterizedTest
        @MethodSource("references")
        void average_clustering_matches_networkx_and_is_nan_without_vertices(StructureReference reference) {
            Clustering clustering = new Clustering(reference.graph());
            assertEquals(
                    StructureReference.value(reference.averageClustering()), clustering.getAverageClustering(), NX);
        }

        @ParameterizedTest
        @MethodSource("references")
        void transitivity_matches_networkx(StructureReference reference) {
            Clustering clustering = new Clustering(reference.graph());
            assertEquals(StructureReference.value(reference.transitivity()), clustering.getTransitivity(), NX);
        }

        @ParameterizedTest
        @MethodSource("references")
        void weights_do_not_change_clustering(StructureReference reference) {
            CsrGraph graph = reference.graph();
            assertArrayEquals(new Clustering(graph.unweighted()).getScores(), new Clustering(graph).getScores(), 0);
        }
    }

    /** A triangle 0-1-2 with a pendant 3 on vertex 2 (the "paw"). */
    @Nested
    class Paw {
        private final CsrGraph paw = new CsrGraph.Builder(4, false)
                .addEdge(0, 1)
                .addEdge(1, 2)
                .addEdge(0, 2)
                .addEdge(2, 3)
                .build();

        @Test
        void corners_of_the_triangle_score_by_their_degree() {
            // 0 and 1: degree 2, one triangle -> 1; 2: degree 3, one triangle of 3 pairs -> 1/3; 3: degree 1 -> 0
            assertArrayEquals(new double[] {1, 1, 1.0 / 3, 0}, new Clustering(paw).getScores(), EXACT);
        }

        @Test
        void transitivity_is_three_triangles_over_connected_triples() {
            // triples: 1 + 1 + 3 + 0 = 5; one triangle -> 3/5
            Clustering clustering = new Clustering(paw);
            assertEquals(0.6, clustering.getTransitivity(), EXACT);
            assertEquals(1, clustering.getTriangleCount());
            assertEquals((1 + 1 + 1.0 / 3) / 4, clustering.getAverageClustering(), EXACT);
        }

        @Test
        void scores_are_a_copy() {
            Clustering clustering = new Clustering(paw);
            double[] scores = clustering.getScores();
            scores[0] = 42;
            assertEquals(1, clustering.getVertexScore(0), EXACT);
            assertNotSame(scores, clustering.getScores());
            assertThrows(IndexOutOfBoundsException.class, () -> clustering.getVertexScore(4));
        }
    }

    @Nested
    class Directed {
        @Test
        void a_directed_cycle_of_three_scores_one_half() {
            // (A+A^T)^3_vv = 2 (both orientations of the one triangle); d_tot = 2, d_rec = 0 -> 2 / (2 * 2)
            CsrGraph cycle = new CsrGraph.Builder(3, true)
                    .addEdge(0, 1)
                    .addEdge(1, 2)
                    .addEdge(2, 0)
                    .build();
            assertArrayEquals(new double[] {0.5, 0.5, 0.5}, new Clustering(cycle).getScores(), EXACT);
        }

        @Test
        void a_fully_reciprocated_triangle_scores_one() {
            // every multiplicity 2: 2 * 8 = 16; d_tot = 4, d_rec = 2 -> 16 / (2 * (12 - 4))
            CsrGraph.Builder builder = new CsrGraph.Builder(3, true);
            for (int u = 0; u < 3; u++) {
                for (int v = 0; v < 3; v++) {
                    if (u != v) {
                        builder.addEdge(u, v);
                    }
                }
            }
            Clustering clustering = new Clustering(builder.build());
            assertArrayEquals(new double[] {1, 1, 1}, clustering.getScores(), EXACT);
            assertEquals(1, clustering.getTransitivity(), EXACT);
        }

        @Test
        void transitivity_counts_closed_pairs_of_successors_as_networkx() {
            // 0 -> 1, 0 -> 2, 1 -> 2: successors of 0 are {1, 2}, ordered pairs (1,2) closed, (2,1) open -> 1/2
            CsrGraph graph = new CsrGraph.Builder(3, true)
                    .addEdge(0, 1)
                    .addEdge(0, 2)
                    .addEdge(1, 2)
                    .build();
            assertEquals(0.5, new Clustering(graph).getTransitivity(), EXACT);
            assertEquals(1.0, new Clustering(graph.undirected()).getTransitivity(), EXACT);
        }
    }

    @Nested
    class EdgeCases {
        @Test
        void empty_graph_has_no_average_and_zero_transitivity() {
            Clustering clustering = new Clustering(new CsrGraph.Builder(0, false).build());
            assertEquals(0, clustering.getScores().length);
            assertEquals(Double.NaN, clustering.getAverageClustering());
            assertEquals(0, clustering.getTransitivity());
        }

        @Test
        void isolated_vertices_score_zero_and_count_in_the_average() {
            CsrGraph graph = new CsrGraph.Builder(5, false)
                    .addEdge(0, 1)
                    .addEdge(1, 2)
                    .addEdge(0, 2)
                    .build();
            Clustering clustering = new Clustering(graph);
            assertArrayEquals(new double[] {1, 1, 1, 0, 0}, clustering.getScores(), EXACT);
            assertEquals(0.6, clustering.getAverageClustering(), EXACT);
        }

        @Test
        void one_vertex_scores_zero() {
            Clustering clustering = new Clustering(new CsrGraph.Builder(1, true).build());
            assertArrayEquals(new double[] {0}, clustering.getScores());
            assertEquals(0, clustering.getAverageClustering());
            assertEquals(0, clustering.getTransitivity());
        }

        @Test
        void complete_graph_scores_one_everywhere() {
            CsrGraph.Builder builder = new CsrGraph.Builder(6, false);
            for (int u = 0; u < 6; u++) {
                for (int v = u + 1; v < 6; v++) {
                    builder.addEdge(u, v);
                }
            }
            Clustering clustering = new Clustering(builder.build());
            assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1}, clustering.getScores(), EXACT);
            assertEquals(20, clustering.getTriangleCount());
        }
    }

    @Nested
    class BothTriangleCounts {
        @Test
        void sparse_and_dense_graphs_match_a_direct_count_of_triangles() {
            CsrGraph[] graphs = {
                TestGraphs.random(300, 700, false, 21),
                TestGraphs.random(200, 6000, false, 22),
                TestGraphs.random(130, 4000, false, 23)
            };
            assertFalse(Clustering.denseEnoughForBits(300, graphs[0].out().targets().length));
            assertTrue(Clustering.denseEnoughForBits(200, graphs[1].out().targets().length));
            for (CsrGraph graph : graphs) {
                int n = graph.vertexCount();
                double[] expected = new double[n];
                long triangles = 0;
                for (int v = 0; v < n; v++) {
                    int[] row = Arrays.copyOfRange(
                            graph.out().targets(),
                            graph.out().offsets()[v],
                            graph.out().offsets()[v + 1]);
                    long t = 0;
                    for (int a = 0; a < row.length; a++) {
                        for (int b = a + 1; b < row.length; b++) {
                            if (graph.hasEdge(row[a], row[b])) {
                                t++;
                            }
                        }
                    }
                    triangles += t;
                    long d = row.length;
                    expected[v] = t == 0 ? 0 : 2.0 * t / (d * (d - 1));
                }
                Clustering clustering = new Clustering(graph);
                assertArrayEquals(expected, clustering.getScores(), 1e-12);
                assertEquals(triangles / 3, clustering.getTriangleCount());
            }
        }
    }
}
