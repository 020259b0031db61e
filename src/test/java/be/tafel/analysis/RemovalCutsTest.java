package be.tafel.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import be.tafel.analysis.algo.Components;
import be.tafel.analysis.algo.CsrGraph;
import be.tafel.analysis.algo.RemovalCuts;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The one-search cut counts against the plain definition: remove the vertex, recount the components,
 * and count what lies outside the largest part left of its component ({@link BridgeFigures#cutOff}).
 */
class RemovalCutsTest {
    private static final int TYPES = 3;

    @Test
    void every_vertex_of_many_random_graphs_cuts_off_what_a_recount_says() {
        Random random = new Random(20261124L);
        for (int trial = 0; trial < 400; trial++) {
            int n = 1 + random.nextInt(40);
            CsrGraph graph = randomGraph(random, n, random.nextInt(3 * n + 1));
            int[] typeOf = new int[n];
            for (int v = 0; v < n; v++) {
                typeOf[v] = random.nextInt(TYPES);
            }
            RemovalCuts cuts = new RemovalCuts(graph, typeOf, TYPES);
            Components before = Components.weak(graph);
            for (int v = 0; v < n; v++) {
                boolean[] cut = BridgeFigures.cutOff(graph, before, v);
                int[] expected = new int[TYPES];
                for (int u = 0; u < n; u++) {
                    if (cut[u]) {
                        expected[typeOf[u]]++;
                    }
                }
                assertArrayEquals(expected, cuts.cutOffByType(v), "trial " + trial + ", vertex " + v);
            }
        }
    }

    /** Sparse graphs with trees, cycles, parallel edges, self-loops and several components. */
    private static CsrGraph randomGraph(Random random, int n, int edges) {
        CsrGraph.Builder builder = new CsrGraph.Builder(n, false);
        for (int e = 0; e < edges; e++) {
            int u = random.nextInt(n);
            int v = random.nextInt(4) == 0 ? u : random.nextInt(n);
            if (u != v || random.nextInt(3) == 0) {
                builder.addEdge(u, v);
            }
        }
        return builder.build();
    }
}
