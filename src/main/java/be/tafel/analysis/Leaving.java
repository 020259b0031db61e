package be.tafel.analysis;

import be.tafel.analysis.algo.CsrGraph;
import java.util.Arrays;

/**
 * Who leaves with whom: a partner that leaves takes its staff ({@code WORKS_FOR}) and its services
 * ({@code OFFERS}) with it; a person leaves alone. The bridge list and the what-if both count a departure
 * this way, so that they give one number for one thing (issue 16).
 */
public final class Leaving {
    private Leaving() {}

    /** Per vertex of the view, the partner it leaves with, or -1 when it leaves only on its own. */
    public static int[] ownerOf(Snapshot snapshot) {
        int[] owner = new int[snapshot.size()];
        Arrays.fill(owner, -1);
        for (ViewEdge e : snapshot.edges()) {
            if (e.kind() == EdgeKind.WORKS_FOR) {
                owner[e.source()] = e.target();
            } else if (e.kind() == EdgeKind.OFFERS) {
                owner[e.target()] = e.source();
            }
        }
        return owner;
    }

    /**
     * The undirected graph in which every partner stands for itself with its staff and services: their edges
     * become the partner's, and they are left without edges. Removing a partner from it is removing the
     * partner with all that leaves with it from {@code undirected}. O(n + m).
     */
    public static CsrGraph withOwnersMerged(CsrGraph undirected, int[] ownerOf) {
        int n = undirected.vertexCount();
        CsrGraph.Builder merged = new CsrGraph.Builder(n, false);
        CsrGraph.Adjacency rows = undirected.out();
        for (int u = 0; u < n; u++) {
            for (int i = rows.offsets()[u]; i < rows.offsets()[u + 1]; i++) {
                int w = rows.targets()[i];
                int a = ownerOf[u] < 0 ? u : ownerOf[u];
                int b = ownerOf[w] < 0 ? w : ownerOf[w];
                if (u < w && a != b) {
                    merged.addEdge(a, b);
                }
            }
        }
        return merged.build();
    }
}
