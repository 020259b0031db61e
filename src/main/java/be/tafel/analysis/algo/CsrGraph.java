package be.tafel.analysis.algo;

import java.util.Arrays;

/**
 * An immutable graph over vertices {@code 0..n-1} in compressed sparse row form: the neighbours of
 * {@code v} are {@code targets[offsets[v] .. offsets[v+1])}, sorted ascending, with their weights.
 *
 * <p>Undirected graphs store every edge in both rows, so {@link #out} and {@link #in} are the same
 * arrays. Directed graphs keep a second, transposed CSR for the in-neighbours. Parallel edges are
 * merged (weights summed) and self-loops dropped, as the views never have meaningful ones. Weights are
 * similarities (strength, number of referrals, shared families); algorithms that need a distance use
 * {@code 1 / weight}.
 */
public final class CsrGraph {
    private final int n;
    private final boolean directed;
    private final Adjacency out;
    private final Adjacency in;

    private CsrGraph(int n, boolean directed, Adjacency out, Adjacency in) {
        this.n = n;
        this.directed = directed;
        this.out = out;
        this.in = in;
    }

    /** The neighbour rows of one direction. */
    public record Adjacency(int[] offsets, int[] targets, double[] weights) {
        public int degree(int v) {
            return offsets[v + 1] - offsets[v];
        }

        public double strength(int v) {
            double sum = 0;
            for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                sum += weights[i];
            }
            return sum;
        }

        /** The position of {@code w} in row {@code v}, or a negative number when {@code v} has no edge to {@code w}. */
        public int indexOf(int v, int w) {
            int found = Arrays.binarySearch(targets, offsets[v], offsets[v + 1], w);
            return found >= offsets[v] ? found : -1;
        }
    }

    public int vertexCount() {
        return n;
    }

    /** Edges counted once: each undirected edge once, each directed arc once. */
    public int edgeCount() {
        return directed ? out.targets.length : out.targets.length / 2;
    }

    public boolean isDirected() {
        return directed;
    }

    public Adjacency out() {
        return out;
    }

    public Adjacency in() {
        return in;
    }

    public boolean hasEdge(int u, int v) {
        return out.indexOf(u, v) >= 0;
    }

    /** The weight of the edge {@code u -> v} (or {@code u - v}), 0 when absent. */
    public double weight(int u, int v) {
        int i = out.indexOf(u, v);
        return i >= 0 ? out.weights[i] : 0;
    }

    /** The same vertices and edges with every weight 1. */
    public CsrGraph unweighted() {
        return new CsrGraph(n, directed, ones(out), directed ? ones(in) : null).selfInIfUndirected();
    }

    /** The same graph with every arc turned around (an undirected graph is its own reverse); shares the rows. */
    public CsrGraph reversed() {
        return directed ? new CsrGraph(n, true, in, out) : this;
    }

    /**
     * The undirected graph with an edge wherever this one has an arc in either direction; weights summed.
     * Each row is merged from the sorted out- and in-row of the vertex, in O(n + m).
     */
    public CsrGraph undirected() {
        if (!directed) {
            return this;
        }
        int[] oo = out.offsets;
        int[] ot = out.targets;
        double[] ow = out.weights;
        int[] io = in.offsets;
        int[] it = in.targets;
        double[] iw = in.weights;
        int[] offsets = new int[n + 1];
        int[] targets = new int[ot.length + it.length];
        double[] weights = new double[targets.length];
        int write = 0;
        for (int v = 0; v < n; v++) {
            offsets[v] = write;
            int i = oo[v];
            int iEnd = oo[v + 1];
            int j = io[v];
            int jEnd = io[v + 1];
            while (i < iEnd && j < jEnd) {
                int a = ot[i];
                int b = it[j];
                if (a == b) {
                    targets[write] = a;
                    weights[write++] = ow[i++] + iw[j++];
                } else if (a < b) {
                    targets[write] = a;
                    weights[write++] = ow[i++];
                } else {
                    targets[write] = b;
                    weights[write++] = iw[j++];
                }
            }
            while (i < iEnd) {
                targets[write] = ot[i];
                weights[write++] = ow[i++];
            }
            while (j < jEnd) {
                targets[write] = it[j];
                weights[write++] = iw[j++];
            }
        }
        offsets[n] = write;
        Adjacency rows = new Adjacency(offsets, Arrays.copyOf(targets, write), Arrays.copyOf(weights, write));
        return new CsrGraph(n, false, rows, rows);
    }

    private CsrGraph selfInIfUndirected() {
        return directed ? this : new CsrGraph(n, false, out, out);
    }

    private static Adjacency ones(Adjacency a) {
        double[] w = new double[a.weights.length];
        Arrays.fill(w, 1.0);
        return new Adjacency(a.offsets, a.targets, w);
    }

    /** Collects edges in any order, then sorts and merges them into rows. */
    public static final class Builder {
        private final int n;
        private final boolean directed;
        private int[] from = new int[16];
        private int[] to = new int[16];
        private double[] weight = new double[16];
        private int size;

        public Builder(int vertexCount, boolean directed) {
            if (vertexCount < 0) {
                throw new IllegalArgumentException("vertex count must not be negative: " + vertexCount);
            }
            this.n = vertexCount;
            this.directed = directed;
        }

        /** Adds {@code u -> v} (or {@code u - v}); a repeated edge adds its weight; a self-loop is ignored. */
        public Builder addEdge(int u, int v, double w) {
            checkVertex(u);
            checkVertex(v);
            if (!(w > 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("edge weight must be positive and finite: " + w);
            }
            if (u == v) {
                return this;
            }
            if (size == from.length) {
                from = Arrays.copyOf(from, size * 2);
                to = Arrays.copyOf(to, size * 2);
                weight = Arrays.copyOf(weight, size * 2);
            }
            from[size] = u;
            to[size] = v;
            weight[size] = w;
            size++;
            return this;
        }

        public Builder addEdge(int u, int v) {
            return addEdge(u, v, 1.0);
        }

        public CsrGraph build() {
            Adjacency out = directed ? rows(from, to) : rows(concat(from, to), concat(to, from));
            if (!directed) {
                return new CsrGraph(n, false, out, out);
            }
            return new CsrGraph(n, true, out, rows(to, from));
        }

        private int[] concat(int[] a, int[] b) {
            int[] both = Arrays.copyOf(a, size * 2);
            System.arraycopy(b, 0, both, size, size);
            return both;
        }

        private Adjacency rows(int[] sources, int[] targets) {
            int m = directed ? size : size * 2;
            int[] counts = new int[n + 1];
            for (int i = 0; i < m; i++) {
                counts[sources[i] + 1]++;
            }
            for (int v = 0; v < n; v++) {
                counts[v + 1] += counts[v];
            }
            int[] next = Arrays.copyOf(counts, n);
            int[] order = new int[m];
            for (int i = 0; i < m; i++) {
                order[next[sources[i]]++] = i;
            }
            return mergeRows(counts, order, targets);
        }

        private Adjacency mergeRows(int[] bounds, int[] order, int[] targets) {
            int[] offsets = new int[n + 1];
            int[] merged = new int[order.length];
            double[] weights = new double[order.length];
            int write = 0;
            long[] row = new long[0];
            for (int v = 0; v < n; v++) {
                offsets[v] = write;
                int length = bounds[v + 1] - bounds[v];
                if (row.length < length) {
                    row = new long[Math.max(length, row.length * 2)];
                }
                for (int k = 0; k < length; k++) {
                    int edge = order[bounds[v] + k];
                    row[k] = ((long) targets[edge] << 32) | (edge % size);
                }
                Arrays.sort(row, 0, length);
                for (int k = 0; k < length; k++) {
                    int target = (int) (row[k] >>> 32);
                    double w = weight[(int) (row[k] & 0xffffffffL)];
                    if (write > offsets[v] && merged[write - 1] == target) {
                        weights[write - 1] += w;
                    } else {
                        merged[write] = target;
                        weights[write++] = w;
                    }
                }
            }
            offsets[n] = write;
            return new Adjacency(offsets, Arrays.copyOf(merged, write), Arrays.copyOf(weights, write));
        }

        private void checkVertex(int v) {
            if (v < 0 || v >= n) {
                throw new IllegalArgumentException("vertex " + v + " is outside 0.." + (n - 1));
            }
        }
    }
}
