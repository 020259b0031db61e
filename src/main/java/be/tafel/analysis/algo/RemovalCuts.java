package be.tafel.analysis.algo;

import java.util.Arrays;

/**
 * What the removal of each single vertex cuts off, for all vertices in one depth-first search
 * (Tarjan's low points), O(n + m). Removing {@code v} splits its component into parts: the subtree of
 * every DFS child {@code c} with {@code low[c] >= pre[v]}, and the rest. The vertices outside the
 * largest part (on a tie, the part holding the lowest vertex index) are cut off; they are counted by
 * type. This is what recounting the components without {@code v} gives, without a search per vertex.
 */
public final class RemovalCuts {
    private final CsrGraph.Adjacency adjacency;
    private final int[] typeOf;
    private final int types;
    private final int n;
    private final int[] pre;
    private final int[] low;
    private final int[] parent;
    private final int[] size;
    private final int[] minIndex;
    private final int[] typeCounts;
    private final int[] order;
    /** Per DFS time: the smallest vertex index at or before it (within its component), and at or after it. */
    private final int[] prefixMin;

    private final int[] suffixMin;
    private final int[] componentStart;
    private final int[] componentEnd;
    private final int[] root;
    /** The last vertex whose parts were counted with this child; not thread-safe. */
    private final int[] seen;

    /**
     * @param undirected the graph, read as undirected
     * @param typeOf each vertex's type, from 0 to {@code types - 1}
     */
    public RemovalCuts(CsrGraph undirected, int[] typeOf, int types) {
        this.adjacency = undirected.out();
        this.typeOf = typeOf;
        this.types = types;
        this.n = undirected.vertexCount();
        this.pre = new int[n];
        this.low = new int[n];
        this.parent = new int[n];
        this.size = new int[n];
        this.minIndex = new int[n];
        this.typeCounts = new int[n * types];
        this.order = new int[n];
        this.prefixMin = new int[n];
        this.suffixMin = new int[n];
        this.componentStart = new int[n];
        this.componentEnd = new int[n];
        this.root = new int[n];
        this.seen = new int[n];
        Arrays.fill(seen, -1);
        search();
    }

    /** The vertices that removing {@code v} cuts off, per type (all zero when it cuts nothing off). */
    public synchronized int[] cutOffByType(int v) {
        int[] cut = new int[types];
        int r = root[v];
        for (int t = 0; t < types; t++) {
            cut[t] = typeCounts[r * types + t];
        }
        cut[typeOf[v]]--;
        Part main = largestPart(v);
        if (main == null) {
            return new int[types];
        }
        for (int t = 0; t < types; t++) {
            cut[t] -= main.types[t];
        }
        return cut;
    }

    private record Part(int size, int minIndex, int[] types) {
        boolean beats(Part other) {
            return other == null || size > other.size || (size == other.size && minIndex < other.minIndex);
        }
    }

    private Part largestPart(int v) {
        Part best = null;
        int separatedSize = 0;
        int[] separatedTypes = new int[types];
        int restMin = Integer.MAX_VALUE;
        for (int i = adjacency.offsets()[v]; i < adjacency.offsets()[v + 1]; i++) {
            int c = adjacency.targets()[i];
            if (parent[c] != v || seen[c] == v) {
                continue;
            }
            seen[c] = v; // a tree child listed twice in v's row (a parallel edge) is one child
            if (low[c] >= pre[v]) {
                Part part = new Part(size[c], minIndex[c], Arrays.copyOfRange(typeCounts, c * types, (c + 1) * types));
                best = part.beats(best) ? part : best;
                separatedSize += size[c];
                for (int t = 0; t < types; t++) {
                    separatedTypes[t] += part.types[t];
                }
            } else {
                restMin = Math.min(restMin, minIndex[c]);
            }
        }
        int r = root[v];
        int restSize = size[r] - 1 - separatedSize;
        if (restSize > 0) {
            if (pre[v] > componentStart[r]) {
                restMin = Math.min(restMin, prefixMin[pre[v] - 1]);
            }
            int after = pre[v] + size[v];
            if (after < componentEnd[r]) {
                restMin = Math.min(restMin, suffixMin[after]);
            }
            int[] restTypes = new int[types];
            for (int t = 0; t < types; t++) {
                restTypes[t] = typeCounts[r * types + t] - separatedTypes[t];
            }
            restTypes[typeOf[v]]--;
            Part rest = new Part(restSize, restMin, restTypes);
            best = rest.beats(best) ? rest : best;
        }
        return best;
    }

    private void search() {
        Arrays.fill(pre, -1);
        int[] next = new int[n];
        int[] stack = new int[n];
        int time = 0;
        for (int r = 0; r < n; r++) {
            if (pre[r] != -1) {
                continue;
            }
            int start = time;
            int top = 0;
            time = discover(r, -1, time);
            stack[top++] = r;
            next[r] = adjacency.offsets()[r];
            while (top > 0) {
                int v = stack[top - 1];
                if (next[v] < adjacency.offsets()[v + 1]) {
                    int w = adjacency.targets()[next[v]++];
                    if (pre[w] == -1) {
                        time = discover(w, v, time);
                        next[w] = adjacency.offsets()[w];
                        stack[top++] = w;
                    } else if (w != parent[v]) {
                        low[v] = Math.min(low[v], pre[w]);
                    }
                } else {
                    top--;
                    finish(v);
                }
            }
            for (int t = start; t < time; t++) {
                root[order[t]] = r;
                prefixMin[t] = t == start ? order[t] : Math.min(prefixMin[t - 1], order[t]);
            }
            for (int t = time - 1; t >= start; t--) {
                suffixMin[t] = t == time - 1 ? order[t] : Math.min(suffixMin[t + 1], order[t]);
            }
            componentStart[r] = start;
            componentEnd[r] = time;
        }
    }

    private int discover(int v, int from, int time) {
        pre[v] = time;
        low[v] = time;
        parent[v] = from;
        size[v] = 1;
        minIndex[v] = v;
        typeCounts[v * types + typeOf[v]] = 1;
        order[time] = v;
        return time + 1;
    }

    private void finish(int v) {
        int p = parent[v];
        if (p < 0) {
            return;
        }
        low[p] = Math.min(low[p], low[v]);
        size[p] += size[v];
        minIndex[p] = Math.min(minIndex[p], minIndex[v]);
        for (int t = 0; t < types; t++) {
            typeCounts[p * types + t] += typeCounts[v * types + t];
        }
    }
}
