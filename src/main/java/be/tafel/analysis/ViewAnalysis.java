package be.tafel.analysis;

import be.tafel.analysis.algo.BetweennessEstimate;
import be.tafel.analysis.algo.Biconnectivity;
import be.tafel.analysis.algo.Clustering;
import be.tafel.analysis.algo.CsrGraph;
import be.tafel.analysis.algo.EigenvectorCentrality;
import be.tafel.analysis.algo.Louvain;
import be.tafel.analysis.algo.PageRank;
import be.tafel.analysis.algo.PathLength;
import be.tafel.analysis.algo.ShortestPathCentrality;
import be.tafel.analysis.algo.ViewSummary;

/**
 * The analyses of one snapshot, each computed once on first use and then shared: a cached view answers
 * every later request from memory.
 */
public final class ViewAnalysis {
    /** NetworkX's own stopping rule for PageRank, so the scores are the very iterate NetworkX returns. */
    static final double PAGERANK_TOLERANCE = 1e-6;

    static final int PAGERANK_MAX_ITERATIONS = 100;

    /** Louvain's seed: the same graph always gives the same communities, in the API and in write-back. */
    public static final long COMMUNITY_SEED = 42L;

    private final Snapshot snapshot;
    private final long version;
    private final Lazy<Centrality> unweighted;
    private final Lazy<Centrality> weighted;
    private final Lazy<ViewSummary> summary;
    private final Lazy<Biconnectivity> biconnectivity;
    private final Lazy<Reach> reach;
    private final Lazy<Louvain> communities;
    private final Lazy<java.util.List<BridgeFigures.BridgeFigure>> bridgeFigures;

    ViewAnalysis(Snapshot snapshot, ViewLoader loader, long version) {
        this.snapshot = snapshot;
        this.version = version;
        this.unweighted = new Lazy<>(() -> computeCentrality(false));
        this.weighted = new Lazy<>(() -> computeCentrality(true));
        this.summary = new Lazy<>(this::computeSummary);
        this.biconnectivity = new Lazy<>(() -> new Biconnectivity(snapshot.graph()));
        this.reach = new Lazy<>(() -> loader.reach(snapshot.request()));
        this.communities = new Lazy<>(() -> new Louvain(snapshot.graph().undirected(), COMMUNITY_SEED));
        this.bridgeFigures = new Lazy<>(() -> BridgeFigures.of(snapshot, biconnectivity.get()));
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public long version() {
        return version;
    }

    public Centrality centrality(boolean useWeights) {
        return useWeights ? weighted.get() : unweighted.get();
    }

    public ViewSummary summary() {
        return summary.get();
    }

    public Biconnectivity biconnectivity() {
        return biconnectivity.get();
    }

    /** The persons and partners whose leaving cuts others off, most first. */
    public java.util.List<BridgeFigures.BridgeFigure> bridgeFigures() {
        return bridgeFigures.get();
    }

    /** Seeded Louvain communities of the view, read as undirected. */
    public Louvain communities() {
        return communities.get();
    }

    public Reach reach() {
        return reach.get();
    }

    private ViewSummary computeSummary() {
        CsrGraph graph = snapshot.graph();
        Clustering clustering = new Clustering(graph.unweighted());
        return ViewSummary.of(graph).withClustering(clustering.getAverageClustering(), clustering.getTransitivity());
    }

    private Centrality computeCentrality(boolean useWeights) {
        CsrGraph graph = useWeights ? snapshot.graph() : snapshot.graph().unweighted();
        PathLength length = useWeights ? PathLength.INVERSE_WEIGHT : PathLength.HOPS;
        int n = graph.vertexCount();
        long work = (long) n * Math.max(1, graph.edgeCount());
        double[] betweenness;
        double[] closeness = null;
        double[] harmonic = null;
        boolean approximate = false;
        Double errorBound = null;
        if (work <= BetweennessEstimate.EXACT_WORK_LIMIT) {
            ShortestPathCentrality paths = new ShortestPathCentrality(graph, length, ShortestPathCentrality.THREADS_DEFAULT);
            betweenness = paths.getBetweennessScores();
            closeness = paths.getClosenessScores();
            harmonic = paths.getHarmonicScores();
        } else {
            BetweennessEstimate estimate = new BetweennessEstimate(graph, length, BetweennessEstimate.EPSILON_DEFAULT,
                    BetweennessEstimate.DELTA_DEFAULT, BetweennessEstimate.SEED_DEFAULT,
                    ShortestPathCentrality.THREADS_DEFAULT, BetweennessEstimate.EXACT_WORK_LIMIT);
            betweenness = estimate.getScores();
            approximate = estimate.isApproximate();
            errorBound = approximate ? estimate.getErrorBound() : null;
        }
        LocalStructure local = LocalStructure.of(graph, useWeights);
        return new Centrality(degrees(graph, true, true), degrees(graph, true, false), degrees(graph, false, true),
                strengths(snapshot.graph()), betweenness, closeness, harmonic,
                new PageRank(graph, useWeights, 0.85, PAGERANK_MAX_ITERATIONS, PAGERANK_TOLERANCE).getScores(),
                new EigenvectorCentrality(graph).getScores(),
                local.clustering(), local.constraint(), local.effectiveSize(), approximate, errorBound);
    }

    private static int[] degrees(CsrGraph graph, boolean in, boolean out) {
        int[] degrees = new int[graph.vertexCount()];
        for (int v = 0; v < degrees.length; v++) {
            if (!graph.isDirected()) {
                degrees[v] = graph.out().degree(v);
            } else {
                degrees[v] = (in ? graph.in().degree(v) : 0) + (out ? graph.out().degree(v) : 0);
            }
        }
        return degrees;
    }

    private static double[] strengths(CsrGraph graph) {
        double[] strengths = new double[graph.vertexCount()];
        for (int v = 0; v < strengths.length; v++) {
            strengths[v] = graph.out().strength(v) + (graph.isDirected() ? graph.in().strength(v) : 0);
        }
        return strengths;
    }
}
