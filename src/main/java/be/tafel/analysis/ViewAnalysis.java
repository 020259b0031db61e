package be.tafel.analysis;

import be.tafel.analysis.algo.Biconnectivity;
import be.tafel.analysis.algo.Clustering;
import be.tafel.analysis.algo.CsrGraph;
import be.tafel.analysis.algo.EigenvectorCentrality;
import be.tafel.analysis.algo.Louvain;
import be.tafel.analysis.algo.PageRank;
import be.tafel.analysis.algo.PathLength;
import be.tafel.analysis.algo.SampledCentrality;
import be.tafel.analysis.algo.ShortestPathCentrality;
import be.tafel.analysis.algo.ViewSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
    private final ViewLoader loader;
    /** Centrality per (weighted, requested epsilon), each computed once. */
    private final Map<CentralityKey, Lazy<Centrality>> centralities = new ConcurrentHashMap<>();

    private final Lazy<ViewSummary> summary;
    private final Lazy<Biconnectivity> biconnectivity;
    /** The reach of families, read at this snapshot's version when an answer first needs it. */
    private volatile Reach reach;

    private final Lazy<Louvain> communities;
    private final Lazy<Communities> communityAnswer;
    private final Lazy<java.util.List<BridgeFigures.BridgeFigure>> bridgeFigures;
    private final Lazy<Bridges> bridges;
    private final Map<Groups.By, Lazy<List<BrokerageRoles.Roles>>> brokerage = new ConcurrentHashMap<>();
    private final Lazy<Cohesion> cohesion;

    ViewAnalysis(Snapshot snapshot, ViewLoader loader) {
        this.loader = loader;
        this.snapshot = snapshot;
        this.summary = new Lazy<>(this::computeSummary);
        this.biconnectivity = new Lazy<>(() -> new Biconnectivity(snapshot.graph()));
        this.communities = new Lazy<>(() -> new Louvain(snapshot.graph().undirected(), COMMUNITY_SEED));
        this.communityAnswer = new Lazy<>(() -> Communities.of(snapshot, communities.get()));
        this.bridgeFigures = new Lazy<>(() -> BridgeFigures.of(snapshot, biconnectivity.get()));
        this.bridges = new Lazy<>(() -> Bridges.of(snapshot, biconnectivity.get(), bridgeFigures.get()));
        this.cohesion = new Lazy<>(() -> new Cohesion(snapshot));
    }

    /**
     * {@code same}'s analyses, computed or still to compute, for {@code moved}: the same view at a later graph
     * version that did not change it ({@link SnapshotDelta.Outcome#CARRIED}). The reach of families moves along
     * only when {@code keepReach}.
     */
    private ViewAnalysis(ViewAnalysis same, Snapshot moved, boolean keepReach) {
        this.snapshot = moved;
        this.loader = same.loader;
        this.centralities.putAll(same.centralities);
        this.summary = same.summary;
        this.biconnectivity = same.biconnectivity;
        this.communities = same.communities;
        this.communityAnswer = same.communityAnswer;
        this.bridgeFigures = same.bridgeFigures;
        this.bridges = same.bridges;
        this.brokerage.putAll(same.brokerage);
        this.cohesion = same.cohesion;
        this.reach = keepReach ? same.reach : null;
    }

    /** This view's analyses at a later version that left the view as it is. */
    ViewAnalysis movedTo(Snapshot moved, boolean keepReach) {
        if (moved.version() < snapshot.version() || !moved.request().equals(snapshot.request())) {
            throw new IllegalArgumentException("a view moves on to a later version of itself");
        }
        return new ViewAnalysis(this, moved, keepReach);
    }

    /** The same snapshot with nothing computed yet: for timing an analysis without projecting again. */
    public ViewAnalysis uncached() {
        return new ViewAnalysis(snapshot, loader);
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public long version() {
        return snapshot.version();
    }

    /**
     * The smallest and largest error bound a caller may ask for: below 0.01 the sample outgrows the
     * exact pass on every view where sampling is used; above 0.25 the bound says little.
     */
    public static final double EPSILON_MIN = 0.01;

    public static final double EPSILON_MAX = 0.25;

    /** The error bound used when none is asked for. */
    public static final double EPSILON_DEFAULT = SampledCentrality.EPSILON_DEFAULT;

    /**
     * The error bounds computed: a requested bound is rounded down to the nearest of these, so the promise
     * holds while every distinct request does not cost a new sampled pass (and a new cached result).
     */
    public static final List<Double> EPSILON_STEPS = List.of(0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25);

    /**
     * The largest of {@link #EPSILON_STEPS} not above {@code epsilon}.
     *
     * @throws IllegalArgumentException when {@code epsilon} is outside [{@link #EPSILON_MIN}, {@link #EPSILON_MAX}]
     */
    public static double epsilonStep(double epsilon) {
        if (!(epsilon >= EPSILON_MIN && epsilon <= EPSILON_MAX)) {
            throw new IllegalArgumentException(
                    "epsilon must be from " + EPSILON_MIN + " to " + EPSILON_MAX + ": " + epsilon);
        }
        double step = EPSILON_STEPS.getFirst();
        for (double allowed : EPSILON_STEPS) {
            if (allowed <= epsilon) {
                step = allowed;
            }
        }
        return step;
    }

    /** Every score; betweenness, closeness and harmonic sampled with the default bound when the view is too large. */
    public Centrality centrality(boolean useWeights) {
        return centrality(useWeights, EPSILON_DEFAULT);
    }

    /**
     * Every score. Betweenness, closeness and harmonic are exact while {@code n * m} is at most
     * {@link SampledCentrality#EXACT_WORK_LIMIT}, or when sampling to {@code epsilon} would search
     * from as many sources as the exact pass; otherwise they are sampled ({@link SampledCentrality})
     * with bound {@code epsilon} on betweenness, closeness and harmonic coming from the same searches
     * with the bounds those give, and {@link Centrality#bounds()} states each score's bound.
     *
     * @param epsilon in [{@link #EPSILON_MIN}, {@link #EPSILON_MAX}], rounded down to one of {@link #EPSILON_STEPS}
     */
    public Centrality centrality(boolean useWeights, double requested) {
        double epsilon = epsilonStep(requested);
        CentralityKey key = new CentralityKey(useWeights, samplesPaths() ? epsilon : 0);
        return centralities
                .computeIfAbsent(key, k -> new Lazy<>(() -> computeCentrality(useWeights, epsilon)))
                .get();
    }

    private record CentralityKey(boolean weighted, double epsilon) {}

    /** Whether this view's path scores are sampled rather than exact. */
    private boolean samplesPaths() {
        CsrGraph graph = snapshot.graph();
        long work = (long) graph.vertexCount() * Math.max(1, graph.edgeCount());
        return work > SampledCentrality.EXACT_WORK_LIMIT && graph.vertexCount() >= 3;
    }

    public ViewSummary summary() {
        return summary.get();
    }

    /** The summary with the view and date it is of, as the API answers it. */
    public SummaryAnswer summaryAnswer() {
        return SummaryAnswer.of(this);
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

    /** The view's cut vertices and edges by id, with its bridge figures. */
    public Bridges bridges() {
        return bridges.get();
    }

    /** The communities with their sectors and E-I indices. */
    public Communities communityStructure() {
        return communityAnswer.get();
    }

    /**
     * The brokerage roles of every vertex, groups by sector or first domain.
     *
     * @throws IllegalArgumentException when the view is not directed
     */
    public List<BrokerageRoles.Roles> brokerage(Groups.By groupBy) {
        return brokerage
                .computeIfAbsent(groupBy, by -> new Lazy<>(() -> BrokerageRoles.of(snapshot, by)))
                .get();
    }

    /** The reach of families read with this snapshot ({@link AnalysisService#oneVersion}), or null if not read yet. */
    Reach loadedReach() {
        return reach;
    }

    void keepReach(Reach read) {
        this.reach = read;
    }

    /** Bytes per vertex kept beside the snapshot's own: a few sets of scores, communities and roles. */
    static final long ANALYSIS_BYTES_PER_VERTEX = 1024;

    /**
     * An estimate of the bytes this analysis holds once its usual scores are computed: the snapshot (its
     * vertices with their texts, its id index, its graph and its edges), room for a few computed score sets,
     * and the reach of families once read. An estimate for the cache's bound, not a measurement.
     */
    long weight() {
        long n = snapshot.size();
        long m = snapshot.edges().size();
        long vertices = 0;
        for (Vertex v : snapshot.vertices()) {
            vertices += 160
                    + text(v.id())
                    + text(v.name())
                    + text(v.sector())
                    + text(v.kind())
                    + text(v.role())
                    + text(v.neighbourhood())
                    + 16L * (v.domains().size() + v.neighbourhoods().size());
        }
        long index = 64 * n;
        long graph = 2 * 12 * m + 8 * n;
        long edges = 48 * m;
        Reach read = reach;
        long reached = read == null
                ? 0
                : read.familiesByPartner().values().stream()
                        .mapToLong(families -> 96 + 48L * families.size())
                        .sum();
        return 1024 + vertices + index + 3 * graph + edges + ANALYSIS_BYTES_PER_VERTEX * n + reached;
    }

    private static long text(String s) {
        return s == null ? 0 : 48 + s.length();
    }

    /** Core numbers, Katz, edge betweenness and connectivity, each computed on first use. */
    public Cohesion cohesion() {
        return cohesion.get();
    }

    private ViewSummary computeSummary() {
        return summaryOf(snapshot.graph());
    }

    /** The view summary of a graph, with its clustering values. */
    public static ViewSummary summaryOf(CsrGraph graph) {
        Clustering clustering = new Clustering(graph.unweighted());
        return ViewSummary.of(graph).withClustering(clustering.getAverageClustering(), clustering.getTransitivity());
    }

    private Centrality computeCentrality(boolean useWeights, double epsilon) {
        CsrGraph graph = useWeights ? snapshot.graph() : snapshot.graph().unweighted();
        PathLength length = useWeights ? PathLength.INVERSE_WEIGHT : PathLength.HOPS;
        double[] betweenness;
        double[] closeness;
        double[] harmonic;
        List<Centrality.ScoreBound> bounds = new ArrayList<>();
        Optional<SampledCentrality> sample = samplesPaths()
                ? SampledCentrality.ifCheaperThanExact(
                        graph,
                        length,
                        epsilon,
                        SampledCentrality.DELTA_DEFAULT,
                        SampledCentrality.SEED_DEFAULT,
                        ShortestPathCentrality.THREADS_DEFAULT)
                : Optional.empty();
        if (sample.isPresent()) {
            SampledCentrality sampled = sample.get();
            betweenness = sampled.getBetweennessScores();
            closeness = sampled.getClosenessScores();
            harmonic = sampled.getHarmonicScores();
            int n = graph.vertexCount();
            double confidence = sampled.getConfidence();
            int k = sampled.getSampleSize();
            bounds.add(new Centrality.ScoreBound(
                    "betweenness",
                    Centrality.ScoreBound.RIONDATO_KORNAROPOULOS,
                    sampled.getBetweennessErrorBound(),
                    sampled.getBetweennessErrorBound(),
                    confidence,
                    k));
            bounds.add(new Centrality.ScoreBound(
                    "closeness",
                    Centrality.ScoreBound.EMPIRICAL_BERNSTEIN,
                    sampled.getClosenessErrorBound(),
                    sampled.getClosenessErrorBound(),
                    confidence,
                    k));
            bounds.add(new Centrality.ScoreBound(
                    "harmonic",
                    Centrality.ScoreBound.HOEFFDING_OR_BERNSTEIN,
                    sampled.getHarmonicErrorBound() * (n - 1),
                    sampled.getHarmonicErrorBound(),
                    confidence,
                    k));
        } else {
            ShortestPathCentrality paths =
                    new ShortestPathCentrality(graph, length, ShortestPathCentrality.THREADS_DEFAULT);
            betweenness = paths.getBetweennessScores();
            closeness = paths.getClosenessScores();
            harmonic = paths.getHarmonicScores();
        }
        LocalStructure local = LocalStructure.of(graph, useWeights);
        return new Centrality(
                degrees(graph, true, true),
                degrees(graph, true, false),
                degrees(graph, false, true),
                strengths(snapshot.graph()),
                betweenness,
                closeness,
                harmonic,
                new PageRank(graph, useWeights, 0.85, PAGERANK_MAX_ITERATIONS, PAGERANK_TOLERANCE).getScores(),
                new EigenvectorCentrality(graph).getScores(),
                local.clustering(),
                local.constraint(),
                local.effectiveSize(),
                List.copyOf(bounds));
    }

    private static int[] degrees(CsrGraph graph, boolean in, boolean out) {
        int[] degrees = new int[graph.vertexCount()];
        for (int v = 0; v < degrees.length; v++) {
            if (!graph.isDirected()) {
                degrees[v] = graph.out().degree(v);
            } else {
                degrees[v] =
                        (in ? graph.in().degree(v) : 0) + (out ? graph.out().degree(v) : 0);
            }
        }
        return degrees;
    }

    private static double[] strengths(CsrGraph graph) {
        double[] strengths = new double[graph.vertexCount()];
        for (int v = 0; v < strengths.length; v++) {
            strengths[v] =
                    graph.out().strength(v) + (graph.isDirected() ? graph.in().strength(v) : 0);
        }
        return strengths;
    }
}
