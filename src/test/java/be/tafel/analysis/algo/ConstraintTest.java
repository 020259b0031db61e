package be.tafel.analysis.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConstraintTest {
    private static final double NX = 1e-6;
    private static final double EXACT = 1e-9;

    @Nested
    class AgainstNetworkX {
        static Stream<StructureReference> references() {
            return StructureReference.all();
        }

        @ParameterizedTest
        @MethodSource("references")
        void unweighted_constraint_matches_networkx_with_nan_where_networkx_has_nan(StructureReference reference) {
            Constraint holes = new Constraint(reference.graph().unweighted());
            assertArrayEquals(StructureReference.values(reference.constraint()), holes.getConstraint(), NX);
        }

        @ParameterizedTest
        @MethodSource("references")
        void weighted_constraint_matches_networkx(StructureReference reference) {
            Constraint holes = new Constraint(reference.graph());
            assertArrayEquals(StructureReference.values(reference.constraintWeighted()), holes.getConstraint(), NX);
        }

        @ParameterizedTest
        @MethodSource("references")
        void unweighted_effective_size_matches_networkx(StructureReference reference) {
            Constraint holes = new Constraint(reference.graph().unweighted());
            assertArrayEquals(StructureReference.values(reference.effectiveSize()), holes.getEffectiveSize(), NX);
        }

        @ParameterizedTest
        @MethodSource("references")
        void weighted_effective_size_matches_networkx(StructureReference reference) {
            Constraint holes = new Constraint(reference.graph());
            assertArrayEquals(
                    StructureReference.values(reference.effectiveSizeWeighted()), holes.getEffectiveSize(), NX);
        }
    }

    @Nested
    class HandMade {
        @Test
        void star_centre_is_unconstrained_and_leaves_fully_constrained() {
            // centre: 4 ties of p = 1/4, no indirect paths -> 4 * (1/4)^2 = 1/4, effective size 4;
            // leaf: one tie of p = 1 -> 1, effective size 1
            CsrGraph star = new CsrGraph.Builder(5, false)
                    .addEdge(0, 1)
                    .addEdge(0, 2)
                    .addEdge(0, 3)
                    .addEdge(0, 4)
                    .build();
            Constraint holes = new Constraint(star);
            assertArrayEquals(new double[] {0.25, 1, 1, 1, 1}, holes.getConstraint(), EXACT);
            assertArrayEquals(new double[] {4, 1, 1, 1, 1}, holes.getEffectiveSize(), EXACT);
        }

        @Test
        void triangle_ties_are_redundant() {
            // each tie: p = 1/2 direct + 1/2 * 1/2 indirect -> (3/4)^2, twice = 9/8; effective size 2 - 2*1/2 = 1
            CsrGraph triangle = new CsrGraph.Builder(3, false)
                    .addEdge(0, 1)
                    .addEdge(1, 2)
                    .addEdge(0, 2)
                    .build();
            Constraint holes = new Constraint(triangle);
            assertArrayEquals(new double[] {1.125, 1.125, 1.125}, holes.getConstraint(), EXACT);
            assertArrayEquals(new double[] {1, 1, 1}, holes.getEffectiveSize(), EXACT);
        }

        @Test
        void weights_shift_constraint_towards_the_strong_tie() {
            // path 1 - 0 - 2 with w(0,1) = 3, w(0,2) = 1: p = 3/4 and 1/4 -> 9/16 + 1/16 = 5/8
            CsrGraph path = new CsrGraph.Builder(3, false)
                    .addEdge(0, 1, 3)
                    .addEdge(0, 2, 1)
                    .build();
            assertEquals(0.625, new Constraint(path).getVertexConstraint(0), EXACT);
            assertEquals(0.5, new Constraint(path.unweighted()).getVertexConstraint(0), EXACT);
        }

        @Test
        void directed_ties_use_mutual_weights_of_both_arcs() {
            // 0 -> 1 and 1 -> 0 (mutual weight 2), 0 -> 2 (mutual weight 1): p(0,1) = 2/3, p(0,2) = 1/3
            // constraint(0) = 4/9 + 1/9 = 5/9
            CsrGraph graph = new CsrGraph.Builder(3, true)
                    .addEdge(0, 1)
                    .addEdge(1, 0)
                    .addEdge(0, 2)
                    .build();
            Constraint holes = new Constraint(graph);
            assertEquals(5.0 / 9, holes.getVertexConstraint(0), EXACT);
            assertEquals(1, holes.getVertexConstraint(1), EXACT);
        }
    }

    @Nested
    class Undefined {
        @Test
        void isolated_vertex_has_nan_constraint_and_effective_size() {
            CsrGraph graph = new CsrGraph.Builder(3, false).addEdge(0, 1).build();
            Constraint holes = new Constraint(graph);
            assertTrue(Double.isNaN(holes.getVertexConstraint(2)));
            assertTrue(Double.isNaN(holes.getVertexEffectiveSize(2)));
            assertFalse(Double.isNaN(holes.getVertexConstraint(0)));
        }

        @Test
        void directed_vertex_without_successors_is_nan_as_in_networkx() {
            // 2 only receives: NetworkX tests len(G[v]) == 0, i.e. successors only
            CsrGraph graph = new CsrGraph.Builder(3, true)
                    .addEdge(0, 1)
                    .addEdge(1, 0)
                    .addEdge(0, 2)
                    .build();
            Constraint holes = new Constraint(graph);
            assertTrue(Double.isNaN(holes.getVertexConstraint(2)));
            assertTrue(Double.isNaN(holes.getVertexEffectiveSize(2)));
        }

        @Test
        void empty_graph_has_no_scores() {
            Constraint holes = new Constraint(new CsrGraph.Builder(0, false).build());
            assertEquals(0, holes.getConstraint().length);
            assertEquals(0, holes.getEffectiveSize().length);
        }
    }

    @Nested
    class FromTheDefinition {
        /** Random graphs, weighted and unweighted, directed and undirected, some with isolated vertices. */
        static Stream<CsrGraph> randomGraphs() {
            java.util.Random random = new java.util.Random(20261124);
            return java.util.stream.IntStream.range(0, 60).mapToObj(i -> {
                int n = 2 + random.nextInt(40);
                boolean directed = i % 2 == 1;
                double density = 0.05 + random.nextDouble() * 0.6;
                CsrGraph.Builder builder = new CsrGraph.Builder(n, directed);
                for (int u = 0; u < n; u++) {
                    for (int v = directed ? 0 : u + 1; v < n; v++) {
                        if (u != v && random.nextDouble() < density) {
                            builder.addEdge(u, v, i % 3 == 0 ? 1 : 1 + random.nextInt(5));
                        }
                    }
                }
                return builder.build();
            });
        }

        @ParameterizedTest
        @MethodSource("randomGraphs")
        void every_thread_count_gives_the_definition(CsrGraph graph) {
            double[][] expected = byDefinition(graph);
            for (int threads : new int[] {1, 2, 3}) {
                Constraint holes = new Constraint(graph, threads, 0);
                assertArrayEquals(expected[0], holes.getConstraint(), EXACT, threads + " threads, constraint");
                assertArrayEquals(expected[1], holes.getEffectiveSize(), EXACT, threads + " threads, effective size");
            }
        }

        static Stream<CsrGraph> undirectedRandomGraphs() {
            return randomGraphs().filter(graph -> !graph.isDirected());
        }

        @ParameterizedTest
        @MethodSource("undirectedRandomGraphs")
        void bit_rows_give_the_definition_on_undirected_graphs_of_equal_weights(CsrGraph graph) {
            CsrGraph plain = graph.unweighted();
            double[][] expected = byDefinition(plain);
            for (int threads : new int[] {1, 2, 3}) {
                Constraint holes = new Constraint(plain, threads, 0, Constraint.Path.BIT_ROWS);
                assertArrayEquals(expected[0], holes.getConstraint(), EXACT, threads + " threads, constraint");
                assertArrayEquals(expected[1], holes.getEffectiveSize(), EXACT, threads + " threads, effective size");
            }
        }

        @Test
        void bit_rows_are_chosen_only_for_dense_undirected_graphs_of_equal_weights() {
            assertFalse(Constraint.bitRowsPay(TestGraphs.path(100)), "sparse");
            CsrGraph.Builder weighted = new CsrGraph.Builder(100, false);
            for (int u = 0; u < 100; u++) {
                for (int v = u + 1; v < 100; v++) {
                    weighted.addEdge(u, v, u == 0 ? 2 : 1);
                }
            }
            assertFalse(Constraint.bitRowsPay(weighted.build()), "weights differ");
            assertTrue(Constraint.bitRowsPay(weighted.build().unweighted()));
        }

        @ParameterizedTest
        @MethodSource("randomGraphs")
        void a_thread_count_always_gives_the_same_bits(CsrGraph graph) {
            assertArrayEquals(new Constraint(graph, 2, 0).getConstraint(), new Constraint(graph, 2, 0).getConstraint());
        }

        /** Both measures summed term by term over the mutual-weight matrix, as the class comment writes them. */
        private static double[][] byDefinition(CsrGraph graph) {
            int n = graph.vertexCount();
            double[][] m = new double[n][n];
            for (int u = 0; u < n; u++) {
                for (int i = graph.out().offsets()[u]; i < graph.out().offsets()[u + 1]; i++) {
                    int v = graph.out().targets()[i];
                    m[u][v] += graph.out().weights()[i];
                    if (graph.isDirected()) {
                        m[v][u] += graph.out().weights()[i];
                    }
                }
            }
            double[] total = new double[n];
            double[] max = new double[n];
            for (int u = 0; u < n; u++) {
                for (int v = 0; v < n; v++) {
                    total[u] += m[u][v];
                    max[u] = Math.max(max[u], m[u][v]);
                }
            }
            double[] constraint = new double[n];
            double[] effective = new double[n];
            for (int v = 0; v < n; v++) {
                if (graph.out().degree(v) == 0) {
                    constraint[v] = Double.NaN;
                    effective[v] = Double.NaN;
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    if (m[v][j] == 0) {
                        continue;
                    }
                    double local = m[v][j] / total[v];
                    double redundancy = 0;
                    for (int q = 0; q < n; q++) {
                        if (m[v][q] > 0 && q != j) {
                            local += m[v][q] / total[v] * m[q][j] / total[q];
                            redundancy += m[v][q] / total[v] * m[j][q] / max[j];
                        }
                    }
                    constraint[v] += local * local;
                    effective[v] += 1 - redundancy;
                }
            }
            return new double[][] {constraint, effective};
        }
    }
}
