package be.tafel.analysis.algo;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The single-source shortest-path search shared by the path-based algorithms: distances, the number
 * of shortest paths {@code sigma} and the vertices in the order they were settled, as in the first
 * phase of Brandes' algorithm.
 *
 * <p>One instance belongs to one thread and is reused from source to source: each search resets only
 * the vertices the previous one touched, so a search costs O(m) (breadth-first) or O(m log n)
 * (Dijkstra) in the part of the graph it reaches, never O(n) for a small component.
 *
 * <p>Vertex {@code v} is a predecessor of {@code w} on a shortest path exactly when
 * {@code dist[v] + length(v, w) == dist[w]}, compared in floating point with the same operands
 * NetworkX uses in {@code _single_source_dijkstra_path_basic}, so ties count the same way.
 */
final class ShortestPaths {
    /** The graph with the length of every edge, shared read-only by all threads. */
    static final class Network {
        final int n;
        final boolean hops;
        final int[] outOffsets;
        final int[] outTargets;
        final double[] outLengths;
        final int[] inOffsets;
        final int[] inTargets;
        final double[] inLengths;

        Network(CsrGraph graph, PathLength length) {
            this.n = graph.vertexCount();
            this.hops = length == PathLength.HOPS;
            CsrGraph.Adjacency out = graph.out();
            CsrGraph.Adjacency in = graph.in();
            this.outOffsets = out.offsets();
            this.outTargets = out.targets();
            this.outLengths = length.lengths(out);
            this.inOffsets = in.offsets();
            this.inTargets = in.targets();
            this.inLengths = graph.isDirected() ? length.lengths(in) : outLengths;
        }
    }

    private static final double UNREACHED = Double.POSITIVE_INFINITY;

    private final Network network;
    final double[] dist;
    final double[] sigma;
    /** Settled vertices in order of nondecreasing distance; the first is the source. */
    final int[] order;

    int settledCount;
    private final int[] touched;
    private int touchedCount;
    private final VertexHeap heap;

    ShortestPaths(Network network) {
        this.network = network;
        int n = network.n;
        this.dist = new double[n];
        this.sigma = new double[n];
        this.order = new int[n];
        Arrays.fill(dist, UNREACHED);
        this.touched = network.hops ? order : new int[n];
        this.heap = network.hops ? null : new VertexHeap(dist);
    }

    /** Searches from {@code source} until every reachable vertex is settled. */
    void searchFrom(int source) {
        search(source, -1);
    }

    /**
     * Searches from {@code source} and stops once {@code target} is settled: its distance, its
     * {@code sigma} and those of all its predecessors are then final.
     */
    void search(int source, int target) {
        reset();
        dist[source] = 0;
        sigma[source] = 1;
        if (network.hops) {
            breadthFirst(source, target);
        } else {
            dijkstra(source, target);
        }
    }

    boolean reached(int v) {
        return dist[v] != UNREACHED;
    }

    /** Whether the arc at position {@code k} of the in-rows, {@code v -> w}, lies on a shortest path. */
    private boolean isPredecessorArc(int k, int w) {
        return dist[network.inTargets[k]] + network.inLengths[k] == dist[w];
    }

    /**
     * A predecessor of {@code w} on a shortest path from the source, drawn with probability
     * {@code sigma[z] / sigma[w]}: the last step of a uniformly chosen shortest path to {@code w}.
     */
    int predecessor(int w, SplittableRandom random) {
        int[] inOffsets = network.inOffsets;
        double remaining = random.nextDouble() * sigma[w];
        int chosen = -1;
        for (int k = inOffsets[w]; k < inOffsets[w + 1]; k++) {
            if (isPredecessorArc(k, w)) {
                chosen = network.inTargets[k];
                remaining -= sigma[chosen];
                if (remaining < 0) {
                    break;
                }
            }
        }
        return chosen;
    }

    Network network() {
        return network;
    }

    private void breadthFirst(int source, int target) {
        int[] offsets = network.outOffsets;
        int[] targets = network.outTargets;
        order[0] = source;
        int head = 0;
        int tail = 1;
        while (head < tail) {
            int v = order[head++];
            if (v == target) {
                break;
            }
            double next = dist[v] + 1;
            double paths = sigma[v];
            for (int k = offsets[v]; k < offsets[v + 1]; k++) {
                int w = targets[k];
                if (dist[w] == UNREACHED) {
                    dist[w] = next;
                    sigma[w] = paths;
                    order[tail++] = w;
                } else if (dist[w] == next) {
                    sigma[w] += paths;
                }
            }
        }
        settledCount = head;
        touchedCount = tail;
    }

    private void dijkstra(int source, int target) {
        int[] offsets = network.outOffsets;
        int[] targets = network.outTargets;
        double[] lengths = network.outLengths;
        touched[0] = source;
        touchedCount = 1;
        settledCount = 0;
        heap.add(source);
        while (!heap.isEmpty()) {
            int v = heap.poll();
            order[settledCount++] = v;
            if (v == target) {
                break;
            }
            double reachedAt = dist[v];
            double paths = sigma[v];
            for (int k = offsets[v]; k < offsets[v + 1]; k++) {
                int w = targets[k];
                double candidate = reachedAt + lengths[k];
                if (candidate < dist[w]) {
                    boolean first = dist[w] == UNREACHED;
                    dist[w] = candidate;
                    sigma[w] = paths;
                    if (first) {
                        touched[touchedCount++] = w;
                        heap.add(w);
                    } else {
                        heap.decreased(w);
                    }
                } else if (candidate == dist[w]) {
                    sigma[w] += paths;
                }
            }
        }
        heap.clear();
    }

    private void reset() {
        for (int i = 0; i < touchedCount; i++) {
            int v = touched[i];
            dist[v] = UNREACHED;
            sigma[v] = 0;
        }
        touchedCount = 0;
        settledCount = 0;
    }

    /** A binary min-heap of vertices keyed by {@code dist}, with decrease-key; no boxing. */
    private static final class VertexHeap {
        private final double[] key;
        private final int[] heap;
        private final int[] position;
        private int size;

        VertexHeap(double[] key) {
            this.key = key;
            this.heap = new int[key.length];
            this.position = new int[key.length];
            Arrays.fill(position, -1);
        }

        boolean isEmpty() {
            return size == 0;
        }

        void add(int v) {
            heap[size] = v;
            position[v] = size;
            siftUp(size++);
        }

        /** Restores the order after {@code key[v]} went down. */
        void decreased(int v) {
            siftUp(position[v]);
        }

        int poll() {
            int top = heap[0];
            position[top] = -1;
            size--;
            if (size > 0) {
                heap[0] = heap[size];
                position[heap[0]] = 0;
                siftDown(0);
            }
            return top;
        }

        void clear() {
            for (int i = 0; i < size; i++) {
                position[heap[i]] = -1;
            }
            size = 0;
        }

        private void siftUp(int i) {
            int v = heap[i];
            double k = key[v];
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                int p = heap[parent];
                if (key[p] <= k) {
                    break;
                }
                heap[i] = p;
                position[p] = i;
                i = parent;
            }
            heap[i] = v;
            position[v] = i;
        }

        private void siftDown(int i) {
            int v = heap[i];
            double k = key[v];
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && key[heap[child + 1]] < key[heap[child]]) {
                    child++;
                }
                int c = heap[child];
                if (key[c] >= k) {
                    break;
                }
                heap[i] = c;
                position[c] = i;
                i = child;
            }
            heap[i] = v;
            position[v] = i;
        }
    }
}
