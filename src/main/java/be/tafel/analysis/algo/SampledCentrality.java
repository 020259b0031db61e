package be.tafel.analysis.algo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Betweenness, closeness and harmonic centrality estimated from one shortest-path search per sampled
 * source, each with an error bound that holds for every vertex at once with a stated probability. The
 * scores estimate NetworkX's, as defined in {@link ShortestPathCentrality}; the exact pass costs one
 * search per vertex, this one {@code k} searches, whatever the size of the graph.
 *
 * <p><b>Sampling.</b> Draw {@code k} sources {@code s_1..s_k} uniformly (with replacement) and, for
 * each, a target {@code t_i != s_i} uniformly. Search once from each source (breadth-first for hops,
 * Dijkstra otherwise), to the end: that one search gives every vertex's distance from the source, and
 * one shortest path from {@code s_i} to {@code t_i}, drawn uniformly by walking back from the target
 * through predecessors {@code z} with probability {@code sigma_sz / sigma_sw}. Running time
 * O(k (m + n)) for hops, O(k (m + n log n)) with weights; memory O(n) per thread.
 *
 * <p><b>Betweenness</b> is Riondato and Kornaropoulos' estimate over the {@code k} sampled paths (the
 * pairs are independent and uniform, as their theorem asks): {@code b(v) ~ n / (n-2) * (paths through
 * v) / k}, within
 *
 * <pre>
 *   eps_b = n / (n-2) * sqrt( c (floor(log2(VD - 2)) + 1 + ln(1/delta)) / k ),   c = 0.5,
 * </pre>
 *
 * of NetworkX's normalised betweenness for every vertex, with probability at least {@code 1 - delta}
 * ({@code VD} bounds the number of vertices on a shortest path; see {@link PathSampleSize}).
 *
 * <p>{@code k} is Riondato and Kornaropoulos' sample size for the requested {@code epsilon}, so
 * {@code eps_b <= epsilon}; closeness and harmonic come from the same searches at no extra cost, with
 * the bounds below, which are stated as computed (they are usually a little below {@code epsilon} for
 * harmonic on hop distances).
 *
 * <p><b>Harmonic</b> (Eppstein and Wang's source sampling): {@code h(v) ~ n / k * sum_i 1 / d(s_i,
 * v)}, with {@code 1/d = 0} for {@code s_i = v} or unreachable. Each term lies in {@code [0, R]}, with
 * {@code R = 1} for hops and {@code 1 / (shortest edge length)} with weights. Hoeffding's inequality
 * with a union bound over the {@code n} vertices bounds the normalised score {@code h(v) / (n-1)} for
 * every vertex by {@code n / (n-1) * R * sqrt(ln(2n / delta_1) / (2k))}; the empirical Bernstein bound
 * (below) gives each vertex its own, usually tighter, bound from the sample variance of its terms. With
 * half of {@code delta} for each, every vertex is within the smaller of its two bounds with probability
 * at least {@code 1 - delta}; {@link #getHarmonicErrorBound()} is the largest over the vertices.
 *
 * <p><b>Closeness</b> (Wasserman–Faust, NetworkX's {@code wf_improved}) is {@code c(v) = rho^2 / mu}
 * with {@code rho = r(v) / (n-1)} the share of the others that reach {@code v} and {@code mu = D(v) /
 * (n-1)} their summed distance over {@code n-1}. On an undirected graph {@code rho} is known exactly
 * (the component's size); otherwise it is estimated like {@code mu} from the same sources:
 * {@code mu~ = n / (n-1) * mean_i d(s_i, v)}. Hoeffding's bound on {@code mu} grows with the diameter
 * and is of no use here, so each vertex gets the empirical Bernstein bound of Maurer and Pontil (2009,
 * theorem 4), two-sided, with a union bound over the vertices and quantities ({@code delta' = delta /
 * (4n)}, or {@code delta / (2n)} when {@code rho} is exact):
 *
 * <pre>
 *   |mu~ - mu| <= n / (n-1) * ( sqrt(2 V ln(2/delta') / k) + 7 Delta ln(2/delta') / (3 (k-1)) ),
 * </pre>
 *
 * with {@code V} the sample variance of the distances to {@code v} and {@code Delta} a bound on the
 * largest finite distance ({@link DistanceBound}). The true {@code (rho, mu)} then lies in a box,
 * and also satisfies {@code l_min rho <= mu <= Delta rho}; the largest and smallest {@code rho^2 / mu}
 * over it give the vertex's interval, and {@link #getClosenessErrorBound()} is the widest half of any
 * vertex's interval: every closeness is within it with probability at least {@code 1 - delta}.
 *
 * <p>Each bound holds with probability at least {@code 1 - delta} on its own (all three together with
 * at least {@code 1 - 3 delta}). Deterministic for a seed: sources, targets and path seeds are drawn
 * before the searches, integer counts are exact and the sums are added in worker order.
 *
 * <p>M. Riondato and E. M. Kornaropoulos, "Fast approximation of betweenness centrality through
 * sampling", Data Mining and Knowledge Discovery 30(2), 2016. D. Eppstein and J. Wang, "Fast
 * approximation of centrality", Journal of Graph Algorithms and Applications 8(1), 2004. A. Maurer
 * and M. Pontil, "Empirical Bernstein bounds and sample variance penalization", COLT 2009.
 */
public final class SampledCentrality {
    /**
     * The analyses compute path scores exactly while {@code n * m} is at most this: the 10,000-vertex,
     * 30,000-edge benchmark graph, about 13 s of CPU time (7 s on 2 cores) for hop distances on the
     * development machine; above it they sample.
     */
    public static final long EXACT_WORK_LIMIT = 300_000_000L;

    /** The default error bound on NetworkX-normalised betweenness: about 1,000-1,500 searches on the views measured. */
    public static final double EPSILON_DEFAULT = 0.05;
    /** The default probability that a score's bound fails for some vertex. */
    public static final double DELTA_DEFAULT = 0.1;

    public static final long SEED_DEFAULT = 1L;

    private final int n;
    private final int sampleSize;
    private final double delta;
    private final int vertexDiameterBound;
    private final double distanceBound;
    private final double[] betweenness;
    private final double[] closeness;
    private final double[] harmonic;
    private final double betweennessErrorBound;
    private final double harmonicErrorBound;
    private final double closenessErrorBound;

    /** Hop distances, the default bound, confidence and seed, on all available cores. */
    public SampledCentrality(CsrGraph graph) {
        this(graph, PathLength.HOPS, EPSILON_DEFAULT, DELTA_DEFAULT, SEED_DEFAULT, ParallelSources.availableThreads());
    }

    /**
     * @param graph at least 3 vertices
     * @param length how an edge's length is measured
     * @param epsilon the requested bound on betweenness (NetworkX-normalised), in (0, 1)
     * @param delta the allowed probability that a score's bound fails, in (0, 1)
     * @param seed the seed of the sampling
     * @param threads worker threads, at least 1
     */
    public SampledCentrality(CsrGraph graph, PathLength length, double epsilon, double delta, long seed, int threads) {
        this(graph, length, delta, seed, threads, PathBounds.of(graph, length), epsilon);
    }

    private SampledCentrality(
            CsrGraph graph,
            PathLength length,
            double delta,
            long seed,
            int threads,
            PathBounds bounds,
            double epsilon) {
        this(graph, length, delta, seed, threads, bounds, bounds.sampleSize(epsilon, delta));
    }

    /**
     * The sampled scores when sampling to {@code epsilon} needs fewer searches than the exact pass (one per
     * vertex), else empty: the bounds the sample size needs are found once, for both.
     */
    public static Optional<SampledCentrality> ifCheaperThanExact(
            CsrGraph graph, PathLength length, double epsilon, double delta, long seed, int threads) {
        if (graph.vertexCount() < 3) {
            return Optional.empty();
        }
        PathBounds bounds = PathBounds.of(graph, length);
        int samples = bounds.sampleSize(epsilon, delta);
        return samples < graph.vertexCount()
                ? Optional.of(new SampledCentrality(graph, length, delta, seed, threads, bounds, samples))
                : Optional.empty();
    }

    /**
     * The network searched, a bound on every finite distance ({@link DistanceBound}) and the vertex-diameter
     * bound it implies ({@link PathSampleSize}).
     */
    private record PathBounds(CsrGraph graph, ShortestPaths.Network network, double distance, int vertexDiameter) {
        static PathBounds of(CsrGraph graph, PathLength length) {
            Objects.requireNonNull(graph, "graph");
            Objects.requireNonNull(length, "length");
            ShortestPaths.Network network = new ShortestPaths.Network(graph, length);
            double distance = DistanceBound.of(graph, length, network);
            return new PathBounds(
                    graph, network, distance, PathSampleSize.vertexDiameterBound(graph, length, distance));
        }

        /** Riondato and Kornaropoulos' sample size for betweenness within {@code epsilon}, at least 2. */
        int sampleSize(double epsilon, double delta) {
            checkEpsilon(epsilon);
            checkDelta(delta);
            int n = graph.vertexCount();
            if (n < 3) {
                throw new IllegalArgumentException("sampling needs at least 3 vertices: " + n);
            }
            return Math.max(PathSampleSize.of(epsilon * (n - 2) / n, delta, vertexDiameter), 2);
        }
    }

    private SampledCentrality(
            CsrGraph graph, PathLength length, double delta, long seed, int threads, PathBounds bounds, int samples) {
        checkDelta(delta);
        ParallelSources.checkThreads(threads);
        this.n = graph.vertexCount();
        if (n < 3) {
            throw new IllegalArgumentException("sampling needs at least 3 vertices: " + n);
        }
        this.delta = delta;
        this.sampleSize = samples;
        this.vertexDiameterBound = bounds.vertexDiameter();
        ShortestPaths.Network network = bounds.network();
        this.distanceBound = bounds.distance();
        double range = harmonicRange(network);
        int k = sampleSize;
        this.betweennessErrorBound = (double) n
                / (n - 2)
                * Math.sqrt(PathSampleSize.CONSTANT
                        * (PathSampleSize.logTerm(vertexDiameterBound) + 1 + Math.log(1 / delta))
                        / k);

        int[] from = new int[k];
        int[] to = new int[k];
        long[] pathSeeds = new long[k];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < k; i++) {
            from[i] = random.nextInt(n);
            int other = random.nextInt(n - 1);
            to[i] = other >= from[i] ? other + 1 : other;
            pathSeeds[i] = random.nextLong();
        }
        List<Worker> workers = ParallelSources.run(
                k,
                threads,
                t -> network.hops ? new HopWorker(network) : new LengthWorker(network),
                (worker, i) -> worker.sample(from[i], to[i], pathSeeds[i]));
        Sums sums = new Sums(n);
        for (Worker w : workers) {
            sums.add(w.sums);
        }
        workers = null;
        this.betweenness = new double[n];
        this.harmonic = new double[n];
        double pathScale = (double) n / (n - 2) / k;
        double sourceScale = (double) n / k;
        for (int v = 0; v < n; v++) {
            betweenness[v] = sums.paths[v] * pathScale;
            harmonic[v] = sums.inverseSum[v] * sourceScale;
        }
        this.harmonicErrorBound = harmonicBound(sums, range);
        double[] exactReach = graph.isDirected() ? null : undirectedReach(graph);
        this.closeness = new double[n];
        this.closenessErrorBound = closeness(network, exactReach, sums);
    }

    /**
     * The bound on every {@code h(v) / (n-1)}: half of {@code delta} for Hoeffding's bound, the same
     * for every vertex, and half for each vertex's empirical Bernstein bound; each vertex takes the
     * smaller of the two, and the answer is the largest over the vertices.
     */
    private double harmonicBound(Sums sums, double range) {
        int k = sampleSize;
        double scale = (double) n / (n - 1);
        double hoeffding = scale * range * Math.sqrt(Math.log(2.0 * n / (delta / 2)) / (2.0 * k));
        double log = Math.log(2.0 * 2 * n / (delta / 2));
        double rangeTerm = 7 * range * log / (3.0 * (k - 1));
        double worst = 0;
        for (int v = 0; v < n; v++) {
            double bernstein = scale
                    * (Math.sqrt(2 * variance(sums.inverseSum[v], sums.inverseSquares[v], k) * log / k) + rangeTerm);
            worst = Math.max(worst, Math.min(hoeffding, bernstein));
        }
        return worst;
    }

    /** The number of sources for a requested bound: Riondato and Kornaropoulos' sample size for betweenness. */
    static int sampleSize(CsrGraph graph, PathLength length, double epsilon, double delta) {
        return PathBounds.of(graph, length).sampleSize(epsilon, delta);
    }

    /** NetworkX-normalised betweenness estimates; a copy indexed by vertex. */
    public double[] getBetweennessScores() {
        return betweenness.clone();
    }

    /** Wasserman–Faust closeness estimates; a copy indexed by vertex. */
    public double[] getClosenessScores() {
        return closeness.clone();
    }

    /** Harmonic centrality estimates (not normalised, as NetworkX); a copy indexed by vertex. */
    public double[] getHarmonicScores() {
        return harmonic.clone();
    }

    /** Every betweenness estimate is within this of NetworkX's value, with probability {@link #getConfidence()}. */
    public double getBetweennessErrorBound() {
        return betweennessErrorBound;
    }

    /** Every {@code harmonic / (n-1)} estimate is within this of the exact one, with probability {@link #getConfidence()}. */
    public double getHarmonicErrorBound() {
        return harmonicErrorBound;
    }

    /** Every closeness estimate is within this of NetworkX's value, with probability {@link #getConfidence()}. */
    public double getClosenessErrorBound() {
        return closenessErrorBound;
    }

    /** {@code 1 - delta}: the probability with which each score's bound holds for every vertex. */
    public double getConfidence() {
        return 1 - delta;
    }

    /** The number of sampled sources (and paths). */
    public int getSampleSize() {
        return sampleSize;
    }

    private double closeness(ShortestPaths.Network network, double[] exactReach, Sums sums) {
        long[] reached = sums.reached;
        double[] distanceSum = sums.distanceSum;
        double[] distanceSquares = sums.distanceSquares;
        int k = sampleSize;
        double scale = (double) n / (n - 1);
        int events = exactReach == null ? 4 : 2;
        double log = Math.log(2.0 * events * n / delta);
        double rangeTerm = 7 * log / (3.0 * (k - 1));
        double shortest = shortestLength(network);
        double worst = 0;
        for (int v = 0; v < n; v++) {
            double mu = scale * distanceSum[v] / k;
            double muSlack = scale
                    * (Math.sqrt(2 * variance(distanceSum[v], distanceSquares[v], k) * log / k)
                            + distanceBound * rangeTerm);
            double rho;
            double rhoSlack;
            if (exactReach != null) {
                rho = exactReach[v];
                rhoSlack = 0;
            } else {
                double hits = reached[v];
                rho = scale * hits / k;
                rhoSlack = scale * (Math.sqrt(2 * variance(hits, hits, k) * log / k) + rangeTerm);
            }
            double estimate = mu > 0 ? rho * rho / mu : 0;
            closeness[v] = estimate;
            double rhoHigh = Math.min(1, rho + rhoSlack);
            double rhoLow = Math.max(0, rho - rhoSlack);
            double low = Math.max(mu - muSlack, shortest * rhoHigh);
            double high = Math.min(mu + muSlack, distanceBound * rhoLow);
            double most = low > 0 ? rhoHigh * rhoHigh / low : (rhoHigh > 0 ? Double.POSITIVE_INFINITY : 0);
            double least = high > 0 ? rhoLow * rhoLow / high : 0;
            worst = Math.max(worst, Math.max(most - estimate, estimate - least));
        }
        return worst;
    }

    /** The unbiased sample variance of {@code k} values with the given sum and sum of squares. */
    private static double variance(double sum, double squares, int k) {
        double mean = sum / k;
        return Math.max(0, (squares - k * mean * mean) / (k - 1));
    }

    /** {@code r(v) / (n-1)} of an undirected graph: the others in {@code v}'s component, exactly. */
    private static double[] undirectedReach(CsrGraph graph) {
        int n = graph.vertexCount();
        Components components = Components.weak(graph);
        double[] reach = new double[n];
        int[] labels = components.getLabels();
        for (int v = 0; v < n; v++) {
            reach[v] = (components.size(labels[v]) - 1) / (double) (n - 1);
        }
        return reach;
    }

    private static double shortestLength(ShortestPaths.Network network) {
        double shortest = Double.POSITIVE_INFINITY;
        for (double l : network.outLengths) {
            shortest = Math.min(shortest, l);
        }
        return Double.isInfinite(shortest) ? 1 : shortest;
    }

    /** The largest term {@code 1 / d} can take: 1 for hops, 1 / (shortest edge) with weights. */
    private static double harmonicRange(ShortestPaths.Network network) {
        return network.hops ? 1 : 1 / shortestLength(network);
    }

    private static void checkEpsilon(double epsilon) {
        if (!(epsilon > 0 && epsilon < 1)) {
            throw new IllegalArgumentException("epsilon must be in (0, 1): " + epsilon);
        }
    }

    private static void checkDelta(double delta) {
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta must be in (0, 1): " + delta);
        }
    }

    /** Per-vertex sums over the sampled sources. */
    private static final class Sums {
        final long[] paths;
        final long[] reached;
        final double[] distanceSum;
        final double[] distanceSquares;
        final double[] inverseSum;
        final double[] inverseSquares;

        Sums(int n) {
            paths = new long[n];
            reached = new long[n];
            distanceSum = new double[n];
            distanceSquares = new double[n];
            inverseSum = new double[n];
            inverseSquares = new double[n];
        }

        void add(Sums other) {
            for (int v = 0; v < paths.length; v++) {
                paths[v] += other.paths[v];
                reached[v] += other.reached[v];
                distanceSum[v] += other.distanceSum[v];
                distanceSquares[v] += other.distanceSquares[v];
                inverseSum[v] += other.inverseSum[v];
                inverseSquares[v] += other.inverseSquares[v];
            }
        }
    }

    /** One thread's search state and partial sums. */
    private abstract static class Worker {
        final Sums sums;

        Worker(int n) {
            this.sums = new Sums(n);
        }

        abstract void sample(int source, int target, long pathSeed);
    }

    /**
     * Breadth-first search with int distances and no path counts, direction-optimising (Beamer, Asanović
     * and Patterson, SC 2012): a level whose frontier has more arcs than a fraction of the arcs still
     * unexplored is found bottom-up, each unreached vertex looking for one parent in the frontier and
     * stopping at the first. The path counts {@code sigma} that the path sample needs are then computed
     * only over the target's shortest-path ancestors. The distances are added to the sums in vertex order
     * (a sequential pass, which also resets them).
     */
    private static final class HopWorker extends Worker {
        private static final int UNREACHED = -1;
        /** Beamer's thresholds: bottom-up when frontier arcs exceed unexplored arcs / ALPHA, top-down again below n / BETA. */
        private static final int ALPHA = 14;

        private static final int BETA = 24;
        private final ShortestPaths.Network network;
        private final int n;
        private final long arcs;
        private final int[] dist;
        private final int[] queue;
        private final double[] sigma;
        private final int[] ancestors;
        private final boolean[] isAncestor;
        private double[] inverse = new double[] {0};

        HopWorker(ShortestPaths.Network network) {
            super(network.n);
            this.network = network;
            this.n = network.n;
            this.arcs = network.outTargets.length;
            this.dist = new int[n];
            this.queue = new int[n];
            this.sigma = new double[n];
            this.ancestors = new int[n];
            this.isAncestor = new boolean[n];
            java.util.Arrays.fill(dist, UNREACHED);
        }

        @Override
        void sample(int source, int target, long pathSeed) {
            int tail = search(source);
            if (dist[target] != UNREACHED) {
                walkBack(source, target, new SplittableRandom(pathSeed));
            }
            int farthest = dist[queue[tail - 1]];
            if (inverse.length <= farthest) {
                inverse = new double[farthest + 1];
                for (int d = 1; d <= farthest; d++) {
                    inverse[d] = 1.0 / d;
                }
            }
            dist[source] = UNREACHED;
            if (tail * 8L < n) {
                for (int i = 1; i < tail; i++) {
                    add(queue[i]);
                }
            } else {
                for (int w = 0; w < n; w++) {
                    if (dist[w] != UNREACHED) {
                        add(w);
                    }
                }
            }
        }

        /** Sets {@code dist} of every vertex the source reaches; returns how many it reaches (the source included). */
        private int search(int source) {
            int[] outOffsets = network.outOffsets;
            int[] outTargets = network.outTargets;
            dist[source] = 0;
            queue[0] = source;
            int head = 0;
            int tail = 1;
            long unexplored = arcs - (outOffsets[source + 1] - outOffsets[source]);
            int level = 0;
            while (head < tail) {
                long frontierArcs = 0;
                for (int i = head; i < tail; i++) {
                    int v = queue[i];
                    frontierArcs += outOffsets[v + 1] - outOffsets[v];
                }
                int levelEnd = tail;
                int next = level + 1;
                if (frontierArcs * ALPHA > unexplored && (long) (tail - head) * BETA > n) {
                    int[] inOffsets = network.inOffsets;
                    int[] inTargets = network.inTargets;
                    for (int w = 0; w < n; w++) {
                        if (dist[w] != UNREACHED) {
                            continue;
                        }
                        for (int k = inOffsets[w]; k < inOffsets[w + 1]; k++) {
                            if (dist[inTargets[k]] == level) {
                                dist[w] = next;
                                queue[tail++] = w;
                                break;
                            }
                        }
                    }
                } else {
                    for (int i = head; i < levelEnd; i++) {
                        int v = queue[i];
                        for (int k = outOffsets[v]; k < outOffsets[v + 1]; k++) {
                            int w = outTargets[k];
                            if (dist[w] == UNREACHED) {
                                dist[w] = next;
                                queue[tail++] = w;
                            }
                        }
                    }
                }
                for (int i = levelEnd; i < tail; i++) {
                    int w = queue[i];
                    unexplored -= outOffsets[w + 1] - outOffsets[w];
                }
                head = levelEnd;
                level = next;
            }
            return tail;
        }

        private void add(int w) {
            int d = dist[w];
            dist[w] = UNREACHED;
            double id = inverse[d];
            sums.reached[w]++;
            sums.distanceSum[w] += d;
            sums.distanceSquares[w] += (double) d * d;
            sums.inverseSum[w] += id;
            sums.inverseSquares[w] += id * id;
        }

        /**
         * One uniformly drawn shortest path from the source to the target; counts its inner vertices.
         * Collects the target's shortest-path ancestors level by level (all predecessors of an ancestor
         * are ancestors), counts their shortest paths from the source in order of distance, then walks
         * back from the target choosing each predecessor {@code z} with probability
         * {@code sigma[z] / sigma[w]}.
         */
        private void walkBack(int source, int target, SplittableRandom random) {
            int[] inOffsets = network.inOffsets;
            int[] inTargets = network.inTargets;
            int count = 0;
            ancestors[count++] = target;
            isAncestor[target] = true;
            for (int i = 0; i < count; i++) {
                int w = ancestors[i];
                int previous = dist[w] - 1;
                for (int k = inOffsets[w]; k < inOffsets[w + 1]; k++) {
                    int z = inTargets[k];
                    if (dist[z] == previous && !isAncestor[z]) {
                        isAncestor[z] = true;
                        ancestors[count++] = z;
                    }
                }
            }
            // ancestors are in order of non-increasing distance: count paths from the far end (the source)
            for (int i = count - 1; i >= 0; i--) {
                int w = ancestors[i];
                if (w == source) {
                    sigma[w] = 1;
                    continue;
                }
                int previous = dist[w] - 1;
                double paths = 0;
                for (int k = inOffsets[w]; k < inOffsets[w + 1]; k++) {
                    int z = inTargets[k];
                    if (dist[z] == previous && isAncestor[z]) {
                        paths += sigma[z];
                    }
                }
                sigma[w] = paths;
            }
            int w = target;
            while (true) {
                int previous = dist[w] - 1;
                double remaining = random.nextDouble() * sigma[w];
                int chosen = -1;
                for (int k = inOffsets[w]; k < inOffsets[w + 1]; k++) {
                    int z = inTargets[k];
                    if (dist[z] == previous && isAncestor[z]) {
                        chosen = z;
                        remaining -= sigma[z];
                        if (remaining < 0) {
                            break;
                        }
                    }
                }
                if (chosen == source) {
                    break;
                }
                sums.paths[chosen]++;
                w = chosen;
            }
            for (int i = 0; i < count; i++) {
                isAncestor[ancestors[i]] = false;
            }
        }
    }

    /** Dijkstra's search (lengths {@code 1 / weight}) through {@link ShortestPaths}. */
    private static final class LengthWorker extends Worker {
        private final ShortestPaths search;

        LengthWorker(ShortestPaths.Network network) {
            super(network.n);
            this.search = new ShortestPaths(network);
        }

        @Override
        void sample(int source, int target, long pathSeed) {
            search.searchFrom(source);
            int[] order = search.order;
            double[] dist = search.dist;
            for (int i = 1; i < search.settledCount; i++) {
                int w = order[i];
                double d = dist[w];
                double id = 1 / d;
                sums.reached[w]++;
                sums.distanceSum[w] += d;
                sums.distanceSquares[w] += d * d;
                sums.inverseSum[w] += id;
                sums.inverseSquares[w] += id * id;
            }
            if (!search.reached(target)) {
                return;
            }
            SplittableRandom random = new SplittableRandom(pathSeed);
            int w = search.predecessor(target, random);
            while (w != source) {
                sums.paths[w]++;
                w = search.predecessor(w, random);
            }
        }
    }
}
