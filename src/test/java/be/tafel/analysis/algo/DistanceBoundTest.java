package be.tafel.analysis.algo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DistanceBoundTest {
    /** Random digraphs: sparse ones with many strong components, dense ones with one, weighted and not. */
    static Stream<CsrGraph> randomGraphs() {
        Random random = new Random(11);
        return IntStream.range(0, 120).mapToObj(i -> {
            int n = 2 + random.nextInt(60);
            double density = i % 3 == 0 ? 0.3 : 1.5 / n;
            CsrGraph.Builder builder = new CsrGraph.Builder(n, i % 5 != 4);
            for (int u = 0; u < n; u++) {
                for (int v = 0; v < n; v++) {
                    if (u != v && random.nextDouble() < density) {
                        builder.addEdge(u, v, i % 2 == 0 ? 1 : 1 + random.nextInt(4));
                    }
                }
            }
            return builder.build();
        });
    }

    @ParameterizedTest
    @MethodSource("randomGraphs")
    void bounds_every_finite_distance_and_improves_on_the_weak_component_bound(CsrGraph graph) {
        for (PathLength length : PathLength.values()) {
            ShortestPaths.Network network = new ShortestPaths.Network(graph, length);
            double bound = DistanceBound.of(graph, length, network);
            double longestDistance = longestFiniteDistance(network);
            assertTrue(bound >= longestDistance - 1e-9, length + ": bound " + bound + " below " + longestDistance);
            double longestEdge = 0;
            for (double l : network.outLengths) {
                longestEdge = Math.max(longestEdge, l);
            }
            assertTrue(bound <= (Components.weak(graph).largestSize() - 1) * longestEdge + 1e-9);
        }
    }

    @Test
    void a_directed_cycle_is_bounded_by_its_length() {
        int n = 10;
        CsrGraph.Builder cycle = new CsrGraph.Builder(n, true);
        for (int v = 0; v < n; v++) {
            cycle.addEdge(v, (v + 1) % n);
        }
        CsrGraph graph = cycle.build();
        assertEquals(9, DistanceBound.of(graph, PathLength.HOPS, new ShortestPaths.Network(graph, PathLength.HOPS)));
    }

    @Test
    void a_strongly_connected_core_with_tails_is_bounded_by_the_core_and_the_tails() {
        // a complete core of 50 vertices, reciprocated; a tail 50 -> 51 -> core and core -> 52
        int core = 50;
        CsrGraph.Builder builder = new CsrGraph.Builder(core + 3, true);
        for (int u = 0; u < core; u++) {
            for (int v = 0; v < core; v++) {
                if (u != v) {
                    builder.addEdge(u, v);
                }
            }
        }
        builder.addEdge(core, core + 1).addEdge(core + 1, 0).addEdge(3, core + 2);
        CsrGraph graph = builder.build();
        // inside the core: 1 + 1 through its first vertex; with the arcs between components: 2 + 2 + 1
        assertEquals(5, DistanceBound.of(graph, PathLength.HOPS, new ShortestPaths.Network(graph, PathLength.HOPS)));
        assertEquals(6, PathSampleSize.vertexDiameterBound(graph, PathLength.HOPS), "one more vertex than hops");
    }

    private static double longestFiniteDistance(ShortestPaths.Network network) {
        ShortestPaths paths = new ShortestPaths(network);
        double longest = 0;
        for (int s = 0; s < network.n; s++) {
            paths.searchFrom(s);
            longest = Math.max(longest, paths.dist[paths.order[paths.settledCount - 1]]);
        }
        return longest;
    }
}
