package be.tafel.analysis.algo;

import java.util.Objects;

/**
 * Exact closeness and harmonic centrality of chosen vertices, one shortest-path search each: what a
 * sampled estimate ({@link SampledCentrality}) is checked against when the exact pass over every vertex
 * is out of reach. Definitions as in {@link ShortestPathCentrality} (incoming distances on a directed
 * graph, so the search runs on the reversed graph). O(m) per vertex for hops, O(m log n) with weights.
 */
public final class VertexDistances {
    private final int n;
    private final ShortestPaths paths;

    public VertexDistances(CsrGraph graph, PathLength length) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(length, "length");
        this.n = graph.vertexCount();
        this.paths = new ShortestPaths(new ShortestPaths.Network(graph.isDirected() ? reversed(graph) : graph, length));
    }

    /** NetworkX's closeness ({@code wf_improved}) and harmonic centrality of {@code v}: {@code [closeness, harmonic]}. */
    public double[] closenessAndHarmonic(int v) {
        if (v < 0 || v >= n) {
            throw new IllegalArgumentException("vertex " + v + " is outside 0.." + (n - 1));
        }
        paths.searchFrom(v);
        double distanceSum = 0;
        double harmonic = 0;
        int reached = paths.settledCount - 1;
        for (int i = 1; i < paths.settledCount; i++) {
            double d = paths.dist[paths.order[i]];
            distanceSum += d;
            harmonic += 1 / d;
        }
        double closeness = distanceSum > 0 && n > 1 ? reached / distanceSum * (reached / (double) (n - 1)) : 0;
        return new double[] {closeness, harmonic};
    }

    private static CsrGraph reversed(CsrGraph graph) {
        CsrGraph.Builder builder = new CsrGraph.Builder(graph.vertexCount(), true);
        CsrGraph.Adjacency out = graph.out();
        for (int u = 0; u < graph.vertexCount(); u++) {
            for (int i = out.offsets()[u]; i < out.offsets()[u + 1]; i++) {
                builder.addEdge(out.targets()[i], u, out.weights()[i]);
            }
        }
        return builder.build();
    }
}
