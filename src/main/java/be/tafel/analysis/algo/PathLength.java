package be.tafel.analysis.algo;

/**
 * How the path-based algorithms measure the length of an edge.
 *
 * <p>The views' weights are similarities (strength, number of referrals, shared families), so a
 * weighted shortest path uses the distance {@code 1 / weight}: NetworkX's
 * {@code weight=lambda u, v, d: 1 / d["weight"]}.
 */
public enum PathLength {
    /** Every edge has length 1: shortest paths count hops (breadth-first search). */
    HOPS,
    /** An edge of weight {@code w} has length {@code 1 / w} (Dijkstra). */
    INVERSE_WEIGHT;

    /** The length of every position of {@code rows}, aligned with {@code rows.targets()}. */
    double[] lengths(CsrGraph.Adjacency rows) {
        double[] weights = rows.weights();
        double[] lengths = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            lengths[i] = this == HOPS ? 1.0 : 1.0 / weights[i];
        }
        return lengths;
    }
}
