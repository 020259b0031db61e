package be.tafel.analysis.algo;

import java.util.Arrays;
import java.util.Objects;

/**
 * Katz centrality, as {@code nx.katz_centrality(G, alpha=0.1, beta=1.0, normalized=True)}: the
 * solution of
 *
 * <pre>
 *   x(v) = alpha * sum over u -> v of w(u, v) x(u) + beta,      then scaled to ||x||_2 = 1
 * </pre>
 *
 * that is {@code x = beta (I - alpha A^T)^-1 1}: every walk into {@code v} of length {@code k} counts
 * {@code alpha^k}. On a directed graph a vertex is central when walks lead to it (in-edges), as NetworkX.
 * Weights are used only when asked, as NetworkX's {@code weight=None} default.
 *
 * <p>Power iteration from 0, as NetworkX, until the L1 change {@code sum |x' - x| < n * tolerance}.
 * The series converges only when {@code alpha < 1 / lambda_max} (the largest eigenvalue of the
 * adjacency matrix); otherwise NetworkX raises {@code PowerIterationFailedConvergence}, and this class
 * stops as soon as the iterate stops being finite, or its change has grown
 * {@value #DIVERGENCE_STEPS} times in a row, or after {@code maxIterations}, with {@link #isConverged()}
 * false and every score NaN. On an unweighted undirected graph it does not iterate at all when
 * {@code alpha} times a lower bound on {@code lambda_max} (the average degree, and the square root of
 * the largest degree) is already 1 or more: the series cannot converge there, and a large view would
 * otherwise pay for up to {@code maxIterations} passes. On the dense views of a town
 * ({@code lambda_max} above 10) NetworkX's default {@code alpha = 0.1} diverges: there Katz is
 * undefined, not zero.
 *
 * <p>Running time O(m) per iteration; the error shrinks by {@code alpha * lambda_max} per iteration.
 * JGraphT's {@code KatzCentrality} iterates the same map (from {@code beta}, unnormalised) over hash
 * maps of boxed scores, and neither normalises nor detects divergence: it was 530× slower on the
 * synthetic town's collaboration view and 5,000× on the city's (6.7 s against 1.3 ms; see
 * docs/benchmarks.md, "JGraphT against Tafel's kernels"), which is why this array kernel is kept; {@link JGraphTScores#katz} offers it as a JGraphT
 * {@code VertexScoringAlgorithm}.
 *
 * <p>L. Katz, "A new status index derived from sociometric analysis", Psychometrika 18(1), 1953.
 */
public final class Katz {
    public static final double ALPHA_DEFAULT = 0.1;
    public static final double BETA_DEFAULT = 1.0;
    public static final int MAX_ITERATIONS_DEFAULT = 1_000;
    public static final double TOLERANCE_DEFAULT = 1e-12;
    /** The iteration gives up as diverging once the change has grown this many times in a row. */
    static final int DIVERGENCE_STEPS = 50;

    private final double[] scores;
    private final int iterations;
    private final boolean converged;

    /** Unweighted, with NetworkX's alpha and beta. */
    public Katz(CsrGraph graph) {
        this(graph, false, ALPHA_DEFAULT, BETA_DEFAULT, MAX_ITERATIONS_DEFAULT, TOLERANCE_DEFAULT);
    }

    /**
     * @param weighted use edge weights as matrix entries; otherwise every edge counts 1
     * @param alpha the attenuation factor, positive
     * @param beta the score every vertex starts from, positive
     * @param maxIterations at least 1
     * @param tolerance the per-vertex L1 tolerance, positive
     */
    public Katz(CsrGraph graph, boolean weighted, double alpha, double beta, int maxIterations, double tolerance) {
        Objects.requireNonNull(graph, "graph");
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be positive: " + alpha);
        }
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("beta must be positive: " + beta);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maximum number of iterations must be at least 1: " + maxIterations);
        }
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("tolerance must be positive: " + tolerance);
        }
        int n = graph.vertexCount();
        int[] offsets = graph.in().offsets();
        int[] sources = graph.in().targets();
        double[] weights = graph.in().weights();
        double[] x = new double[n];
        double[] next = new double[n];
        int done = 0;
        boolean met = n == 0;
        boolean finite = !(!weighted && !graph.isDirected() && alpha * spectralRadiusLowerBound(graph) >= 1);
        double lastChange = Double.POSITIVE_INFINITY;
        int rising = 0;
        while (!met && finite && rising < DIVERGENCE_STEPS && done < maxIterations) {
            double change = 0;
            for (int v = 0; v < n; v++) {
                double sum = 0;
                for (int k = offsets[v], end = offsets[v + 1]; k < end; k++) {
                    sum += weighted ? weights[k] * x[sources[k]] : x[sources[k]];
                }
                next[v] = alpha * sum + beta;
                change += Math.abs(next[v] - x[v]);
            }
            double[] previous = x;
            x = next;
            next = previous;
            done++;
            finite = Double.isFinite(change);
            met = finite && change < n * tolerance;
            rising = change > lastChange ? rising + 1 : 0;
            lastChange = change;
        }
        if (met) {
            double squares = 0;
            for (double value : x) {
                squares += value * value;
            }
            double scale = squares == 0 ? 1 : 1 / Math.sqrt(squares);
            for (int v = 0; v < n; v++) {
                x[v] *= scale;
            }
        } else {
            Arrays.fill(x, Double.NaN);
        }
        this.scores = x;
        this.iterations = done;
        this.converged = met;
    }

    /**
     * A lower bound on the largest adjacency eigenvalue of an undirected graph: at least the average
     * degree (Rayleigh quotient of the all-ones vector) and the square root of the largest degree (the
     * star around that vertex is a subgraph).
     */
    static double spectralRadiusLowerBound(CsrGraph graph) {
        int n = graph.vertexCount();
        int maxDegree = 0;
        for (int v = 0; v < n; v++) {
            maxDegree = Math.max(maxDegree, graph.out().degree(v));
        }
        double average = n == 0 ? 0 : (double) graph.out().targets().length / n;
        return Math.max(average, Math.sqrt(maxDegree));
    }

    /** The score of every vertex, a copy indexed by vertex; every score NaN when the series diverged. */
    public double[] getScores() {
        return scores.clone();
    }

    public double getVertexScore(int v) {
        if (v < 0 || v >= scores.length) {
            throw new IllegalArgumentException("vertex " + v + " is outside 0.." + (scores.length - 1));
        }
        return scores[v];
    }

    public int getIterations() {
        return iterations;
    }

    /** Whether the iteration met its tolerance; false when alpha is too large for the graph. */
    public boolean isConverged() {
        return converged;
    }
}
