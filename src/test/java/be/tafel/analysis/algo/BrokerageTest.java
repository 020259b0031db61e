package be.tafel.analysis.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import be.tafel.analysis.algo.Brokerage.Counts;
import be.tafel.analysis.algo.Brokerage.Role;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrokerageTest {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;

    /**
     * Broker 0 in group A. Arcs 1->0, 2->0, 3->0, 6->0, 0->2, 0->4, 0->5, 1->2, 4->3; groups 0:A 1:A 2:A 3:B
     * 4:B 5:C 6:A.
     *
     * <p>Through 0 (in {1, 2, 3, 6}, out {2, 4, 5}):
     * a=1: 1->0->2 closed by 1->2; 1->0->4 A,A,B representative; 1->0->5 A,A,C representative.
     * a=2: 2->0->2 is no path (b = a); 2->0->4 and 2->0->5 representative.
     * a=3: 3->0->2 B,A,A gatekeeper; 3->0->4 B,A,B itinerant (4->3 runs the other way and does not close
     * it); 3->0->5 B,A,C liaison.
     * a=6: 6->0->2 A,A,A coordinator; 6->0->4 and 6->0->5 representative.
     * So 0: coordinator 1, itinerant 1, representative 6, gatekeeper 1, liaison 1, total 10.
     *
     * <p>Through 3 (in {4}, out {0}): 4->3->0 B,B,A representative. Through 4 (in {0}, out {3}): 0->4->3
     * A,B,B gatekeeper. Through 2 (in {0, 1}, out {0}): 0->2->0 is no path, 1->2->0 closed by 1->0.
     * Vertices 1, 5, 6 have no in- or no out-arcs.
     */
    @Nested
    class OneBroker {
        private final CsrGraph graph = new CsrGraph.Builder(7, true)
                .addEdge(1, 0)
                .addEdge(2, 0)
                .addEdge(3, 0)
                .addEdge(6, 0)
                .addEdge(0, 2)
                .addEdge(0, 4)
                .addEdge(0, 5)
                .addEdge(1, 2)
                .addEdge(4, 3)
                .build();
        private final int[] group = {A, A, A, B, B, C, A};
        private final Brokerage brokerage = new Brokerage(graph, group);

        @Test
        void the_broker_holds_every_role_counted_by_hand() {
            assertEquals(new Counts(1, 1, 6, 1, 1), brokerage.getCounts(0));
            assertEquals(10, brokerage.getCounts(0).total());
        }

        @Test
        void reversed_arcs_make_a_representative_and_a_gatekeeper() {
            assertEquals(new Counts(0, 0, 1, 0, 0), brokerage.getCounts(3));
            assertEquals(new Counts(0, 0, 0, 1, 0), brokerage.getCounts(4));
        }

        @Test
        void closed_and_returning_paths_broker_nothing() {
            assertEquals(new Counts(0, 0, 0, 0, 0), brokerage.getCounts(2));
            assertArrayEquals(new long[] {10, 0, 0, 1, 1, 0, 0}, brokerage.getTotals());
        }

        @Test
        void role_columns_are_indexed_by_vertex() {
            assertArrayEquals(new long[] {6, 0, 0, 1, 0, 0, 0}, brokerage.getRoleCounts(Role.REPRESENTATIVE));
            assertArrayEquals(new long[] {1, 0, 0, 0, 1, 0, 0}, brokerage.getRoleCounts(Role.GATEKEEPER));
            assertEquals(1, brokerage.getCounts(0).get(Role.LIAISON));
        }
    }

    @Nested
    class Undirected {
        @Test
        void an_undirected_path_counts_both_directions() {
            // 0 - 1 - 2, one group: 0->1->2 and 2->1->0 are open, both coordinator
            CsrGraph path =
                    new CsrGraph.Builder(3, false).addEdge(0, 1).addEdge(1, 2).build();
            Brokerage brokerage = new Brokerage(path, new int[] {A, A, A});
            assertArrayEquals(new long[] {0, 2, 0}, brokerage.getTotals());
            assertEquals(new Counts(2, 0, 0, 0, 0), brokerage.getCounts(1));
        }

        @Test
        void a_triangle_brokers_nothing() {
            CsrGraph triangle = new CsrGraph.Builder(3, false)
                    .addEdge(0, 1)
                    .addEdge(1, 2)
                    .addEdge(0, 2)
                    .build();
            assertArrayEquals(new long[] {0, 0, 0}, new Brokerage(triangle, new int[] {A, B, C}).getTotals());
        }
    }

    @Nested
    class AgainstBruteForce {
        @ParameterizedTest
        @ValueSource(longs = {1, 2, 3})
        void directed_random_graph_matches_triple_loop(long seed) {
            CsrGraph graph = randomGraph(70, 0.07, true, seed);
            int[] group = randomGroups(70, 4, seed);
            assertMatchesBruteForce(graph, group);
        }

        @ParameterizedTest
        @ValueSource(longs = {4, 5})
        void undirected_random_graph_matches_triple_loop(long seed) {
            CsrGraph graph = randomGraph(50, 0.1, false, seed);
            assertMatchesBruteForce(graph, randomGroups(50, 3, seed));
        }

        private void assertMatchesBruteForce(CsrGraph graph, int[] group) {
            Brokerage brokerage = new Brokerage(graph, group);
            long[][] expected = bruteForce(graph, group);
            for (Role role : Role.values()) {
                assertArrayEquals(expected[role.ordinal()], brokerage.getRoleCounts(role), role.name());
            }
        }

        /** Every ordered triple (a, v, b) of distinct vertices with a -> v -> b and no a -> b: O(n^3). */
        private long[][] bruteForce(CsrGraph graph, int[] g) {
            int n = graph.vertexCount();
            long[][] counts = new long[Role.values().length][n];
            for (int v = 0; v < n; v++) {
                for (int a = 0; a < n; a++) {
                    for (int b = 0; b < n; b++) {
                        if (a == v
                                || b == v
                                || a == b
                                || !graph.hasEdge(a, v)
                                || !graph.hasEdge(v, b)
                                || graph.hasEdge(a, b)) {
                            continue;
                        }
                        Role role;
                        if (g[a] == g[v] && g[v] == g[b]) {
                            role = Role.COORDINATOR;
                        } else if (g[a] == g[b]) {
                            role = Role.ITINERANT;
                        } else if (g[a] == g[v]) {
                            role = Role.REPRESENTATIVE;
                        } else if (g[v] == g[b]) {
                            role = Role.GATEKEEPER;
                        } else {
                            role = Role.LIAISON;
                        }
                        counts[role.ordinal()][v]++;
                    }
                }
            }
            return counts;
        }

        private CsrGraph randomGraph(int n, double p, boolean directed, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            CsrGraph.Builder builder = new CsrGraph.Builder(n, directed);
            for (int u = 0; u < n; u++) {
                for (int v = directed ? 0 : u + 1; v < n; v++) {
                    if (u != v && random.nextDouble() < p) {
                        builder.addEdge(u, v);
                    }
                }
            }
            return builder.build();
        }

        private int[] randomGroups(int n, int groups, long seed) {
            SplittableRandom random = new SplittableRandom(seed + 100);
            int[] group = new int[n];
            for (int v = 0; v < n; v++) {
                group[v] = random.nextInt(groups);
            }
            return group;
        }
    }

    @Nested
    class EdgeCases {
        @Test
        void empty_and_single_vertex_graphs_broker_nothing() {
            assertEquals(0, new Brokerage(new CsrGraph.Builder(0, true).build(), new int[0]).getTotals().length);
            assertArrayEquals(
                    new long[] {0}, new Brokerage(new CsrGraph.Builder(1, true).build(), new int[] {3}).getTotals());
        }

        @Test
        void groups_must_cover_every_vertex_and_be_non_negative() {
            CsrGraph graph = new CsrGraph.Builder(2, true).addEdge(0, 1).build();
            assertThrows(IllegalArgumentException.class, () -> new Brokerage(graph, new int[] {0}));
            assertThrows(IllegalArgumentException.class, () -> new Brokerage(graph, new int[] {0, -2}));
            assertThrows(IndexOutOfBoundsException.class, () -> new Brokerage(graph, new int[] {0, 1}).getCounts(2));
        }
    }
}
