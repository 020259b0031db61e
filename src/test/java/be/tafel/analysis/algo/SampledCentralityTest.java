package be.tafel.analysis.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SampledCentralityTest {
    /**
     * Mid-size graphs, a few thousand vertices: the sample (about 2,000 sources at epsilon 0.05) is
     * smaller than the exact pass, and the exact pass still takes well under a second.
     */
    static Stream<Arguments> graphs() {
        return Stream.of(
                Arguments.of(
                        "ten clusters held together by one broker",
                        TestGraphs.clustersWithBroker(10, 300, 42),
                        PathLength.HOPS),
                Arguments.of(
                        "uniform random, sparse",
                        TestGraphs.random(3000, 7500, false, 5).unweighted(),
                        PathLength.HOPS),
                Arguments.of(
                        "directed, weighted", TestGraphs.random(4000, 16000, true, 11), PathLength.INVERSE_WEIGHT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void every_sampled_score_is_within_its_stated_bound_of_the_exact_one(
            String name, CsrGraph graph, PathLength length) {
        ShortestPathCentrality exact = new ShortestPathCentrality(graph, length, 2);
        SampledCentrality sampled = new SampledCentrality(graph, length, 0.05, 0.1, 7, 2);
        int n = graph.vertexCount();
        assertTrue(sampled.getSampleSize() < n, "sampling is cheaper than the exact pass here");
        assertEquals(0.9, sampled.getConfidence(), 1e-12);
        assertWithin(
                "betweenness",
                exact.getBetweennessScores(),
                sampled.getBetweennessScores(),
                1,
                sampled.getBetweennessErrorBound());
        assertWithin(
                "closeness",
                exact.getClosenessScores(),
                sampled.getClosenessScores(),
                1,
                sampled.getClosenessErrorBound());
        assertWithin(
                "harmonic",
                exact.getHarmonicScores(),
                sampled.getHarmonicScores(),
                n - 1,
                sampled.getHarmonicErrorBound());
    }

    @Test
    void bounds_on_hops_meet_the_requested_epsilon() {
        CsrGraph graph = TestGraphs.clustersWithBroker(10, 300, 42);
        SampledCentrality sampled = new SampledCentrality(graph, PathLength.HOPS, 0.05, 0.1, 7, 2);
        assertTrue(sampled.getBetweennessErrorBound() <= 0.05, "betweenness " + sampled.getBetweennessErrorBound());
        assertTrue(sampled.getHarmonicErrorBound() <= 0.06, "harmonic " + sampled.getHarmonicErrorBound());
        assertTrue(sampled.getClosenessErrorBound() < 0.1, "closeness " + sampled.getClosenessErrorBound());
        double[] betweenness = sampled.getBetweennessScores();
        assertTrue(betweenness[graph.vertexCount() - 1] > 0.5, "the broker stands out");
    }

    @Test
    void sample_size_is_riondato_kornaropoulos_for_the_requested_bound() {
        // a path of 3,000 vertices has vertex diameter 3,000, so floor(log2(VD - 2)) = 11; NetworkX's bound
        // 0.05 is 0.05 * (n - 2) / n in the paper's normalisation over ordered pairs
        CsrGraph path = TestGraphs.path(3000);
        double epsilon = 0.05 * 2998 / 3000;
        int riondato = (int) Math.ceil(0.5 / (epsilon * epsilon) * (11 + 1 + Math.log(1 / 0.1)));
        assertEquals(riondato, SampledCentrality.sampleSize(path, PathLength.HOPS, 0.05, 0.1));

        CsrGraph graph = TestGraphs.random(3000, 7500, false, 5).unweighted();
        assertEquals(
                SampledCentrality.sampleSize(graph, PathLength.HOPS, 0.05, 0.1),
                new SampledCentrality(graph, PathLength.HOPS, 0.05, 0.1, 1, 2).getSampleSize());
    }

    @Test
    void same_seed_gives_the_same_estimate_whatever_the_thread_count() {
        CsrGraph graph = TestGraphs.random(1200, 3600, false, 3).unweighted();
        SampledCentrality one = new SampledCentrality(graph, PathLength.HOPS, 0.1, 0.1, 99, 1);
        SampledCentrality three = new SampledCentrality(graph, PathLength.HOPS, 0.1, 0.1, 99, 3);
        assertArrayEquals(one.getBetweennessScores(), three.getBetweennessScores());
        assertArrayEquals(one.getClosenessScores(), three.getClosenessScores());
        assertArrayEquals(one.getHarmonicScores(), three.getHarmonicScores(), 1e-9);
        SampledCentrality other = new SampledCentrality(graph, PathLength.HOPS, 0.1, 0.1, 100, 1);
        assertFalse(java.util.Arrays.equals(one.getBetweennessScores(), other.getBetweennessScores()));
    }

    @Test
    void exact_closeness_and_harmonic_at_one_vertex_agree_with_the_full_pass() {
        CsrGraph graph = TestGraphs.random(400, 1600, true, 21);
        ShortestPathCentrality all = new ShortestPathCentrality(graph, PathLength.INVERSE_WEIGHT, 1);
        VertexDistances one = new VertexDistances(graph, PathLength.INVERSE_WEIGHT);
        for (int v = 0; v < 400; v += 37) {
            double[] ch = one.closenessAndHarmonic(v);
            assertEquals(all.getCloseness(v), ch[0], 1e-12);
            assertEquals(all.getHarmonic(v), ch[1], 1e-9);
        }
    }

    @Test
    void rejects_bad_arguments() {
        CsrGraph graph = TestGraphs.path(10);
        assertThrows(IllegalArgumentException.class, () -> new SampledCentrality(graph, PathLength.HOPS, 0, 0.1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new SampledCentrality(graph, PathLength.HOPS, 0.1, 1, 1, 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> new SampledCentrality(TestGraphs.path(2), PathLength.HOPS, 0.1, 0.1, 1, 1));
    }

    private static void assertWithin(String score, double[] exact, double[] sampled, double scale, double bound) {
        double worst = 0;
        for (int v = 0; v < exact.length; v++) {
            worst = Math.max(worst, Math.abs(sampled[v] - exact[v]) / scale);
        }
        assertTrue(worst <= bound, score + ": largest error " + worst + " exceeds the bound " + bound);
        assertTrue(worst > 0, score + ": a sampled estimate should not be exact");
        System.out.printf(java.util.Locale.ROOT, "%s: largest error %.5f, bound %.5f%n", score, worst, bound);
    }
}
