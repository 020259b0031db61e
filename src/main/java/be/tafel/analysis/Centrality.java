package be.tafel.analysis;

/**
 * Every vertex score of one view, as arrays indexed like the snapshot's vertices. Scores that a view
 * too large for exact all-pairs work leaves out are null; {@code approximate} and {@code errorBound}
 * say when betweenness was sampled.
 */
public record Centrality(
        int[] degree,
        int[] inDegree,
        int[] outDegree,
        double[] strength,
        double[] betweenness,
        double[] closeness,
        double[] harmonic,
        double[] pagerank,
        double[] eigenvector,
        double[] clustering,
        double[] constraint,
        double[] effectiveSize,
        boolean approximate,
        Double errorBound) {}
