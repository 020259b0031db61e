package be.tafel.analysis;

import be.tafel.analysis.algo.Clustering;
import be.tafel.analysis.algo.Constraint;
import be.tafel.analysis.algo.CsrGraph;

/** The neighbourhood-level scores of a view: clustering and Burt's structural holes. */
record LocalStructure(
        double[] clustering,
        double averageClustering,
        double transitivity,
        double[] constraint,
        double[] effectiveSize) {

    /** Clustering is unweighted, as NetworkX's default; constraint uses weights when asked. */
    static LocalStructure of(CsrGraph graph, boolean weighted) {
        Clustering clustering = new Clustering(graph); // weights are ignored
        Constraint constraint = new Constraint(weighted ? graph : graph.unweighted());
        return new LocalStructure(
                clustering.getScores(),
                clustering.getAverageClustering(),
                clustering.getTransitivity(),
                constraint.getConstraint(),
                constraint.getEffectiveSize());
    }
}
