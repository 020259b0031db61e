package be.tafel.analysis.algo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import be.tafel.analysis.algo.EIIndex.GroupTies;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EIIndexTest {
    private static final double EXACT = 1e-12;

    /**
     * Group 0 = {0, 1, 2}, group 1 = {3, 4}, group 2 = {5} (isolated). Edges with weights: 0-1 (2), 1-2 (1)
     * inside group 0; 3-4 (1) inside group 1; 2-3 (1) and 0-4 (3) between groups 0 and 1.
     */
    @Nested
    class ThreeGroups {
        private final CsrGraph graph = new CsrGraph.Builder(6, false)
                .addEdge(0, 1, 2)
                .addEdge(1, 2, 1)
                .addEdge(3, 4, 1)
                .addEdge(2, 3, 1)
                .addEdge(0, 4, 3)
                .build();
        private final int[] group = {0, 0, 0, 1, 1, 2};

        @Test
        void whole_graph_counts_cross_edges_against_inside_edges() {
            // E = 2 (2-3, 0-4), I = 3 -> -1/5
            EIIndex ei = new EIIndex(graph, group);
            assertEquals(-0.2, ei.getIndex(), EXACT);
            assertEquals(new GroupTies(-1, 6, 2, 3), ei.getWholeGraph());
        }

        @Test
        void each_group_counts_its_own_outside_and_inside_edges() {
            // group 0: E = 2, I = 2 -> 0; group 1: E = 2, I = 1 -> 1/3; group 2: no ties -> NaN
            EIIndex ei = new EIIndex(graph, group);
            assertEquals(0, ei.getGroupIndex(0), EXACT);
            assertEquals(1.0 / 3, ei.getGroupIndex(1), EXACT);
            assertEquals(Double.NaN, ei.getGroupIndex(2));
            assertEquals(
                    List.of(new GroupTies(0, 3, 2, 2), new GroupTies(1, 2, 2, 1), new GroupTies(2, 1, 0, 0)),
                    ei.getGroups());
        }

        @Test
        void weighted_ties_count_with_their_weight() {
            // whole: E = 1 + 3, I = 2 + 1 + 1 -> 0; group 0: E = 4, I = 3 -> 1/7; group 1: E = 4, I = 1 -> 3/5
            EIIndex ei = new EIIndex(graph, group, true);
            assertEquals(0, ei.getIndex(), EXACT);
            assertEquals(1.0 / 7, ei.getGroupIndex(0), EXACT);
            assertEquals(0.6, ei.getGroupIndex(1), EXACT);
        }
    }

    @Nested
    class Extremes {
        @Test
        void one_group_is_all_internal() {
            CsrGraph path =
                    new CsrGraph.Builder(3, false).addEdge(0, 1).addEdge(1, 2).build();
            assertEquals(-1, new EIIndex(path, new int[3]).getIndex(), EXACT);
        }

        @Test
        void every_vertex_its_own_group_is_all_external() {
            CsrGraph path =
                    new CsrGraph.Builder(3, false).addEdge(0, 1).addEdge(1, 2).build();
            EIIndex ei = new EIIndex(path, new int[] {0, 1, 2});
            assertEquals(1, ei.getIndex(), EXACT);
            assertEquals(1, ei.getGroupIndex(1), EXACT);
        }

        @Test
        void reciprocated_arcs_are_one_tie_and_their_weights_add() {
            // 0 <-> 1 (weights 2 and 3), 1 -> 2 (1); groups {0, 1}, {2}: E = 1, I = 1 unweighted; E = 1, I = 5 weighted
            CsrGraph directed = new CsrGraph.Builder(3, true)
                    .addEdge(0, 1, 2)
                    .addEdge(1, 0, 3)
                    .addEdge(1, 2)
                    .build();
            int[] group = {0, 0, 1};
            assertEquals(0, new EIIndex(directed, group).getIndex(), EXACT);
            assertEquals(-4.0 / 6, new EIIndex(directed, group, true).getIndex(), EXACT);
        }
    }

    @Nested
    class EdgeCases {
        @Test
        void graph_without_edges_has_nan_index() {
            assertEquals(
                    Double.NaN, new EIIndex(new CsrGraph.Builder(3, false).build(), new int[] {0, 1, 1}).getIndex());
            assertEquals(Double.NaN, new EIIndex(new CsrGraph.Builder(0, false).build(), new int[0]).getIndex());
        }

        @Test
        void unknown_or_empty_groups_are_refused() {
            CsrGraph graph = new CsrGraph.Builder(2, false).addEdge(0, 1).build();
            EIIndex ei = new EIIndex(graph, new int[] {0, 2});
            assertThrows(IllegalArgumentException.class, () -> ei.getGroupIndex(1));
            assertThrows(IllegalArgumentException.class, () -> ei.getGroupIndex(3));
            assertThrows(IllegalArgumentException.class, () -> new EIIndex(graph, new int[] {0, -1}));
            assertEquals(2, ei.getGroups().size());
        }
    }
}
