package be.tafel.analysis.algo;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Betweenness for graphs of any size: exact (Brandes, through {@link ShortestPathCentrality}) while
 * {@code n * m <= exactWorkLimit}, and above it estimated by Riondato and Kornaropoulos' sampling of
 * shortest paths, with a stated error bound. Scores are always in NetworkX's normalisation
 * ({@code nx.betweenness_centrality(G, normalized=True)}), and so is {@link #getErrorBound()}.
 *
 * <p><b>Threshold rule.</b> Exact when {@code n * m <= }{@link #EXACT_WORK_LIMIT} (a town's views, and
 * a region's partner views, stay exact), sampled otherwise.
 *
 * <p><b>Sampling.</b> Riondato and Kornaropoulos normalise betweenness over all ordered pairs,
 * {@code b'(v) = b_raw(v) / (n(n-1))}, so NetworkX's score is {@code b(v) = b'(v) * n / (n-2)}. The
 * estimate draws {@code r} ordered pairs {@code (u, w)}, {@code u != w}, uniformly; for each it picks
 * one shortest path from {@code u} to {@code w} uniformly (walking back from {@code w}, choosing
 * predecessor {@code z} with probability {@code sigma_uz / sigma_uw}) and adds {@code 1/r} to every
 * inner vertex of it. With
 *
 * <pre>
 *   r = ceil( c / eps'^2 * ( floor(log2(VD - 2)) + 1 + ln(1 / delta) ) ),   c = 0.5,  eps' = eps (n-2) / n
 * </pre>
 *
 * where {@code VD} bounds the vertex diameter (the most vertices on a shortest path), every vertex's
 * estimate is within {@code eps} of its exact NetworkX-normalised betweenness with probability at
 * least {@code 1 - delta}. {@code VD} is bounded by {@code 2 e + 1} per component, with {@code e} the
 * eccentricity of the component's smallest vertex, for undirected hop distances, and by the size of
 * the largest weakly connected component otherwise, as the paper suggests.
 *
 * <p>The estimate is deterministic for a seed: the pairs and one random seed per path are drawn in
 * sequence before the searches start, searches are split over threads, and each thread counts in
 * integers, so the result is the same for every thread count. Each search stops as soon as its target
 * is settled. Running time O(r (m + n log n)) at worst, usually far less.
 *
 * <p>The analyses of a view use {@link SampledCentrality} instead, which draws the same kind of paths
 * from full searches and so estimates closeness and harmonic from them too; this class samples
 * betweenness alone, each search stopping at its target.
 *
 * <p>M. Riondato and E. M. Kornaropoulos, "Fast approximation of betweenness centrality through
 * sampling", WSDM 2014 (Data Mining and Knowledge Discovery 30(2), 2016).
 */
public final class BetweennessEstimate {
    /**
     * Exact betweenness while {@code n * m} is at most this: the 10,000-vertex, 30,000-edge benchmark
     * graph, about 13 s of CPU time (7 s on 2 cores) for hop distances on the development machine.
     */
    public static final long EXACT_WORK_LIMIT = 300_000_000L;
    /** The default error bound, in NetworkX-normalised betweenness. */
    public static final double EPSILON_DEFAULT = 0.02;
    /** The default probability that some vertex's estimate is further than the bound from the exact value. */
    public static final double DELTA_DEFAULT = 0.1;
    public static final long SEED_DEFAULT = 1L;
    /** The universal constant {@code c} of the sample size (Löffler and Phillips 2009). */
    public static final double SAMPLE_SIZE_CONSTANT = 0.5;

    private final double[] scores;
    private final boolean approximate;
    private final double errorBound;
    private final double delta;
    private final int sampleSize;
    private final long seed;
    private final int vertexDiameterBound;

    /** Hop distances, the default bound, confidence and seed, all available cores. */
    public BetweennessEstimate(CsrGraph graph) {
        this(graph, PathLength.HOPS, EPSILON_DEFAULT, DELTA_DEFAULT, SEED_DEFAULT,
                ShortestPathCentrality.THREADS_DEFAULT, EXACT_WORK_LIMIT);
    }

    /**
     * @param epsilon the error bound when sampling, in NetworkX-normalised betweenness, in (0, 1)
     * @param delta the allowed probability of exceeding it, in (0, 1)
     * @param seed the seed of the sampling
     * @param threads worker threads, at least 1
     * @param exactWorkLimit exact when {@code n * m} is at most this ({@link #EXACT_WORK_LIMIT}; 0 or
     *     less always samples a graph with 3 or more vertices)
     */
    public BetweennessEstimate(CsrGraph graph, PathLength length, double epsilon, double delta, long seed,
            int threads, long exactWorkLimit) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(length, "length");
        if (!(epsilon > 0 && epsilon < 1)) {
            throw new IllegalArgumentException("epsilon must be in (0, 1): " + epsilon);
        }
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta must be in (0, 1): " + delta);
        }
        ParallelSources.checkThreads(threads);
        int n = graph.vertexCount();
        this.seed = seed;
        this.delta = delta;
        this.approximate = n >= 3 && (long) n * graph.edgeCount() > exactWorkLimit;
        if (!approximate) {
            this.scores = new ShortestPathCentrality(graph, length, threads).getBetweennessScores();
            this.errorBound = 0;
            this.sampleSize = 0;
            this.vertexDiameterBound = 0;
            return;
        }
        this.errorBound = epsilon;
        this.vertexDiameterBound = vertexDiameterBound(graph, length);
        this.sampleSize = sampleSize(epsilon * (n - 2) / n, delta, vertexDiameterBound);
        this.scores = sample(graph, length, threads);
    }

    /** The betweenness of every vertex, NetworkX-normalised; a copy indexed by vertex. */
    public double[] getScores() {
        return scores.clone();
    }

    public double getVertexScore(int v) {
        if (v < 0 || v >= scores.length) {
            throw new IllegalArgumentException("vertex " + v + " is outside 0.." + (scores.length - 1));
        }
        return scores[v];
    }

    /** Whether the scores are sampled estimates rather than exact values. */
    public boolean isApproximate() {
        return approximate;
    }

    /**
     * With probability at least {@link #getConfidence()}, every score is within this of the exact
     * NetworkX-normalised betweenness; 0 when exact.
     */
    public double getErrorBound() {
        return errorBound;
    }

    /** {@code 1 - delta} when sampled, 1 when exact. */
    public double getConfidence() {
        return approximate ? 1 - delta : 1.0;
    }

    /** The number of sampled shortest paths, 0 when exact. */
    public int getSampleSize() {
        return sampleSize;
    }

    public long getSeed() {
        return seed;
    }

    /** The bound on the vertex diameter the sample size was computed from; 0 when exact. */
    public int getVertexDiameterBound() {
        return vertexDiameterBound;
    }

    /** Riondato and Kornaropoulos' sample size for an error {@code epsilon} in their normalisation. */
    static int sampleSize(double epsilon, double delta, int vertexDiameter) {
        int logTerm = vertexDiameter - 2 >= 1 ? 31 - Integer.numberOfLeadingZeros(vertexDiameter - 2) : 0;
        double r = SAMPLE_SIZE_CONSTANT / (epsilon * epsilon) * (logTerm + 1 + Math.log(1 / delta));
        return (int) Math.min(Integer.MAX_VALUE, Math.ceil(r));
    }

    static int vertexDiameterBound(CsrGraph graph, PathLength length) {
        Components components = Components.weak(graph);
        if (graph.isDirected() || length != PathLength.HOPS) {
            return components.largestSize();
        }
        // one search state for all components: a view has thousands of small ones
        ShortestPaths paths = new ShortestPaths(new ShortestPaths.Network(graph, PathLength.HOPS));
        int[] first = firstMembers(components);
        int bound = 0;
        for (int c = 0; c < components.count(); c++) {
            int size = components.size(c);
            if (size <= 3) {
                bound = Math.max(bound, size); // 2 e + 1 >= size here anyway
                continue;
            }
            paths.searchFrom(first[c]);
            int eccentricity = (int) paths.dist[paths.order[paths.settledCount - 1]];
            bound = Math.max(bound, Math.min(size, 2 * eccentricity + 1));
        }
        return bound;
    }

    /** The smallest vertex of every component, in one pass ({@code members(c)} scans all vertices per component). */
    static int[] firstMembers(Components components) {
        int[] first = new int[components.count()];
        java.util.Arrays.fill(first, -1);
        int[] labels = components.getLabels();
        for (int v = 0; v < labels.length; v++) {
            int c = labels[v];
            if (c >= 0 && first[c] < 0) {
                first[c] = v;
            }
        }
        return first;
    }

    private double[] sample(CsrGraph graph, PathLength length, int threads) {
        int n = graph.vertexCount();
        int[] from = new int[sampleSize];
        int[] to = new int[sampleSize];
        long[] pathSeeds = new long[sampleSize];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < sampleSize; i++) {
            from[i] = random.nextInt(n);
            int other = random.nextInt(n - 1);
            to[i] = other >= from[i] ? other + 1 : other;
            pathSeeds[i] = random.nextLong();
        }
        ShortestPaths.Network network = new ShortestPaths.Network(graph, length);
        List<Sampler> samplers = ParallelSources.run(sampleSize, threads, t -> new Sampler(network),
                (sampler, i) -> sampler.samplePath(from[i], to[i], pathSeeds[i]));
        long[] counts = new long[n];
        for (Sampler sampler : samplers) {
            for (int v = 0; v < n; v++) {
                counts[v] += sampler.counts[v];
            }
        }
        double scale = (double) n / (n - 2) / sampleSize;
        double[] estimate = new double[n];
        for (int v = 0; v < n; v++) {
            estimate[v] = counts[v] * scale;
        }
        return estimate;
    }

    /** One thread's search state and the number of sampled paths through each vertex. */
    private static final class Sampler {
        private final ShortestPaths paths;
        final int[] counts;

        Sampler(ShortestPaths.Network network) {
            this.paths = new ShortestPaths(network);
            this.counts = new int[network.n];
        }

        void samplePath(int source, int target, long pathSeed) {
            paths.search(source, target);
            if (!paths.reached(target)) {
                return;
            }
            SplittableRandom random = new SplittableRandom(pathSeed);
            int w = paths.predecessor(target, random);
            while (w != source) {
                counts[w]++;
                w = paths.predecessor(w, random);
            }
        }
    }
}
