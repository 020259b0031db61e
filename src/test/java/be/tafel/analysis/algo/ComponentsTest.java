package be.tafel.analysis.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ComponentsTest {
    static Stream<ReferenceGraph> referenceGraphs() {
        return ReferenceGraph.all();
    }

    @ParameterizedTest
    @MethodSource("referenceGraphs")
    void weak_components_equal_networkx(ReferenceGraph reference) {
        assertEquals(reference.groups("components"), groups(Components.weak(reference.graph())));
    }

    @ParameterizedTest
    @MethodSource("referenceGraphs")
    void strong_components_equal_networkx(ReferenceGraph reference) {
        assertEquals(reference.groups("strongComponents"), groups(Components.strong(reference.graph())));
    }

    @Test
    void components_are_numbered_by_smallest_vertex_and_largest_breaks_ties_low() {
        Components components = Components.weak(TestGraphs.edges(7, false, 5, 6, 1, 2, 3, 4));
        assertArrayEquals(new int[] {0, 1, 1, 2, 2, 3, 3}, components.getLabels());
        assertArrayEquals(new int[] {1, 2, 2, 2}, components.getSizes());
        assertEquals(1, components.largest());
        assertEquals(2, components.largestSize());
        assertArrayEquals(new int[] {3, 4}, components.members(2));
    }

    @Test
    void weak_components_of_a_directed_graph_ignore_direction_and_strong_ones_do_not() {
        CsrGraph graph = TestGraphs.edges(4, true, 0, 1, 1, 2, 2, 0, 3, 2);
        assertEquals(1, Components.weak(graph).count());
        Components strong = Components.strong(graph);
        assertEquals(2, strong.count());
        assertTrue(strong.connected(0, 2));
        assertFalse(strong.connected(2, 3));
    }

    @Test
    void strong_components_of_a_long_cycle_and_a_long_chain_need_no_recursion() {
        int n = 300_000;
        CsrGraph.Builder cycle = new CsrGraph.Builder(n, true);
        CsrGraph.Builder chain = new CsrGraph.Builder(n, true);
        for (int v = 0; v < n; v++) {
            cycle.addEdge(v, (v + 1) % n);
            if (v + 1 < n) {
                chain.addEdge(v, v + 1);
            }
        }
        assertEquals(1, Components.strong(cycle.build()).count());
        Components singletons = Components.strong(chain.build());
        assertEquals(n, singletons.count());
        assertEquals(0, singletons.componentOf(0));
        assertEquals(n - 1, singletons.componentOf(n - 1));
    }

    @Test
    void strong_components_agree_with_jgrapht_on_random_directed_graphs() {
        for (long seed = 1; seed <= 5; seed++) {
            CsrGraph graph = TestGraphs.random(400, 500 + 100 * (int) seed, true, seed);
            Set<Set<Integer>> expected = new KosarajuStrongConnectivityInspector<>(JGraphTCopy.of(graph, false))
                    .stronglyConnectedSets().stream().map(TreeSet::new).collect(Collectors.toSet());
            Components ours = Components.strong(graph);
            Set<Set<Integer>> actual = new HashSet<>();
            for (int c = 0; c < ours.count(); c++) {
                actual.add(Boxing.sortedSet(ours.members(c)));
            }
            assertEquals(expected, actual, "seed " + seed);
        }
    }

    @Test
    void removed_vertices_are_excluded() {
        boolean[] removed = {false, true, false};
        Components rest = Components.weakWithout(TestGraphs.path(3), removed);
        assertEquals(2, rest.count());
        assertEquals(Components.EXCLUDED, rest.componentOf(1));
        assertEquals(2, rest.coveredVertexCount());
    }

    @Test
    void empty_graph_has_no_components() {
        Components none = Components.weak(new CsrGraph.Builder(0, false).build());
        assertEquals(0, none.count());
        assertEquals(-1, none.largest());
        assertEquals(0, none.largestSize());
    }

    static List<List<Integer>> groups(Components components) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int c = 0; c < components.count(); c++) {
            groups.add(Boxing.sortedSet(components.members(c)).stream().toList());
        }
        groups.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
        return groups;
    }

    /** Boxing for comparisons in tests only. */
    static final class Boxing {
        static TreeSet<Integer> sortedSet(int[] values) {
            TreeSet<Integer> set = new TreeSet<>();
            for (int value : values) {
                set.add(value);
            }
            return set;
        }
    }
}
