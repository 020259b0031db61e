package be.tafel.analysis.algo;

import java.util.Arrays;
import java.util.Objects;

/**
 * Eigenvector centrality, as {@code nx.eigenvector_centrality_numpy(G)}: the eigenvector {@code x}
 * of the largest eigenvalue {@code lambda} of the transposed adjacency matrix,
 *
 * <pre>
 *   lambda x(v) = sum over u -> v of w(u, v) x(u),      ||x||_2 = 1,  x >= 0
 * </pre>
 *
 * so on a directed graph a vertex is central when central vertices point to it (the left
 * eigenvector, in-edges, as NetworkX). Weights are used only when asked, as NetworkX's
 * {@code weight=None} default.
 *
 * <p>Computed by power iteration on {@code A^T + I} from the uniform vector, as
 * {@code nx.eigenvector_centrality} does: the shift makes the iteration converge on bipartite and
 * periodic graphs without changing the eigenvector. It stops when the L1 change
 * {@code sum |x' - x| < n * tolerance}; unlike NetworkX it does not throw after
 * {@code maxIterations}, {@link #isConverged()} tells.
 *
 * <p><b>Disconnected graphs.</b> The iteration converges to the Perron vector of the component (or,
 * directed, the strongly connected component and what it reaches) with the largest spectral radius,
 * and to 0 elsewhere, which is what {@code eigenvector_centrality_numpy} returns when that component
 * is unique. When several components share the largest eigenvalue (two identical components, or a
 * graph without edges) the eigenvector is not unique: this class returns the limit of power iteration
 * from the uniform vector (for a graph without edges: every vertex {@code 1 / sqrt(n)}), which is one
 * valid eigenvector, while ARPACK's answer in NetworkX is an arbitrary one. On a directed acyclic
 * graph every eigenvalue is 0 and the iteration does not converge ({@link #isConverged()} is false);
 * NetworkX's answer there is equally meaningless.
 *
 * <p>Running time O(m) per iteration; the error shrinks per iteration by
 * {@code (|lambda_2| + 1) / (lambda_1 + 1)}.
 *
 * <p>Kept rather than JGraphT's {@code EigenvectorCentrality}, which iterates without the shift (and so
 * oscillates on bipartite graphs) over hash maps: 79× faster on the synthetic town's collaboration view,
 * 440× on the city's; see docs/benchmarks.md, "JGraphT against Tafel's kernels".
 *
 * <p>P. Bonacich, "Factoring and weighting approaches to status scores and clique identification",
 * Journal of Mathematical Sociology 2(1), 1972.
 */
public final class EigenvectorCentrality {
    public static final int MAX_ITERATIONS_DEFAULT = 10_000;
    public static final double TOLERANCE_DEFAULT = 1e-12;

    private final double[] scores;
    private final int iterations;
    private final boolean converged;

    /** Unweighted, with the default iteration limit and tolerance. */
    public EigenvectorCentrality(CsrGraph graph) {
        this(graph, false, MAX_ITERATIONS_DEFAULT, TOLERANCE_DEFAULT);
    }

    /**
     * @param weighted use the edge weights as matrix entries; otherwise every edge counts 1
     * @param maxIterations at least 1
     * @param tolerance the per-vertex L1 tolerance, positive
     */
    public EigenvectorCentrality(CsrGraph graph, boolean weighted, int maxIterations, double tolerance) {
        Objects.requireNonNull(graph, "graph");
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maximum number of iterations must be at least 1: " + maxIterations);
        }
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("tolerance must be positive: " + tolerance);
        }
        int n = graph.vertexCount();
        CsrGraph.Adjacency in = graph.in();
        double[] x = new double[n];
        double[] next = new double[n];
        Arrays.fill(x, 1 / Math.sqrt(n));
        int done = 0;
        boolean met = n == 0;
        while (!met && done < maxIterations) {
            multiplyShifted(in, weighted, x, next);
            met = normaliseAndCompare(next, x) < n * tolerance;
            double[] previous = x;
            x = next;
            next = previous;
            done++;
        }
        this.scores = x;
        this.iterations = done;
        this.converged = met;
    }

    /** The score of every vertex, a copy indexed by vertex. */
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

    public boolean isConverged() {
        return converged;
    }

    /** {@code next = (A^T + I) x}; one loop per case, so the inner loop has no branch. */
    private static void multiplyShifted(CsrGraph.Adjacency in, boolean weighted, double[] x, double[] next) {
        int[] offsets = in.offsets();
        int[] sources = in.targets();
        double[] weights = in.weights();
        if (weighted) {
            for (int v = 0; v < x.length; v++) {
                double sum = x[v];
                for (int k = offsets[v], end = offsets[v + 1]; k < end; k++) {
                    sum += weights[k] * x[sources[k]];
                }
                next[v] = sum;
            }
        } else {
            for (int v = 0; v < x.length; v++) {
                double sum = x[v];
                for (int k = offsets[v], end = offsets[v + 1]; k < end; k++) {
                    sum += x[sources[k]];
                }
                next[v] = sum;
            }
        }
    }

    /** Scales {@code next} to unit Euclidean norm and returns its L1 distance to {@code x}. */
    private static double normaliseAndCompare(double[] next, double[] x) {
        double squares = 0;
        for (double value : next) {
            squares += value * value;
        }
        double norm = Math.sqrt(squares);
        double change = 0;
        for (int v = 0; v < next.length; v++) {
            next[v] /= norm;
            change += Math.abs(next[v] - x[v]);
        }
        return change;
    }
}
