package be.tafel.analysis.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.analysis.algo.LinkPrediction.Method;
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
                    .flatMap(r -> Stream.of(Method.values()).map(m -> Arguments.of(r, m)));
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
