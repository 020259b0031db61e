package be.tafel.analysis.algo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Articulation points (cut vertices) and bridges (cut edges) of the undirected version of a graph,
 * the same sets as {@code nx.articulation_points} and {@code nx.bridges} on
 * {@code G.to_undirected()}: a vertex or an edge whose removal increases the number of connected
 * components. In Tafel's terms, the bridge figures and the single ties that hold parts of the
 * network together.
 *
 * <p>Hopcroft and Tarjan's depth-first search with low points, run with an explicit stack (no
 * recursion), so it handles millions of vertices where a recursive inspector overflows the thread
 * stack. A non-root vertex {@code p} is an articulation point when some DFS child {@code v} has
 * {@code low(v) >= disc(p)}; a root when it has two or more DFS children; the tree edge {@code p-v}
 * is a bridge when {@code low(v) > disc(p)}. The views have no parallel edges ({@link CsrGraph} merges
 * them), so skipping the edge back to the DFS parent is exact.
 *
 * <p>Running time O(n + m). J. Hopcroft and R. Tarjan, "Algorithm 447: efficient algorithms for graph
 * manipulation", Communications of the ACM 16(6), 1973.
 */
public final class Biconnectivity {
    /** An undirected edge whose removal disconnects its endpoints; {@code u < v}. */
    public record Bridge(int u, int v) {
        public Bridge {
            if (u >= v) {
                throw new IllegalArgumentException("a bridge is written with u < v: " + u + ", " + v);
            }
        }
    }

    private final boolean[] articulation;
    private final List<Bridge> bridges;

    public Biconnectivity(CsrGraph graph) {
        Objects.requireNonNull(graph, "graph");
        Search search = new Search(graph.undirected());
        search.run();
        this.articulation = search.articulation;
        search.bridges.sort((a, b) -> a.u() != b.u() ? Integer.compare(a.u(), b.u()) : Integer.compare(a.v(), b.v()));
        this.bridges = List.copyOf(search.bridges);
    }

    /** The articulation points, ascending. */
    public int[] getArticulationPoints() {
        int count = 0;
        for (boolean cut : articulation) {
            count += cut ? 1 : 0;
        }
        int[] points = new int[count];
        int next = 0;
        for (int v = 0; v < articulation.length; v++) {
            if (articulation[v]) {
                points[next++] = v;
            }
        }
        return points;
    }

    public boolean isArticulationPoint(int v) {
        if (v < 0 || v >= articulation.length) {
            throw new IllegalArgumentException("vertex " + v + " is outside 0.." + (articulation.length - 1));
        }
        return articulation[v];
    }

    /** The bridges, sorted by {@code u} then {@code v}; unmodifiable. */
    public List<Bridge> getBridges() {
        return bridges;
    }

    /** The iterative depth-first search. */
    private static final class Search {
        private final int n;
        private final int[] offsets;
        private final int[] targets;
        private final int[] discovered;
        private final int[] low;
        private final int[] parent;
        private final int[] nextEdge;
        private final int[] stack;
        final boolean[] articulation;
        final List<Bridge> bridges = new ArrayList<>();
        private int time;

        Search(CsrGraph undirected) {
            this.n = undirected.vertexCount();
            this.offsets = undirected.out().offsets();
            this.targets = undirected.out().targets();
            this.discovered = new int[n];
            this.low = new int[n];
            this.parent = new int[n];
            this.nextEdge = new int[n];
            this.stack = new int[n];
            this.articulation = new boolean[n];
            Arrays.fill(discovered, -1);
        }

        void run() {
            for (int root = 0; root < n; root++) {
                if (discovered[root] < 0) {
                    searchFrom(root);
                }
            }
        }

        private void searchFrom(int root) {
            int depth = 0;
            int rootChildren = 0;
            parent[root] = -1;
            discover(root);
            stack[depth++] = root;
            while (depth > 0) {
                int v = stack[depth - 1];
                if (nextEdge[v] < offsets[v + 1]) {
                    int w = targets[nextEdge[v]++];
                    if (discovered[w] < 0) {
                        parent[w] = v;
                        discover(w);
                        stack[depth++] = w;
                        rootChildren += v == root ? 1 : 0;
                    } else if (w != parent[v]) {
                        low[v] = Math.min(low[v], discovered[w]);
                    }
                } else {
                    depth--;
                    finish(v, root);
                }
            }
            articulation[root] = rootChildren > 1;
        }

        private void discover(int v) {
            discovered[v] = time;
            low[v] = time++;
            nextEdge[v] = offsets[v];
        }

        /** Passes {@code v}'s low point to its parent and tests the tree edge between them. */
        private void finish(int v, int root) {
            int p = parent[v];
            if (p < 0) {
                return;
            }
            low[p] = Math.min(low[p], low[v]);
            if (low[v] > discovered[p]) {
                bridges.add(new Bridge(Math.min(p, v), Math.max(p, v)));
            }
            if (p != root && low[v] >= discovered[p]) {
                articulation[p] = true;
            }
        }
    }
}
