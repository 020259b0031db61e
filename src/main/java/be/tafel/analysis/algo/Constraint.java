package be.tafel.analysis.algo;

import java.util.Objects;

/**
 * Burt's constraint and effective size, the structural-hole measures, exactly as
 * {@code nx.constraint(G, weight)} and {@code nx.effective_size(G, weight)}.
 *
 * <p>Both use the <em>mutual weight</em> {@code m(u, v) = a(u, v) + a(v, u)} of the arcs (or the
 * edge, counted from both ends) between {@code u} and {@code v}, over the neighbours {@code N(v)} in
 * either direction. The edge weights are used as given: pass {@link CsrGraph#unweighted()} for
 * NetworkX's {@code weight=None}, where each arc weighs 1 (so a reciprocated pair of arcs weighs 2).
 * With the proportional tie strength {@code p(u, v) = m(u, v) / sum_{w in N(u)} m(u, w)},
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
 * <p>Both come from one sweep over the paths of length two that start at {@code v} and end in
 * {@code N(v)}: the neighbours of {@code v} are marked with {@code p(v, ·)}, and each step
 * {@code q -> j} adds (nothing, without a branch, when {@code j} is not marked) to the indirect tie {@code p(v, q) p(q, j)} and to the
 * redundancy of {@code q}. Running time O(sum over vertices of degree squared) on the union graph,
 * memory O(n + m); a directed graph's union rows are merged in O(m) ({@link CsrGraph#undirected()}).
 *
 * <p>R. S. Burt, <i>Structural Holes: The Social Structure of Competition</i>, Harvard University Press,
 * 1992. R. S. Burt, "Structural holes and good ideas", American Journal of Sociology 110(2), 2004.
 * S. P. Borgatti, "Structural holes: unpacking Burt's redundancy measures", Connections 20(1), 1997.
 */
public final class Constraint {
    private final double[] constraint;
    private final double[] effectiveSize;

    /** Computes both measures with the graph's weights (see the class comment for unweighted scores). */
    public Constraint(CsrGraph graph) {
        Objects.requireNonNull(graph, "graph");
        Ties ties = new Ties(graph.undirected());
        int n = graph.vertexCount();
        this.constraint = new double[n];
        this.effectiveSize = new double[n];
        double[] share = new double[n];
        double[] member = new double[n];
        double[] indirect = new double[n];
        for (int v = 0; v < n; v++) {
            if (graph.out().degree(v) == 0) {
                constraint[v] = Double.NaN;
                effectiveSize[v] = Double.NaN;
            } else {
                ties.measure(v, share, member, indirect, constraint, effectiveSize);
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

        /**
         * Writes the constraint and effective size of {@code v}. {@code share} holds {@code p(v, j)} and
         * {@code member} 1 for the neighbours {@code j} of {@code v} while it is measured, so the sweep
         * adds without branching (a step to a non-neighbour adds 0); all three arrays are zeros on entry
         * and on exit.
         */
        void measure(int v, double[] share, double[] member, double[] indirect, double[] constraint,
                double[] effectiveSize) {
            int start = offsets[v];
            int end = offsets[v + 1];
            double inverseTotal = 1 / total[v];
            for (int i = start; i < end; i++) {
                int j = targets[i];
                share[j] = weights[i] * inverseTotal;
                member[j] = 1;
            }
            double effective = 0;
            for (int i = start; i < end; i++) {
                int q = targets[i];
                double step = share[q] / total[q];
                double redundancy = 0;
                for (int k = offsets[q], kEnd = offsets[q + 1]; k < kEnd; k++) {
                    int j = targets[k];
                    double w = weights[k];
                    indirect[j] += step * w * member[j];
                    redundancy += share[j] * w;
                }
                effective += 1 - redundancy / max[q];
            }
            double sum = 0;
            for (int i = start; i < end; i++) {
                int j = targets[i];
                double local = share[j] + indirect[j];
                sum += local * local;
                share[j] = 0;
                member[j] = 0;
                indirect[j] = 0;
            }
            constraint[v] = sum;
            effectiveSize[v] = effective;
        }
    }
}
