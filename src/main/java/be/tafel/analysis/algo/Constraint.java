package be.tafel.analysis.algo;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Burt's constraint and effective size, the structural-hole measures, exactly as
 * {@code nx.constraint(G, weight)} and {@code nx.effective_size(G, weight)}.
 *
 * <p>Both use the <em>mutual weight</em> {@code m(u, v) = a(u, v) + a(v, u)} of the arcs (or the
 * edge, counted from both ends) between {@code u} and {@code v}, over the neighbours {@code N(v)} in
 * either direction. The edge weights are used as given: pass {@link CsrGraph#unweighted()} for
 * NetworkX's {@code weight=None}, where each arc weighs 1 (so a reciprocated pair of arcs weighs 2).
 * With {@code T(u) = sum_{w in N(u)} m(u, w)} and the proportional tie strength {@code p(u, v) = m(u, v) / T(u)},
 *
 * <pre>
 *   constraint(v)     = sum_{j in N(v)} ( p(v, j) + sum_{q in N(v)} p(v, q) p(q, j) )^2
 *   effectiveSize(v)  = sum_{u in N(v)} ( 1 - sum_{w in N(v)} p(v, w) m(u, w) / max_{x in N(u)} m(u, x) )
 * </pre>
 *
 * On an unweighted undirected graph the effective size equals Borgatti's {@code n - 2t/n}, which
 * NetworkX uses there ({@code n} neighbours, {@code t} edges among them).
 *
 * <p>Both are <b>NaN</b> for a vertex without successors, as in NetworkX: an isolated vertex, and, on a
 * directed graph, also a vertex that only receives arcs (NetworkX tests {@code len(G[v]) == 0}, which
 * looks at successors only). Callers that print scores should print NaN as "not defined".
 *
 * <p>Both inner sums run over the common neighbours {@code q} of a tie {@code v - j}, and both are
 * symmetric once the row sum of {@code v} is taken out:
 *
 * <pre>
 *   sum_q p(v, q) p(q, j)      = S(v, j) / T(v),   S(v, j) = sum_q m(v, q) m(q, j) / T(q)
 *   sum_q p(v, q) m(j, q)      = U(v, j) / T(v),   U(v, j) = sum_q m(v, q) m(q, j)
 * </pre>
 *
 * So each tie is measured once, from its lower end: for {@code v}, the paths {@code v - q - j} with
 * {@code j > v} add to {@code S} and {@code U} at {@code j} (a step to a non-neighbour adds 0, without a
 * branch), and each tie {@code v - j} then adds its share to both ends. That is half of the paths of
 * length two a vertex-by-vertex sweep would walk: O(sum over vertices of degree squared / 2) on the
 * undirected union graph, split over the given threads, memory O(n + m) per thread. A directed graph's
 * union rows are merged in O(m) ({@link CsrGraph#undirected()}). Each thread adds up its own share per
 * vertex and the shares are added in thread order, so a given thread count always gives the same bits.
 *
 * <p>On a dense undirected graph whose edges all weigh the same (the unweighted scores of a partner
 * view) both sums reduce to the common neighbours of each tie, which come from the AND of two rows of
 * bits instead ({@link #bitRowsPay}): O(m n / 64) plus the triangles.
 *
 * <p>R. S. Burt, <i>Structural Holes: The Social Structure of Competition</i>, Harvard University Press,
 * 1992. R. S. Burt, "Structural holes and good ideas", American Journal of Sociology 110(2), 2004.
 * S. P. Borgatti, "Structural holes: unpacking Burt's redundancy measures", Connections 20(1), 1997.
 */
public final class Constraint {
    /** Below this many steps (about a millisecond) one thread is faster than handing work over. */
    static final long PARALLEL_WORK_MIN = 2_000_000L;

    private final double[] constraint;
    private final double[] effectiveSize;

    /** Computes both measures with the graph's weights on all cores (see the class comment for unweighted scores). */
    public Constraint(CsrGraph graph) {
        this(graph, ParallelSources.availableThreads());
    }

    /** Computes both measures with at most {@code threads} threads (small graphs use one). */
    public Constraint(CsrGraph graph, int threads) {
        this(graph, threads, PARALLEL_WORK_MIN);
    }

    /** For tests: the least work that is split over threads. */
    Constraint(CsrGraph graph, int threads, long parallelWorkMin) {
        this(graph, threads, parallelWorkMin, Path.CHOOSE);
    }

    /** How the sums are found: {@link Path#CHOOSE} picks by the graph; tests force one. */
    enum Path {
        CHOOSE,
        PATHS_OF_LENGTH_TWO,
        BIT_ROWS
    }

    /** For tests: the least work that is split over threads, and the path. */
    Constraint(CsrGraph graph, int threads, long parallelWorkMin, Path path) {
        Objects.requireNonNull(graph, "graph");
        ParallelSources.checkThreads(threads);
        int n = graph.vertexCount();
        List<Shares> shares;
        if (path == Path.BIT_ROWS || (path == Path.CHOOSE && bitRowsPay(graph))) {
            EqualTies ties = new EqualTies(graph);
            shares = ParallelSources.run(
                    n,
                    ties.work() < parallelWorkMin ? 1 : threads,
                    worker -> new Shares(n, false),
                    (s, rank) -> ties.measureFrom(rank, s));
        } else {
            Ties ties = new Ties(graph.undirected());
            shares = ParallelSources.run(
                    n,
                    ties.work() < parallelWorkMin ? 1 : threads,
                    worker -> new Shares(n, true),
                    (s, v) -> ties.measureFrom(v, s));
        }
        this.constraint = new double[n];
        this.effectiveSize = new double[n];
        for (Shares s : shares) {
            for (int v = 0; v < n; v++) {
                constraint[v] += s.constraint[v];
                effectiveSize[v] += s.effectiveSize[v];
            }
        }
        for (int v = 0; v < n; v++) {
            if (graph.out().degree(v) == 0) {
                constraint[v] = Double.NaN;
                effectiveSize[v] = Double.NaN;
            }
        }
    }

    /** Burt's constraint of every vertex, indexed by vertex (a copy); NaN where undefined. */
    public double[] getConstraint() {
        return constraint.clone();
    }

    public double getVertexConstraint(int v) {
        Objects.checkIndex(v, constraint.length);
        return constraint[v];
    }

    /** Burt's effective size of every vertex, indexed by vertex (a copy); NaN where undefined. */
    public double[] getEffectiveSize() {
        return effectiveSize.clone();
    }

    public double getVertexEffectiveSize(int v) {
        Objects.checkIndex(v, effectiveSize.length);
        return effectiveSize[v];
    }

    /** One thread's shares of every vertex's two sums, and its scratch arrays (zeros between vertices). */
    private static final class Shares {
        final double[] constraint;
        final double[] effectiveSize;
        final double[] member;
        final double[] s;
        final double[] u;

        /** The bit rows need no scratch. */
        Shares(int n, boolean scratch) {
            constraint = new double[n];
            effectiveSize = new double[n];
            member = new double[scratch ? n : 0];
            s = new double[scratch ? n : 0];
            u = new double[scratch ? n : 0];
        }
    }

    /** The most longs the bit rows may take: 64 MB, n up to about 23,000. */
    private static final long MAX_BIT_ROW_LONGS = 1L << 23;

    /**
     * Bit rows pay on an undirected graph whose edges all weigh the same (the unweighted scores) and
     * whose average degree is at least the number of 64-bit words in a row.
     */
    static boolean bitRowsPay(CsrGraph graph) {
        int n = graph.vertexCount();
        long words = RankedBitRows.wordsFor(n);
        return !graph.isDirected()
                && equalWeights(graph)
                && n * words <= MAX_BIT_ROW_LONGS
                && Clustering.denseEnoughForBits(n, graph.out().targets().length);
    }

    private static boolean equalWeights(CsrGraph graph) {
        double[] weights = graph.out().weights();
        for (double w : weights) {
            if (w != weights[0]) {
                return false;
            }
        }
        return true;
    }

    /**
     * An undirected graph whose edges all weigh the same, as rows of bits. With equal weights
     * {@code p(v, q) = 1 / d(v)}, so a tie {@code v - j} with common neighbours {@code C} has
     *
     * <pre>
     *   p(v, j) + sum_q p(v, q) p(q, j)          = (1 + sum_{q in C} 1 / d(q)) / d(v)
     *   sum_q p(v, q) m(j, q) / max_x m(j, x)    = |C| / d(v)
     * </pre>
     *
     * both from the AND of the two rows: a bit count, and a walk over its set bits. O(m n / 64) plus the
     * triangles, against the paths of length two of the general sweep.
     */
    private static final class EqualTies {
        private final CsrGraph graph;
        private final RankedBitRows rows;
        private final double[] inverseDegreeOfRank;

        EqualTies(CsrGraph graph) {
            this.graph = graph;
            CsrGraph.Adjacency out = graph.out();
            this.rows = new RankedBitRows(out.offsets(), out.targets());
            int n = graph.vertexCount();
            this.inverseDegreeOfRank = new double[n];
            for (int r = 0; r < n; r++) {
                inverseDegreeOfRank[r] = 1.0 / out.degree(rows.vertex(r));
            }
        }

        /** Word operations: a row intersection per edge. */
        long work() {
            return (long) graph.edgeCount() * rows.words();
        }

        /** Adds the shares of every tie {@code v - j}, {@code v} of rank {@code a} and {@code j} of a higher rank. */
        void measureFrom(int a, Shares shares) {
            CsrGraph.Adjacency out = graph.out();
            int v = rows.vertex(a);
            double degreeV = out.degree(v);
            for (int i = out.offsets()[v]; i < out.offsets()[v + 1]; i++) {
                int j = out.targets()[i];
                int b = rows.rank(j);
                if (b < a) {
                    continue;
                }
                double tie = 1 + rows.sum(a, b, inverseDegreeOfRank);
                double common = rows.commonCount(a, b);
                double degreeJ = out.degree(j);
                shares.constraint[v] += tie * tie / (degreeV * degreeV);
                shares.constraint[j] += tie * tie / (degreeJ * degreeJ);
                shares.effectiveSize[v] += 1 - common / degreeV;
                shares.effectiveSize[j] += 1 - common / degreeJ;
            }
        }
    }

    /** Mutual weights on the undirected union graph, with their row sums and row maxima. */
    private static final class Ties {
        private final int[] offsets;
        private final int[] targets;
        private final double[] weights;
        private final double[] total;
        private final double[] max;

        Ties(CsrGraph union) {
            CsrGraph.Adjacency rows = union.out();
            this.offsets = rows.offsets();
            this.targets = rows.targets();
            this.weights = rows.weights();
            int n = union.vertexCount();
            this.total = new double[n];
            this.max = new double[n];
            for (int v = 0; v < n; v++) {
                for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                    total[v] += weights[i];
                    max[v] = Math.max(max[v], weights[i]);
                }
            }
        }

        /** The paths of length two, about twice the steps {@link #measureFrom} takes. */
        long work() {
            long paths = 0;
            for (int q = 0; q + 1 < offsets.length; q++) {
                long d = offsets[q + 1] - offsets[q];
                paths += d * d;
            }
            return paths;
        }

        /** Adds the shares of every tie {@code v - j} with {@code j > v} to both its ends. */
        void measureFrom(int v, Shares shares) {
            int start = firstAbove(v, v);
            int end = offsets[v + 1];
            if (start == end) {
                return;
            }
            double[] member = shares.member;
            double[] s = shares.s;
            double[] u = shares.u;
            for (int i = start; i < end; i++) {
                member[targets[i]] = 1;
            }
            for (int i = offsets[v]; i < end; i++) {
                int q = targets[i];
                double vq = weights[i];
                double vqOverTotal = vq / total[q];
                for (int k = firstAbove(q, v), kEnd = offsets[q + 1]; k < kEnd; k++) {
                    int j = targets[k];
                    double qj = weights[k] * member[j];
                    s[j] += vqOverTotal * qj;
                    u[j] += vq * qj;
                }
            }
            double[] constraint = shares.constraint;
            double[] effectiveSize = shares.effectiveSize;
            for (int i = start; i < end; i++) {
                int j = targets[i];
                double tie = weights[i] + s[j];
                double fromV = tie / total[v];
                double fromJ = tie / total[j];
                constraint[v] += fromV * fromV;
                constraint[j] += fromJ * fromJ;
                effectiveSize[v] += 1 - u[j] / (total[v] * max[j]);
                effectiveSize[j] += 1 - u[j] / (total[j] * max[v]);
                member[j] = 0;
                s[j] = 0;
                u[j] = 0;
            }
        }

        /** The position of the first neighbour of {@code q} above {@code v} (rows are sorted). */
        private int firstAbove(int q, int v) {
            int found = Arrays.binarySearch(targets, offsets[q], offsets[q + 1], v);
            return found >= 0 ? found + 1 : -found - 1;
        }
    }
}
