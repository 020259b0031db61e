package be.tafel.analysis.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.analysis.algo.LinkPrediction.Method;
import be.tafel.analysis.algo.LinkPrediction.Path;
import be.tafel.analysis.algo.LinkPrediction.Prediction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class LinkPredictionTest {
    private static final double NX = 1e-6;
    private static final double EXACT = 1e-12;

    private static final Map<Method, String> NX_NAMES = Map.of(
            Method.COMMON_NEIGHBOURS, "commonNeighbours",
            Method.JACCARD, "jaccard",
            Method.ADAMIC_ADAR, "adamicAdar",
            Method.RESOURCE_ALLOCATION, "resourceAllocation",
            Method.PREFERENTIAL_ATTACHMENT, "preferentialAttachment");

    /** One scored pair as the test ranks it: by rank key descending, then (u, v) ascending. */
    private record Scored(int u, int v, double score, double key) {}

    private static final Comparator<Scored> RANKING = Comparator.comparingDouble((Scored s) -> -s.key())
            .thenComparingInt(Scored::u)
            .thenComparingInt(Scored::v);

    private static double rankKey(Method method, double score) {
        boolean sum = method == Method.ADAMIC_ADAR || method == Method.RESOURCE_ALLOCATION;
        return sum ? Math.rint(score / LinkPrediction.RANK_RESOLUTION) : score;
    }

    @Nested
    class AgainstNetworkX {
        static Stream<Arguments> referencesAndMethods() {
            return StructureReference.all()
                    .flatMap(r -> NX_NAMES.keySet().stream().sorted().map(m -> Arguments.of(r, m)));
        }

        static Stream<StructureReference> references() {
            return StructureReference.all();
        }

        @ParameterizedTest
        @MethodSource("referencesAndMethods")
        void every_non_adjacent_pair_scores_as_networkx(StructureReference reference, Method method) {
            LinkPrediction prediction = new LinkPrediction(reference.graph());
            List<int[]> pairs = reference.linkPrediction().pairs();
            List<Double> expected = reference.linkPrediction().scores().get(NX_NAMES.get(method));
            assertEquals(pairs.size(), prediction.nonAdjacentPairCount());
            for (int i = 0; i < pairs.size(); i++) {
                int u = pairs.get(i)[0];
                int v = pairs.get(i)[1];
                assertEquals(expected.get(i), prediction.score(method, u, v), NX, () -> method + " " + u + "-" + v);
                assertEquals(expected.get(i), prediction.score(method, v, u), NX, "score is symmetric");
            }
        }

        @ParameterizedTest
        @MethodSource("references")
        void common_neighbours_are_the_networkx_sets(StructureReference reference) {
            LinkPrediction prediction = new LinkPrediction(reference.graph());
            List<int[]> pairs = reference.linkPrediction().pairs();
            for (int i = 0; i < pairs.size(); i++) {
                assertArrayEquals(
                        reference.linkPrediction().commonNeighbours().get(i),
                        prediction.commonNeighbours(pairs.get(i)[0], pairs.get(i)[1]));
            }
        }

        @ParameterizedTest
        @MethodSource("referencesAndMethods")
        void top_of_all_pairs_ranks_networkx_scores_by_score_then_pair(StructureReference reference, Method method) {
            List<int[]> pairs = reference.linkPrediction().pairs();
            List<Double> scores = reference.linkPrediction().scores().get(NX_NAMES.get(method));
            List<Scored> expected = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                double s = scores.get(i);
                expected.add(new Scored(pairs.get(i)[0], pairs.get(i)[1], s, rankKey(method, s)));
            }
            expected.sort(RANKING);

            List<Prediction> top = new LinkPrediction(reference.graph()).top(method, Integer.MAX_VALUE);

            assertEquals(expected.size(), top.size());
            for (int i = 0; i < top.size(); i++) {
                Scored want = expected.get(i);
                Prediction got = top.get(i);
                assertEquals(want.u() + "-" + want.v(), got.u() + "-" + got.v(), "pair at rank " + i);
                assertEquals(want.score(), got.score(), NX);
            }
        }
    }

    @Nested
    class AgainstBruteForce {
        /** 400 vertices, 1,200 random edges, a dense core and 30 isolated vertices: many ties. */
        private final CsrGraph graph = randomGraph(400, 1200, 30, 5);

        @ParameterizedTest
        @EnumSource(Method.class)
        void top_k_equals_sorting_every_pair(Method method) {
            LinkPrediction prediction = new LinkPrediction(graph);
            List<Scored> all = new ArrayList<>();
            for (int u = 0; u < graph.vertexCount(); u++) {
                for (int v = u + 1; v < graph.vertexCount(); v++) {
                    if (!graph.hasEdge(u, v)) {
                        double s = prediction.score(method, u, v);
                        all.add(new Scored(u, v, s, rankKey(method, s)));
                    }
                }
            }
            all.sort(RANKING);
            long positive = all.stream().filter(s -> s.score() > 0).count();
            for (int k : new int[] {0, 1, 7, 100, 1000, (int) positive, (int) positive + 50, all.size()}) {
                List<Prediction> top = prediction.top(method, k);
                assertEquals(Math.min(k, all.size()), top.size());
                for (int i = 0; i < top.size(); i++) {
                    Scored want = all.get(i);
                    Prediction got = top.get(i);
                    assertEquals(want.u() + "-" + want.v(), got.u() + "-" + got.v(), method + " k=" + k + " rank " + i);
                    assertEquals(want.score(), got.score(), 0, "top and score agree to the bit");
                }
            }
        }

        @Test
        void predictions_carry_their_common_neighbours() {
            LinkPrediction prediction = new LinkPrediction(graph);
            for (Prediction p : prediction.top(Method.ADAMIC_ADAR, 50)) {
                int[] common = p.commonNeighbours();
                assertArrayEquals(prediction.commonNeighbours(p.u(), p.v()), common);
                assertTrue(common.length > 0);
                for (int w : common) {
                    assertTrue(graph.hasEdge(p.u(), w) && graph.hasEdge(p.v(), w));
                }
            }
        }
    }

    @Nested
    class HandMade {
        /** Path 0 - 1 - 2 - 3 and triangle-free: pairs at distance 2 are (0,2) and (1,3). */
        private final CsrGraph path = new CsrGraph.Builder(4, false)
                .addEdge(0, 1)
                .addEdge(1, 2)
                .addEdge(2, 3)
                .build();

        @Test
        void pairs_at_distance_two_come_first_then_zeros_in_pair_order() {
            // (0,2): one common neighbour 1 of degree 2 -> AA 1/ln 2; (1,3): common 2 of degree 2 -> same
            List<Prediction> top = new LinkPrediction(path).top(Method.ADAMIC_ADAR, 10);
            assertEquals(3, top.size());
            assertEquals(
                    List.of("0-2", "1-3", "0-3"),
                    top.stream().map(p -> p.u() + "-" + p.v()).toList());
            assertEquals(1 / Math.log(2), top.get(0).score(), EXACT);
            assertEquals(0, top.get(2).score());
            assertArrayEquals(new int[0], top.get(2).commonNeighbours());
        }

        @Test
        void jaccard_and_resource_allocation_by_hand() {
            LinkPrediction prediction = new LinkPrediction(path);
            // N(0) = {1}, N(2) = {1, 3}: 1 common of 2 in the union
            assertEquals(0.5, prediction.score(Method.JACCARD, 0, 2), EXACT);
            assertEquals(0.5, prediction.score(Method.RESOURCE_ALLOCATION, 0, 2), EXACT);
            assertEquals(2, prediction.score(Method.PREFERENTIAL_ATTACHMENT, 0, 2), EXACT);
            assertEquals(0, prediction.score(Method.COMMON_NEIGHBOURS, 0, 3), EXACT);
        }

        @Test
        void the_five_ratio_scores_by_hand() {
            // N(0) = {2, 3, 4}, N(1) = {2, 3, 5, 6, 7}: 2 common neighbours, degrees 3 and 5
            CsrGraph g = new CsrGraph.Builder(8, false)
                    .addEdge(0, 2)
                    .addEdge(0, 3)
                    .addEdge(0, 4)
                    .addEdge(1, 2)
                    .addEdge(1, 3)
                    .addEdge(1, 5)
                    .addEdge(1, 6)
                    .addEdge(1, 7)
                    .build();
            LinkPrediction prediction = new LinkPrediction(g);
            assertEquals(2 / 3.872983346207417, prediction.score(Method.SALTON, 0, 1), 1e-15); // 2 / sqrt(15)
            assertEquals(0.5, prediction.score(Method.SORENSEN, 0, 1), EXACT); // 2 * 2 / (3 + 5)
            assertEquals(2.0 / 3, prediction.score(Method.HUB_PROMOTED, 0, 1), EXACT); // 2 / min
            assertEquals(0.4, prediction.score(Method.HUB_DEPRESSED, 0, 1), EXACT); // 2 / max
            assertEquals(2.0 / 15, prediction.score(Method.LEICHT_HOLME_NEWMAN, 0, 1), EXACT); // 2 / (3 * 5)
            assertEquals(
                    prediction.score(Method.LEICHT_HOLME_NEWMAN, 0, 1),
                    prediction.score(Method.LEICHT_HOLME_NEWMAN, 1, 0));
            // 4 and 5 share nothing; an isolated vertex scores 0 where JGraphT throws
            CsrGraph withIsolated = new CsrGraph.Builder(3, false).addEdge(0, 1).build();
            for (Method method : List.of(
                    Method.SALTON,
                    Method.SORENSEN,
                    Method.HUB_PROMOTED,
                    Method.HUB_DEPRESSED,
                    Method.LEICHT_HOLME_NEWMAN)) {
                assertEquals(0, prediction.score(method, 4, 5), EXACT);
                assertEquals(0, new LinkPrediction(withIsolated).score(method, 0, 2), EXACT);
            }
        }

        @Test
        void adjacent_pairs_can_be_scored_but_never_ranked() {
            LinkPrediction prediction = new LinkPrediction(path);
            assertEquals(0, prediction.score(Method.COMMON_NEIGHBOURS, 0, 1));
            assertEquals(4, prediction.score(Method.PREFERENTIAL_ATTACHMENT, 1, 2));
            assertTrue(prediction.top(Method.PREFERENTIAL_ATTACHMENT, 10).stream()
                    .noneMatch(p -> path.hasEdge(p.u(), p.v())));
        }

        @Test
        void preferential_attachment_ties_go_to_the_smaller_pair() {
            // degrees 1, 2, 2, 1: non-adjacent (0,2)=2, (1,3)=2, (0,3)=1
            List<Prediction> top = new LinkPrediction(path).top(Method.PREFERENTIAL_ATTACHMENT, 3);
            assertEquals(
                    List.of("0-2", "1-3", "0-3"),
                    top.stream().map(p -> p.u() + "-" + p.v()).toList());
        }

        @Test
        void directed_graph_is_read_undirected() {
            CsrGraph directed =
                    new CsrGraph.Builder(3, true).addEdge(0, 1).addEdge(2, 1).build();
            assertEquals(1, new LinkPrediction(directed).score(Method.COMMON_NEIGHBOURS, 0, 2));
        }
    }

    @Nested
    class EdgeCases {
        @Test
        void complete_graph_and_tiny_graphs_have_nothing_to_predict() {
            CsrGraph triangle = new CsrGraph.Builder(3, false)
                    .addEdge(0, 1)
                    .addEdge(1, 2)
                    .addEdge(0, 2)
                    .build();
            for (Method method : Method.values()) {
                assertEquals(List.of(), new LinkPrediction(triangle).top(method, 5));
                assertEquals(List.of(), new LinkPrediction(new CsrGraph.Builder(0, false).build()).top(method, 5));
                assertEquals(List.of(), new LinkPrediction(new CsrGraph.Builder(1, false).build()).top(method, 5));
            }
        }

        @Test
        void isolated_vertices_score_zero_and_rank_in_pair_order() {
            CsrGraph graph = new CsrGraph.Builder(4, false).addEdge(0, 1).build();
            for (Method method : Method.values()) {
                List<Prediction> top = new LinkPrediction(graph).top(method, 10);
                assertEquals(
                        List.of("0-2", "0-3", "1-2", "1-3", "2-3"),
                        top.stream().map(p -> p.u() + "-" + p.v()).toList(),
                        method.name());
                assertTrue(top.stream().allMatch(p -> p.score() == 0));
            }
        }

        @Test
        void bad_arguments_are_refused() {
            LinkPrediction prediction = new LinkPrediction(
                    new CsrGraph.Builder(3, false).addEdge(0, 1).build());
            assertThrows(IllegalArgumentException.class, () -> prediction.score(Method.JACCARD, 1, 1));
            assertThrows(IndexOutOfBoundsException.class, () -> prediction.score(Method.JACCARD, 0, 3));
            assertThrows(IllegalArgumentException.class, () -> prediction.top(Method.JACCARD, -1));
        }

        @Test
        void results_are_unmodifiable_and_copies() {
            LinkPrediction prediction = new LinkPrediction(
                    new CsrGraph.Builder(3, false).addEdge(0, 1).addEdge(1, 2).build());
            List<Prediction> top = prediction.top(Method.COMMON_NEIGHBOURS, 1);
            assertThrows(UnsupportedOperationException.class, () -> top.add(top.get(0)));
            top.get(0).commonNeighbours()[0] = 99;
            assertArrayEquals(new int[] {1}, top.get(0).commonNeighbours());
        }
    }

    @Nested
    class BitRowsAgainstPathsOfLengthTwo {
        private static final Method[] SCORED = {
            Method.COMMON_NEIGHBOURS, Method.JACCARD, Method.ADAMIC_ADAR, Method.RESOURCE_ALLOCATION
        };

        /** A named graph for the parameterized test. */
        record Case(String name, CsrGraph graph) {
            @Override
            public String toString() {
                return name;
            }
        }

        static Stream<Case> graphs() {
            List<Case> cases = new ArrayList<>();
            int[] sizes = {2, 3, 5, 17, 63, 64, 65, 100, 129, 160};
            double[] densities = {0.02, 0.1, 0.3, 0.6, 0.9};
            long seed = 1;
            for (int n : sizes) {
                for (double p : densities) {
                    seed++;
                    cases.add(new Case("gnp n=" + n + " p=" + p + " seed=" + seed, gnp(n, p, n / 10, seed)));
                }
            }
            for (long s = 0; s < 4; s++) {
                cases.add(new Case("core and isolated seed=" + s, randomGraph(150, 900 + 400 * (int) s, 12, s)));
            }
            cases.add(new Case("complete 40", complete(40, 0)));
            cases.add(new Case("complete 70 and 5 isolated", complete(75, 5)));
            cases.add(new Case("complete bipartite 30 x 45", completeBipartite(30, 45)));
            cases.add(new Case("complete bipartite 70 x 70", completeBipartite(70, 70)));
            cases.add(new Case("three disjoint cliques", cliques(3, 25)));
            cases.add(new Case("path 90", TestGraphs.path(90)));
            cases.add(new Case("star 80", star(80)));
            cases.add(new Case("no edges 30", new CsrGraph.Builder(30, false).build()));
            cases.add(new Case("complete minus a matching 66", completeMinusMatching(66)));
            return cases.stream();
        }

        @ParameterizedTest
        @MethodSource("graphs")
        void both_paths_give_the_same_top_k(Case graphCase) {
            CsrGraph graph = graphCase.graph();
            LinkPrediction paths = new LinkPrediction(graph, Path.PATHS_OF_LENGTH_TWO, 1);
            List<LinkPrediction> bitRows = List.of(
                    new LinkPrediction(graph, Path.BIT_ROWS, 1),
                    new LinkPrediction(graph, Path.BIT_ROWS, 2),
                    new LinkPrediction(graph, Path.BIT_ROWS, 3));
            int nonAdjacent = (int) paths.nonAdjacentPairCount();
            for (Method method : SCORED) {
                List<Prediction> all = paths.top(method, Integer.MAX_VALUE);
                assertEquals(nonAdjacent, all.size());
                int positive = (int) all.stream().filter(p -> p.score() > 0).count();
                int[] ks = {
                    0,
                    1,
                    2,
                    7,
                    20,
                    positive / 2,
                    positive,
                    positive + 1,
                    positive + 9,
                    nonAdjacent - 1,
                    nonAdjacent,
                    nonAdjacent + 5,
                    Integer.MAX_VALUE
                };
                for (int k : ks) {
                    List<Prediction> expected = k >= nonAdjacent ? all : paths.top(method, Math.max(k, 0));
                    for (int t = 0; t < bitRows.size(); t++) {
                        assertEquals(
                                expected,
                                bitRows.get(t).top(method, Math.max(k, 0)),
                                graphCase + " " + method + " k=" + k + " threads=" + (t + 1));
                    }
                }
            }
        }

        @Test
        void ties_cut_by_k_are_decided_by_pair_on_both_paths() {
            // K(30, 45): the 435 pairs of the small side tie, then the 990 of the large side (all 1425
            // tie for Jaccard), and k = 500 cuts through the second block
            CsrGraph graph = completeBipartite(30, 45);
            for (Method method : SCORED) {
                List<Prediction> top = new LinkPrediction(graph, Path.BIT_ROWS, 2).top(method, 500);
                assertEquals(new LinkPrediction(graph, Path.PATHS_OF_LENGTH_TWO, 1).top(method, 500), top);
                assertEquals("0-1", top.get(0).u() + "-" + top.get(0).v(), method.name());
                assertEquals("30-31", top.get(435).u() + "-" + top.get(435).v(), method.name());
                assertEquals("31-52", top.get(499).u() + "-" + top.get(499).v(), method.name());
            }
        }

        @Test
        void the_choice_follows_density() {
            assertTrue(new LinkPrediction(gnp(300, 0.3, 0, 7)).usesBitRows());
            assertFalse(new LinkPrediction(gnp(300, 0.01, 0, 7)).usesBitRows());
            assertFalse(new LinkPrediction(TestGraphs.path(5000)).usesBitRows());
        }

        @Test
        void the_public_constructor_matches_the_reference_on_a_dense_graph() {
            CsrGraph graph = gnp(400, 0.4, 20, 11);
            LinkPrediction chosen = new LinkPrediction(graph);
            LinkPrediction paths = new LinkPrediction(graph, Path.PATHS_OF_LENGTH_TWO, 1);
            for (Method method : Method.values()) {
                assertEquals(paths.top(method, 50), chosen.top(method, 50), method.name());
            }
        }

        /** G(n, p) on the first {@code n - isolated} vertices, which are shuffled so ids do not follow degree. */
        static CsrGraph gnp(int n, double p, int isolated, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            CsrGraph.Builder builder = new CsrGraph.Builder(n, false);
            int connected = n - isolated;
            for (int u = 0; u < connected; u++) {
                // a per-vertex density spreads the degrees, so rank order differs from id order
                double pu = p * (0.5 + random.nextDouble());
                for (int v = u + 1; v < connected; v++) {
                    if (random.nextDouble() < pu) {
                        builder.addEdge(u, v);
                    }
                }
            }
            return builder.build();
        }

        static CsrGraph complete(int n, int isolated) {
            CsrGraph.Builder builder = new CsrGraph.Builder(n, false);
            for (int u = isolated; u < n; u++) {
                for (int v = u + 1; v < n; v++) {
                    builder.addEdge(u, v);
                }
            }
            return builder.build();
        }

        static CsrGraph completeBipartite(int a, int b) {
            CsrGraph.Builder builder = new CsrGraph.Builder(a + b, false);
            for (int u = 0; u < a; u++) {
                for (int v = a; v < a + b; v++) {
                    builder.addEdge(u, v);
                }
            }
            return builder.build();
        }

        static CsrGraph cliques(int count, int size) {
            CsrGraph.Builder builder = new CsrGraph.Builder(count * size, false);
            for (int c = 0; c < count; c++) {
                for (int u = 0; u < size; u++) {
                    for (int v = u + 1; v < size; v++) {
                        builder.addEdge(c * size + u, c * size + v);
                    }
                }
                builder.addEdge(c * size, ((c + 1) % count) * size + 1); // bridges give distance-2 pairs
            }
            return builder.build();
        }

        static CsrGraph star(int n) {
            CsrGraph.Builder builder = new CsrGraph.Builder(n, false);
            for (int v = 1; v < n; v++) {
                builder.addEdge(0, v);
            }
            return builder.build();
        }

        static CsrGraph completeMinusMatching(int n) {
            CsrGraph.Builder builder = new CsrGraph.Builder(n, false);
            for (int u = 0; u < n; u++) {
                for (int v = u + 1; v < n; v++) {
                    if (!(u % 2 == 0 && v == u + 1)) {
                        builder.addEdge(u, v);
                    }
                }
            }
            return builder.build();
        }
    }

    /** A seeded graph: {@code core} vertices densely tied, the rest random, the last {@code isolated} alone. */
    static CsrGraph randomGraph(int n, int edges, int isolated, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CsrGraph.Builder builder = new CsrGraph.Builder(n, false);
        int connected = n - isolated;
        for (int u = 0; u < 12; u++) {
            for (int v = u + 1; v < 12; v++) {
                if (random.nextInt(3) > 0) {
                    builder.addEdge(u, v);
                }
            }
        }
        for (int e = 0; e < edges; e++) {
            builder.addEdge(random.nextInt(connected), random.nextInt(connected));
        }
        return builder.build();
    }
}
