package be.tafel.survey;

import be.tafel.analysis.algo.CsrGraph;
import be.tafel.analysis.algo.PathLength;
import be.tafel.analysis.algo.ShortestPathCentrality;
import be.tafel.analysis.algo.ViewSummary;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The network figures of one wave from the ties some respondents named, over all {@code n} invited
 * partners (vertices {@code 0..n-1}). The directed graph has an arc from each respondent to each partner
 * it named; the undirected graph has an edge where either side named the other. Definitions as NetworkX:
 * {@code reciprocity} is {@code nx.overall_reciprocity} of the directed graph; {@code density},
 * {@code centralisation} (Freeman degree centralisation), {@code degree} ({@code nx.degree_centrality}),
 * {@code betweenness} (normalised) and {@code closeness} (Wasserman–Faust) are of the undirected graph;
 * {@code inDegree} is {@code nx.in_degree_centrality} of the directed graph.
 *
 * @param reciprocity null when nobody named any tie
 * @param meanTrust mean trust over the named ties that rate it; null when none does
 */
record WaveFigures(
        double density,
        Double reciprocity,
        double centralisation,
        Double meanTrust,
        Double meanValue,
        double[] degree,
        double[] inDegree,
        double[] betweenness,
        double[] closeness) {

    /** A named tie by vertex numbers, with its trust and value (null when not rated). */
    record Arc(int from, int to, Double trust, Double value) {}

    static WaveFigures of(int n, List<Arc> arcs) {
        CsrGraph.Builder directed = new CsrGraph.Builder(n, true);
        CsrGraph.Builder undirected = new CsrGraph.Builder(n, false);
        Set<Long> pairs = new HashSet<>();
        double trustSum = 0;
        double valueSum = 0;
        int trusts = 0;
        int values = 0;
        for (Arc a : arcs) {
            directed.addEdge(a.from(), a.to());
            long pair = (long) Math.min(a.from(), a.to()) * n + Math.max(a.from(), a.to());
            if (pairs.add(pair)) {
                undirected.addEdge(a.from(), a.to());
            }
            if (a.trust() != null) {
                trustSum += a.trust();
                trusts++;
            }
            if (a.value() != null) {
                valueSum += a.value();
                values++;
            }
        }
        CsrGraph arcsGraph = directed.build();
        CsrGraph ties = undirected.build();
        ViewSummary directedSummary = ViewSummary.of(arcsGraph, 1);
        ViewSummary summary = ViewSummary.of(ties, 1);
        ShortestPathCentrality paths = new ShortestPathCentrality(ties, PathLength.HOPS, 1);
        double[] degree = new double[n];
        double[] inDegree = new double[n];
        for (int v = 0; v < n; v++) {
            degree[v] = n <= 1 ? 0.0 : (double) ties.out().degree(v) / (n - 1);
            inDegree[v] = n <= 1 ? 0.0 : (double) arcsGraph.in().degree(v) / (n - 1);
        }
        return new WaveFigures(
                summary.density(),
                directedSummary.reciprocity(),
                summary.degreeCentralization(),
                trusts == 0 ? null : trustSum / trusts,
                values == 0 ? null : valueSum / values,
                degree,
                inDegree,
                paths.getBetweennessScores(),
                paths.getClosenessScores());
    }
}
