package be.tafel.analysis.algo;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Vertex connectivity, as NetworkX's {@code node_connectivity}: how many vertices must drop out before
 * two vertices, or any two vertices of the graph, are cut off from each other.
 *
 * <p>{@link #local(int, int)} is {@code nx.node_connectivity(G, s, t)}: the most paths from {@code s}
 * to {@code t} that share no vertex but their ends (Menger), which for non-adjacent vertices equals the
 * fewest vertices whose removal separates them. An edge {@code s - t} counts as one such path, as in
 * NetworkX. It is the maximum flow from {@code s} to {@code t} in the split digraph where every vertex
 * {@code v} becomes {@code v_in -> v_out} of capacity 1 and every arc {@code u -> v} becomes
 * {@code u_out -> v_in} of capacity 1 (both ways on an undirected graph) — NetworkX's auxiliary digraph
 * (Esfahanian 2005). Found by shortest augmenting paths (Edmonds–Karp), each one breadth-first search
 * over the split digraph, stopping at an optional cutoff.
 *
 * <p>{@link #global()} is {@code nx.node_connectivity(G)}: 0 for a graph that is not (weakly)
 * connected; otherwise, with {@code v} a vertex of least degree {@code delta} (in plus out degree on a
 * directed graph), the least of {@code delta}, the local connectivity from {@code v} to every vertex not
 * adjacent to it, and that between every non-adjacent pair of its neighbours (ordered pairs on a
 * directed graph), each flow cut off at the least value found so far (Even's algorithm, Algorithm 11 in
 * Abrahams et al.). On an undirected graph with an articulation point the answer is 1 at once.
 *
 * <p>Running time O(k (n + m)) per local connectivity of value {@code k}; the global connectivity solves
 * at most {@code n - delta - 1 + delta (delta - 1) / 2} of them. JGraphT has no vertex connectivity;
 * its maximum-flow algorithms ({@code EdmondsKarpMFImpl}, {@code PushRelabelMFImpl}) on the same split
 * digraph give the same values (checked in the tests); Edmonds–Karp on a JGraphT copy of the split
 * digraph was 25× slower for 50 pairs of the synthetic city's collaboration view (see
 * docs/benchmarks.md, "JGraphT against Tafel's kernels").
 *
 * <p>Safe to share between threads: queries take turns over one residual network.
 *
 * <p>A. H. Esfahanian, "Connectivity algorithms", in Topics in Structural Graph Theory, 2013. S. Even,
 * "An algorithm for determining whether the connectivity of a graph is at least k", SIAM Journal on
 * Computing 4(3), 1975.
 */
public final class VertexConnectivity {
    private final CsrGraph graph;
    private final int nodes;
    private final int[] offsets;
    private final int[] heads;
    /** The arc paired with each arc: its reverse in the residual network. */
    private final int[] reverse;

    private final int[] capacity;
    private final int[] residual;
    private final int[] parentArc;
    private final int[] queue;
    private final int[] seen;
    private int epoch;

    public VertexConnectivity(CsrGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
        int n = graph.vertexCount();
        this.nodes = 2 * n;
        int[] arcFrom = new int[2 * (n + graph.out().targets().length)];
        int[] arcTo = new int[arcFrom.length];
        int[] arcCapacity = new int[arcFrom.length];
        int count = 0;
        for (int v = 0; v < n; v++) {
            count = pair(arcFrom, arcTo, arcCapacity, count, in(v), out(v));
        }
        int[] rowOffsets = graph.out().offsets();
        int[] targets = graph.out().targets();
        for (int u = 0; u < n; u++) {
            for (int k = rowOffsets[u]; k < rowOffsets[u + 1]; k++) {
                count = pair(arcFrom, arcTo, arcCapacity, count, out(u), in(targets[k]));
            }
        }
        this.offsets = new int[nodes + 1];
        for (int a = 0; a < count; a++) {
            offsets[arcFrom[a] + 1]++;
        }
        for (int x = 0; x < nodes; x++) {
            offsets[x + 1] += offsets[x];
        }
        int[] slot = Arrays.copyOf(offsets, nodes);
        int[] position = new int[count];
        for (int a = 0; a < count; a++) {
            position[a] = slot[arcFrom[a]]++;
        }
        this.heads = new int[count];
        this.reverse = new int[count];
        this.capacity = new int[count];
        for (int a = 0; a < count; a++) {
            heads[position[a]] = arcTo[a];
            reverse[position[a]] = position[a ^ 1];
            capacity[position[a]] = arcCapacity[a];
        }
        this.residual = capacity.clone();
        this.parentArc = new int[nodes];
        this.queue = new int[nodes];
        this.seen = new int[nodes];
    }

    private static int pair(int[] from, int[] to, int[] cap, int count, int x, int y) {
        from[count] = x;
        to[count] = y;
        cap[count] = 1;
        from[count + 1] = y;
        to[count + 1] = x;
        cap[count + 1] = 0;
        return count + 2;
    }

    private static int in(int v) {
        return 2 * v;
    }

    private static int out(int v) {
        return 2 * v + 1;
    }

    /** The most internally vertex-disjoint paths from {@code s} to {@code t}, as {@code nx.node_connectivity(G, s, t)}. */
    public int local(int s, int t) {
        return local(s, t, Integer.MAX_VALUE);
    }

    /** As {@link #local(int, int)}, but stops once {@code cutoff} paths are found. */
    public synchronized int local(int s, int t, int cutoff) {
        checkVertex(s);
        checkVertex(t);
        if (s == t) {
            throw new IllegalArgumentException("source and target are the same vertex: " + s);
        }
        System.arraycopy(capacity, 0, residual, 0, capacity.length);
        int source = out(s);
        int sink = in(t);
        int flow = 0;
        while (flow < cutoff && augment(source, sink)) {
            flow++;
        }
        return flow;
    }

    /** One breadth-first search for a path with spare capacity; pushes one unit along it when found. */
    private boolean augment(int source, int sink) {
        epoch++;
        int tail = 0;
        queue[tail++] = source;
        seen[source] = epoch;
        for (int head = 0; head < tail; head++) {
            int x = queue[head];
            for (int a = offsets[x]; a < offsets[x + 1]; a++) {
                int y = heads[a];
                if (residual[a] > 0 && seen[y] != epoch) {
                    seen[y] = epoch;
                    parentArc[y] = a;
                    if (y == sink) {
                        for (int z = sink; z != source; ) {
                            int arc = parentArc[z];
                            residual[arc]--;
                            residual[reverse[arc]]++;
                            z = heads[reverse[arc]];
                        }
                        return true;
                    }
                    queue[tail++] = y;
                }
            }
        }
        return false;
    }

    /** The vertex connectivity of the whole graph, as {@code nx.node_connectivity(G)}. */
    public synchronized int global() {
        int n = graph.vertexCount();
        if (n == 0) {
            throw new IllegalArgumentException("the connectivity of a graph without vertices is not defined");
        }
        CsrGraph both = graph.undirected();
        if (!connected(both)) {
            return 0;
        }
        if (!graph.isDirected() && new Biconnectivity(graph).getArticulationPoints().length > 0) {
            return 1;
        }
        int v = 0;
        for (int u = 1; u < n; u++) {
            if (degree(u) < degree(v)) {
                v = u;
            }
        }
        int k = degree(v);
        Set<Integer> neighbours = neighbours(v);
        for (int w = 0; w < n; w++) {
            if (w != v && !neighbours.contains(w)) {
                k = Math.min(k, local(v, w, k));
            }
        }
        for (int x : neighbours) {
            for (int y : neighbours) {
                boolean ordered = graph.isDirected() ? x != y : x < y;
                if (ordered && !graph.hasEdge(x, y)) {
                    k = Math.min(k, local(x, y, k));
                }
            }
        }
        return k;
    }

    /** In plus out degree on a directed graph, as NetworkX's {@code G.degree}. */
    private int degree(int v) {
        return graph.isDirected()
                ? graph.out().degree(v) + graph.in().degree(v)
                : graph.out().degree(v);
    }

    private Set<Integer> neighbours(int v) {
        Set<Integer> neighbours = new LinkedHashSet<>();
        for (CsrGraph.Adjacency rows : graph.isDirected()
                ? new CsrGraph.Adjacency[] {graph.in(), graph.out()}
                : new CsrGraph.Adjacency[] {graph.out()}) {
            for (int k = rows.offsets()[v]; k < rows.offsets()[v + 1]; k++) {
                neighbours.add(rows.targets()[k]);
            }
        }
        return neighbours;
    }

    private static boolean connected(CsrGraph undirected) {
        int n = undirected.vertexCount();
        boolean[] reached = new boolean[n];
        int[] stack = new int[n];
        int top = 0;
        int count = 1;
        stack[top++] = 0;
        reached[0] = true;
        while (top > 0) {
            int v = stack[--top];
            for (int k = undirected.out().offsets()[v]; k < undirected.out().offsets()[v + 1]; k++) {
                int w = undirected.out().targets()[k];
                if (!reached[w]) {
                    reached[w] = true;
                    count++;
                    stack[top++] = w;
                }
            }
        }
        return count == n;
    }

    private void checkVertex(int v) {
        if (v < 0 || v >= graph.vertexCount()) {
            throw new IllegalArgumentException("vertex " + v + " is outside 0.." + (graph.vertexCount() - 1));
        }
    }
}
