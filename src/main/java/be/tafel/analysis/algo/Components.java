package be.tafel.analysis.algo;

import java.util.Arrays;
import java.util.Objects;

/**
 * The connected components of a graph: weakly connected ({@link #weak}, which for an undirected graph
 * are its connected components, as {@code nx.connected_components} /
 * {@code nx.weakly_connected_components}) or strongly connected ({@link #strong}, as
 * {@code nx.strongly_connected_components}).
 *
 * <p>Components are numbered {@code 0..count-1} in the order of their smallest vertex, so the
 * numbering does not depend on the traversal. The <em>largest</em> component is the one with the
 * most vertices, ties going to the lower number (the one holding the smaller vertex).
 *
 * <p>Both traversals are iterative (no recursion), so they handle millions of vertices. Running time
 * O(n + m). Strong components use Tarjan's algorithm: R. Tarjan, "Depth-first search and linear graph
 * algorithms", SIAM Journal on Computing 1(2), 1972.
 */
public final class Components {
    /** The component number of a vertex left out of the computation (see {@link #weakWithout}). */
    public static final int EXCLUDED = -1;

    private final int[] labels;
    private final int[] sizes;

    private Components(int[] labels, int count) {
        this.labels = labels;
        this.sizes = new int[count];
        for (int label : labels) {
            if (label != EXCLUDED) {
                sizes[label]++;
            }
        }
    }

    /** Weakly connected components (connected components of an undirected graph). */
    public static Components weak(CsrGraph graph) {
        return weakWithout(graph, new boolean[graph.vertexCount()]);
    }

    /**
     * Weakly connected components of the graph with the vertices flagged in {@code removed} (and their
     * edges) taken out; those vertices get the component {@link #EXCLUDED}.
     */
    public static Components weakWithout(CsrGraph graph, boolean[] removed) {
        Objects.requireNonNull(graph, "graph");
        int n = graph.vertexCount();
        if (removed.length != n) {
            throw new IllegalArgumentException("removed has " + removed.length + " flags for " + n + " vertices");
        }
        int[] labels = new int[n];
        Arrays.fill(labels, EXCLUDED);
        int[] queue = new int[n];
        int count = 0;
        for (int root = 0; root < n; root++) {
            if (labels[root] == EXCLUDED && !removed[root]) {
                labelFrom(graph, root, count++, labels, removed, queue);
            }
        }
        return new Components(labels, count);
    }

    /** Strongly connected components; for an undirected graph, the same as {@link #weak}. */
    public static Components strong(CsrGraph graph) {
        Objects.requireNonNull(graph, "graph");
        return new Tarjan(graph).run();
    }

    /** The number of components. */
    public int count() {
        return sizes.length;
    }

    /** The component of {@code v}, or {@link #EXCLUDED}. */
    public int componentOf(int v) {
        if (v < 0 || v >= labels.length) {
            throw new IllegalArgumentException("vertex " + v + " is outside 0.." + (labels.length - 1));
        }
        return labels[v];
    }

    /** Whether {@code u} and {@code v} lie in the same component (false when either is excluded). */
    public boolean connected(int u, int v) {
        int label = componentOf(u);
        return label != EXCLUDED && label == componentOf(v);
    }

    /** The component of every vertex, a copy indexed by vertex. */
    public int[] getLabels() {
        return labels.clone();
    }

    public int size(int component) {
        return sizes[checkComponent(component)];
    }

    /** The size of every component, a copy indexed by component. */
    public int[] getSizes() {
        return sizes.clone();
    }

    /** The largest component's number, or -1 when there is none (no vertices). */
    public int largest() {
        int best = -1;
        for (int c = 0; c < sizes.length; c++) {
            if (best < 0 || sizes[c] > sizes[best]) {
                best = c;
            }
        }
        return best;
    }

    /** The number of vertices of the largest component, 0 when there is none. */
    public int largestSize() {
        int best = largest();
        return best < 0 ? 0 : sizes[best];
    }

    /** The vertices of one component, ascending. */
    public int[] members(int component) {
        checkComponent(component);
        int[] members = new int[sizes[component]];
        int next = 0;
        for (int v = 0; v < labels.length && next < members.length; v++) {
            if (labels[v] == component) {
                members[next++] = v;
            }
        }
        return members;
    }

    /** The smallest vertex of every component, indexed by component, in one pass. */
    public int[] firstMembers() {
        int[] first = new int[sizes.length];
        java.util.Arrays.fill(first, -1);
        for (int v = 0; v < labels.length; v++) {
            int c = labels[v];
            if (c >= 0 && first[c] < 0) {
                first[c] = v;
            }
        }
        return first;
    }

    /** The number of vertices that belong to some component (all but the excluded ones). */
    public int coveredVertexCount() {
        int total = 0;
        for (int size : sizes) {
            total += size;
        }
        return total;
    }

    private int checkComponent(int component) {
        if (component < 0 || component >= sizes.length) {
            throw new IllegalArgumentException("component " + component + " is outside 0.." + (sizes.length - 1));
        }
        return component;
    }

    private static void labelFrom(CsrGraph graph, int root, int label, int[] labels, boolean[] removed, int[] queue) {
        labels[root] = label;
        queue[0] = root;
        int tail = 1;
        for (int head = 0; head < tail; head++) {
            int v = queue[head];
            tail = enqueueNeighbours(graph.out(), v, label, labels, removed, queue, tail);
            if (graph.isDirected()) {
                tail = enqueueNeighbours(graph.in(), v, label, labels, removed, queue, tail);
            }
        }
    }

    private static int enqueueNeighbours(
            CsrGraph.Adjacency rows, int v, int label, int[] labels, boolean[] removed, int[] queue, int tail) {
        int[] offsets = rows.offsets();
        int[] targets = rows.targets();
        for (int k = offsets[v]; k < offsets[v + 1]; k++) {
            int w = targets[k];
            if (labels[w] == EXCLUDED && !removed[w]) {
                labels[w] = label;
                queue[tail++] = w;
            }
        }
        return tail;
    }

    /** Tarjan's algorithm with an explicit call stack. */
    private static final class Tarjan {
        private final int n;
        private final int[] offsets;
        private final int[] targets;
        private final int[] index;
        private final int[] low;
        private final int[] nextArc;
        private final int[] callStack;
        private final int[] componentStack;
        private final boolean[] onStack;
        private final int[] rawLabels;
        private int counter;
        private int componentCount;
        private int callDepth;
        private int componentDepth;

        Tarjan(CsrGraph graph) {
            this.n = graph.vertexCount();
            this.offsets = graph.out().offsets();
            this.targets = graph.out().targets();
            this.index = new int[n];
            this.low = new int[n];
            this.nextArc = new int[n];
            this.callStack = new int[n];
            this.componentStack = new int[n];
            this.onStack = new boolean[n];
            this.rawLabels = new int[n];
            Arrays.fill(index, -1);
        }

        Components run() {
            for (int root = 0; root < n; root++) {
                if (index[root] < 0) {
                    visitFrom(root);
                }
            }
            return new Components(renumberBySmallestVertex(), componentCount);
        }

        private void visitFrom(int root) {
            enter(root);
            while (callDepth > 0) {
                int v = callStack[callDepth - 1];
                if (nextArc[v] < offsets[v + 1]) {
                    int w = targets[nextArc[v]++];
                    if (index[w] < 0) {
                        enter(w);
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                } else {
                    leave(v);
                }
            }
        }

        private void enter(int v) {
            index[v] = counter;
            low[v] = counter++;
            nextArc[v] = offsets[v];
            callStack[callDepth++] = v;
            componentStack[componentDepth++] = v;
            onStack[v] = true;
        }

        private void leave(int v) {
            callDepth--;
            if (low[v] == index[v]) {
                int w;
                do {
                    w = componentStack[--componentDepth];
                    onStack[w] = false;
                    rawLabels[w] = componentCount;
                } while (w != v);
                componentCount++;
            }
            if (callDepth > 0) {
                int parent = callStack[callDepth - 1];
                low[parent] = Math.min(low[parent], low[v]);
            }
        }

        private int[] renumberBySmallestVertex() {
            int[] renamed = new int[componentCount];
            Arrays.fill(renamed, -1);
            int next = 0;
            int[] labels = new int[n];
            for (int v = 0; v < n; v++) {
                if (renamed[rawLabels[v]] < 0) {
                    renamed[rawLabels[v]] = next++;
                }
                labels[v] = renamed[rawLabels[v]];
            }
            return labels;
        }
    }
}
