package be.tafel.analysis.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LouvainTest {
    private static final long SEED = 42;

    @Nested
    class Karate {
        private final CsrGraph karate = StructureReference.load("karate").graph();

        @Test
        void reaches_modularity_of_at_least_0_41() {
            assertTrue(new Louvain(karate, SEED).getModularity() >= 0.41);
        }

        @Test
        void most_seeds_reach_0_41_as_networkx_does() {
            // NetworkX's louvain_communities gives 0.395 to 0.420 on karate (0.395 for 2 seeds in 30)
            long good = LongStream.range(0, 20)
                    .filter(s -> new Louvain(karate, s).getModularity() >= 0.41)
                    .count();
            assertTrue(good >= 18, good + " of 20 seeds reach 0.41");
        }

        @Test
        void weighted_karate_reaches_the_networkx_range_for_most_seeds() {
            // NetworkX's Louvain on the strength-weighted club: 0.427 to 0.445 over 30 seeds; here 3 seeds in 60
            // stop at 0.418, the same local optimum NetworkX can reach
            CsrGraph weighted = StructureReference.load("karate-weighted").graph();
            long good = LongStream.range(0, 20)
                    .filter(s -> new Louvain(weighted, s).getModularity() >= 0.42)
                    .count();
            assertTrue(good >= 18, good + " of 20 seeds reach 0.42");
        }

        @Test
        void the_same_seed_gives_the_same_partition() {
            Louvain first = new Louvain(karate, SEED);
            Louvain second = new Louvain(karate, SEED);
            assertArrayEquals(first.getCommunities(), second.getCommunities());
            assertEquals(first.getModularity(), second.getModularity(), 0);
        }

        @Test
        void reported_modularity_is_that_of_the_returned_partition() {
            Louvain louvain = new Louvain(karate, SEED);
            assertEquals(new Modularity(karate).modularity(louvain.getCommunities()), louvain.getModularity(), 0);
        }
    }

    @Nested
    class AgainstNetworkX {
        static Stream<StructureReference> connected() {
            return StructureReference.all().filter(r -> r.louvainModularity() != null);
        }

        @ParameterizedTest
        @MethodSource("connected")
        void modularity_is_within_0_02_of_networkx_louvain(StructureReference reference) {
            // NetworkX's Louvain over 5 seeds, on the unweighted undirected graph; ours with one seed
            double worstNx = reference.louvainModularity().stream()
                    .mapToDouble(Double::doubleValue)
                    .min()
                    .orElseThrow();
            Louvain louvain = new Louvain(reference.graph().undirected().unweighted(), SEED);
            assertTrue(louvain.getModularity() >= worstNx - 0.02, louvain.getModularity() + " vs " + worstNx);
        }
    }

    @Nested
    class Numbering {
        @ParameterizedTest
        @ValueSource(longs = {1, 2, 3})
        void communities_are_numbered_by_size_then_smallest_vertex(long seed) {
            int[] community = new Louvain(LinkPredictionTest.randomGraph(300, 900, 10, seed), seed).getCommunities();
            int count = 0;
            for (int c : community) {
                count = Math.max(count, c + 1);
            }
            int[] size = new int[count];
            int[] smallest = new int[count];
            java.util.Arrays.fill(smallest, Integer.MAX_VALUE);
            for (int v = 0; v < community.length; v++) {
                size[community[v]]++;
                smallest[community[v]] = Math.min(smallest[community[v]], v);
            }
            for (int c = 1; c < count; c++) {
                assertTrue(size[c] > 0);
                assertTrue(size[c - 1] > size[c] || (size[c - 1] == size[c] && smallest[c - 1] < smallest[c]));
            }
        }
    }

    @Nested
    class HandMade {
        @Test
        void two_cliques_joined_by_one_edge_become_two_communities() {
            CsrGraph.Builder builder = new CsrGraph.Builder(10, false);
            for (int side = 0; side < 2; side++) {
                for (int u = 0; u < 5; u++) {
                    for (int v = u + 1; v < 5; v++) {
                        builder.addEdge(side * 5 + u, side * 5 + v);
                    }
                }
            }
            builder.addEdge(4, 5);
            for (long seed = 0; seed < 10; seed++) {
                Louvain louvain = new Louvain(builder.build(), seed);
                assertArrayEquals(new int[] {0, 0, 0, 0, 0, 1, 1, 1, 1, 1}, louvain.getCommunities());
                assertEquals(2, louvain.getCommunityCount());
            }
        }

        @Test
        void weights_decide_which_pairs_of_a_square_belong_together() {
            // square 0-1-2-3-0; heavy 0-1 and 2-3 pair them, heavy 1-2 and 3-0 pair the other way
            CsrGraph a = new CsrGraph.Builder(4, false)
                    .addEdge(0, 1, 10)
                    .addEdge(1, 2, 1)
                    .addEdge(2, 3, 10)
                    .addEdge(3, 0, 1)
                    .build();
            CsrGraph b = new CsrGraph.Builder(4, false)
                    .addEdge(0, 1, 1)
                    .addEdge(1, 2, 10)
                    .addEdge(2, 3, 1)
                    .addEdge(3, 0, 10)
                    .build();
            assertArrayEquals(new int[] {0, 0, 1, 1}, new Louvain(a, SEED).getCommunities());
            assertArrayEquals(new int[] {0, 1, 1, 0}, new Louvain(b, SEED).getCommunities());
        }

        @Test
        void directed_graph_is_symmetrised() {
            CsrGraph directed = new CsrGraph.Builder(6, true)
                    .addEdge(0, 1)
                    .addEdge(1, 2)
                    .addEdge(2, 0)
                    .addEdge(3, 4)
                    .addEdge(4, 5)
                    .addEdge(5, 3)
                    .addEdge(2, 3)
                    .build();
            Louvain louvain = new Louvain(directed, SEED);
            assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1}, louvain.getCommunities());
            assertEquals(6.0 / 7 - 0.5, louvain.getModularity(), 1e-12);
        }

        @Test
        void several_levels_aggregate_a_ring_of_cliques() {
            // 30 triangles in a ring: the first level finds the triangles, later levels merge neighbours
            int k = 30;
            CsrGraph.Builder builder = new CsrGraph.Builder(3 * k, false);
            for (int t = 0; t < k; t++) {
                builder.addEdge(3 * t, 3 * t + 1).addEdge(3 * t + 1, 3 * t + 2).addEdge(3 * t, 3 * t + 2);
                builder.addEdge(3 * t + 2, (3 * t + 3) % (3 * k));
            }
            Louvain louvain = new Louvain(builder.build(), SEED);
            assertTrue(louvain.getLevelCount() >= 2, "levels: " + louvain.getLevelCount());
            assertTrue(louvain.getCommunityCount() < k);
            for (int t = 0; t < k; t++) {
                assertEquals(louvain.getCommunity(3 * t), louvain.getCommunity(3 * t + 2), "a triangle stays together");
            }
        }
    }

    @Nested
    class EdgeCases {
        @Test
        void graph_without_edges_keeps_every_vertex_alone_with_nan_modularity() {
            Louvain louvain = new Louvain(new CsrGraph.Builder(3, false).build(), SEED);
            assertArrayEquals(new int[] {0, 1, 2}, louvain.getCommunities());
            assertEquals(Double.NaN, louvain.getModularity());
        }

        @Test
        void empty_graph_has_no_communities() {
            Louvain louvain = new Louvain(new CsrGraph.Builder(0, false).build(), SEED);
            assertEquals(0, louvain.getCommunities().length);
            assertEquals(0, louvain.getCommunityCount());
        }

        @Test
        void isolated_vertices_stay_alone_behind_the_real_communities() {
            CsrGraph graph = new CsrGraph.Builder(5, false)
                    .addEdge(1, 2)
                    .addEdge(2, 3)
                    .addEdge(1, 3)
                    .build();
            assertArrayEquals(new int[] {1, 0, 0, 0, 2}, new Louvain(graph, SEED).getCommunities());
        }

        @Test
        void large_planted_graph_is_deterministic_and_near_the_planted_modularity() {
            SplittableRandom random = new SplittableRandom(7);
            CsrGraph.Builder builder = new CsrGraph.Builder(5000, false);
            for (int e = 0; e < 20000; e++) {
                int u = random.nextInt(5000);
                int v = random.nextInt(10) < 8 ? (u / 50) * 50 + random.nextInt(50) : random.nextInt(5000);
                builder.addEdge(u, v, 1 + random.nextInt(3));
            }
            CsrGraph graph = builder.build();
            int[] planted = new int[5000];
            for (int v = 0; v < planted.length; v++) {
                planted[v] = v / 50;
            }
            double plantedModularity = new Modularity(graph).modularity(planted);
            Louvain first = new Louvain(graph, 3);
            assertArrayEquals(first.getCommunities(), new Louvain(graph, 3).getCommunities());
            assertTrue(
                    first.getModularity() >= plantedModularity - 0.02,
                    "planted 100 groups of 50: " + plantedModularity + ", found " + first.getModularity());
        }
    }
}
