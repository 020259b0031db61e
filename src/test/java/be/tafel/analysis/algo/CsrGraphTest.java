package be.tafel.analysis.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class CsrGraphTest {
    @Test
    void undirected_merges_both_directions_and_sums_the_weights_as_the_builder_does() {
        for (long seed = 1; seed <= 5; seed++) {
            CsrGraph directed = TestGraphs.random(60, 400, true, seed);
            CsrGraph.Builder builder = new CsrGraph.Builder(60, false);
            for (int u = 0; u < 60; u++) {
                for (int i = directed.out().offsets()[u]; i < directed.out().offsets()[u + 1]; i++) {
                    builder.addEdge(
                            u, directed.out().targets()[i], directed.out().weights()[i]);
                }
            }
            CsrGraph expected = builder.build();
            CsrGraph merged = directed.undirected();
            assertFalse(merged.isDirected());
            assertSame(merged.out(), merged.in());
            assertArrayEquals(expected.out().offsets(), merged.out().offsets());
            assertArrayEquals(expected.out().targets(), merged.out().targets());
            assertArrayEquals(expected.out().weights(), merged.out().weights(), 0);
        }
    }

    @Test
    void an_undirected_graph_is_its_own_undirected_version() {
        CsrGraph path = TestGraphs.path(4);
        assertSame(path, path.undirected());
    }
}
