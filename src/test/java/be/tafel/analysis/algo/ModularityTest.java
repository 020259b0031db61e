package be.tafel.analysis.algo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ModularityTest {
    private static final double EXACT = 1e-9;

    @Nested
    class AgainstNetworkX {
        /** Every fixed partition of every reference graph: club split, greedy, singletons, whole, modulo 3. */
        static Stream<Arguments> partitions() {
            return StructureReference.all().flatMap(r -> r.partitions().stream().map(p -> Arguments.of(r, p)));
        }

        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("partitions")
        void unweighted_modularity_matches_networkx(
                StructureReference reference, StructureReference.Partition partition) {
            double q = new Modularity(reference.graph().unweighted()).modularity(partition.labels());
            assertEquals(StructureReference.value(partition.modularity()), q, EXACT);
        }

        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("partitions")
        void weighted_modularity_matches_networkx(
                StructureReference reference, StructureReference.Partition partition) {
            double q = new Modularity(reference.graph()).modularity(partition.labels());
            assertEquals(StructureReference.value(partition.modularityWeighted()), q, EXACT);
        }
    }

    /** Two triangles 0-1-2 and 3-4-5 joined by the edge 2-3. */
    @Nested
    class TwoTriangles {
        private final CsrGraph graph = new CsrGraph.Builder(6, false)
                .addEdge(0, 1)
                .addEdge(1, 2)
                .addEdge(0, 2)
                .addEdge(3, 4)
                .addEdge(4, 5)
                .addEdge(3, 5)
                .addEdge(2, 3)
                .build();
        private final int[] triangles = {0, 0, 0, 1, 1, 1};

        @Test
        void splitting_the_triangles_scores_six_sevenths_minus_one_half() {
            // m = 7, L = 3 and K = 7 per side: 2 * (3/7 - (7/14)^2)
            assertEquals(6.0 / 7 - 0.5, new Modularity(graph).modularity(triangles), EXACT);
        }

        @Test
        void one_community_scores_zero() {
            assertEquals(0, new Modularity(graph).modularity(new int[6]), EXACT);
        }

        @Test
        void resolution_scales_the_expected_term() {
            // 2 * (3/7 - 2 * 1/4)
            assertEquals(6.0 / 7 - 1, new Modularity(graph, 2).modularity(triangles), EXACT);
        }

        @Test
        void labels_need_not_be_consecutive() {
            assertEquals(6.0 / 7 - 0.5, new Modularity(graph).modularity(new int[] {4, 4, 4, 1, 1, 1}), EXACT);
        }
    }

    @Nested
    class Directed {
        @Test
        void directed_modularity_uses_out_and_in_strengths() {
            // arcs 0->1, 1->0, 2->3, 1->2; m = 4; {0,1}: L = 2, out 3, in 2; {2,3}: L = 1, out 1, in 2
            // Q = (2/4 - 3*2/16) + (1/4 - 1*2/16) = 1/8 + 1/8
            CsrGraph graph = new CsrGraph.Builder(4, true)
                    .addEdge(0, 1)
                    .addEdge(1, 0)
                    .addEdge(2, 3)
                    .addEdge(1, 2)
                    .build();
            assertEquals(0.25, new Modularity(graph).modularity(new int[] {0, 0, 1, 1}), EXACT);
        }
    }

    @Nested
    class EdgeCases {
        @Test
        void graph_without_edges_has_nan_modularity() {
            assertEquals(Double.NaN, new Modularity(new CsrGraph.Builder(3, false).build()).modularity(new int[3]));
            assertEquals(Double.NaN, new Modularity(new CsrGraph.Builder(0, false).build()).modularity(new int[0]));
        }

        @Test
        void bad_partitions_and_resolutions_are_refused() {
            CsrGraph graph = new CsrGraph.Builder(2, false).addEdge(0, 1).build();
            Modularity modularity = new Modularity(graph);
            assertThrows(IllegalArgumentException.class, () -> modularity.modularity(new int[] {0}));
            assertThrows(IllegalArgumentException.class, () -> modularity.modularity(new int[] {0, -1}));
            assertThrows(NullPointerException.class, () -> modularity.modularity(null));
            assertThrows(IllegalArgumentException.class, () -> new Modularity(graph, 0));
            assertThrows(IllegalArgumentException.class, () -> new Modularity(graph, Double.NaN));
        }
    }
}
