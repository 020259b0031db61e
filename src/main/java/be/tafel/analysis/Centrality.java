package be.tafel.analysis;

import java.util.List;

/**
 * Every vertex score of one view, as arrays indexed like the snapshot's vertices. On a view too large
 * for the exact all-pairs pass, betweenness, closeness and harmonic are sampled estimates, and
 * {@code bounds} states for each its error bound and the probability that it holds for every vertex;
 * {@code bounds} is empty when every score is exact.
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
        List<ScoreBound> bounds) {

    /**
     * How far a sampled score may be from the exact one.
     *
     * @param score the score's name, as in the answers ({@code betweenness}, {@code closeness}, {@code harmonic})
     * @param method how the bound was derived
     * @param errorBound every vertex's estimate is within this of its exact score, in the score's own units
     * @param normalisedErrorBound the same bound on the normalised score: equal to {@code errorBound} for
     *     betweenness and closeness, {@code errorBound / (n-1)} for harmonic
     * @param confidence the probability (at least) that the bound holds for every vertex at once
     * @param samples the number of sampled sources (one shortest-path search each)
     */
    public record ScoreBound(
            String score,
            String method,
            double errorBound,
            double normalisedErrorBound,
            double confidence,
            int samples) {
        public static final String RIONDATO_KORNAROPOULOS = "riondato-kornaropoulos";
        public static final String HOEFFDING_OR_BERNSTEIN = "eppstein-wang-hoeffding-or-bernstein";
        public static final String EMPIRICAL_BERNSTEIN = "eppstein-wang-empirical-bernstein";
    }

    public Centrality {
        bounds = List.copyOf(bounds);
    }

    /** Whether any score is a sampled estimate. */
    public boolean approximate() {
        return !bounds.isEmpty();
    }

    /** Betweenness's error bound (NetworkX-normalised) when it is sampled, else null. */
    public Double errorBound() {
        return bounds.stream()
                .filter(b -> b.score().equals("betweenness"))
                .map(ScoreBound::errorBound)
                .findFirst()
                .orElse(null);
    }
}
