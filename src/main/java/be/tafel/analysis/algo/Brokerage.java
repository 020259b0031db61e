package be.tafel.analysis.algo;

import java.util.Objects;

/**
 * Gould and Fernandez's brokerage roles, counted as in {@code brokerage()} of R's sna package
 * (statnet). A vertex {@code v} brokers every open two-path {@code a -> v -> b} with {@code a != b} and
 * no arc {@code a -> b}; each is classified by the groups {@code g(.)} of its three vertices:
 *
 * <pre>
 *   coordinator     g(a) = g(v) = g(b)      (sna: w_I)
 *   itinerant       g(a) = g(b) != g(v)     (sna: w_O; also called consultant)
 *   representative  g(a) = g(v) != g(b)     (sna: b_IO)
 *   gatekeeper      g(a) != g(v) = g(b)     (sna: b_OI)
 *   liaison         g(a), g(v), g(b) all different (sna: b_O)
 * </pre>
 *
 * An arc {@code b -> a} does not close the path. An undirected graph is read as a symmetric digraph,
 * so each open path is counted in both directions. Weights are ignored.
 *
 * <p>For each arc {@code a -> v}, the out-neighbours of {@code v} are counted by group once per
 * {@code v}, and those closed by {@code a} are subtracted. Running time O(n + sum over arcs
 * {@code a -> v} of outdeg(a)) = O(n + sum of out-degree squares), memory O(n + groups).
 *
 * <p>R. V. Gould and R. M. Fernandez, "Structures of mediation: a formal approach to brokerage in
 * transaction networks", Sociological Methodology 19, 1989. C. T. Butts, sna: Tools for Social Network
 * Analysis, {@code brokerage}.
 */
public final class Brokerage {
    /** The five roles. */
    public enum Role {
        COORDINATOR,
        ITINERANT,
        REPRESENTATIVE,
        GATEKEEPER,
        LIAISON
    }

    /** The open two-paths one vertex brokers, by role. */
    public record Counts(long coordinator, long itinerant, long representative, long gatekeeper, long liaison) {
        public long total() {
            return coordinator + itinerant + representative + gatekeeper + liaison;
        }

        public long get(Role role) {
            return switch (role) {
                case COORDINATOR -> coordinator;
                case ITINERANT -> itinerant;
                case REPRESENTATIVE -> representative;
                case GATEKEEPER -> gatekeeper;
                case LIAISON -> liaison;
            };
        }
    }

    private static final int ROLES = Role.values().length;

    private final int n;
    /** counts[v * ROLES + role.ordinal()] */
    private final long[] counts;

    /**
     * @param graph the graph, directed (an undirected graph counts as symmetric)
     * @param group the group of each vertex, non-negative; an array of size (largest group + 1) is
     *     allocated, so number groups densely
     */
    public Brokerage(CsrGraph graph, int[] group) {
        Objects.requireNonNull(graph, "graph");
        this.n = graph.vertexCount();
        int groups = Modularity.checkLabels(group, n, "group");
        this.counts = new long[n * ROLES];
        int[] outByGroup = new int[groups];
        int[] outOfV = new int[n];
        for (int v = 0; v < n; v++) {
            countGroups(graph.out(), v, group, outByGroup, outOfV, 1);
            brokerFor(graph, v, group, outByGroup, outOfV);
            countGroups(graph.out(), v, group, outByGroup, outOfV, -1);
        }
    }

    /** The counts of vertex {@code v}. */
    public Counts getCounts(int v) {
        Objects.checkIndex(v, n);
        int at = v * ROLES;
        return new Counts(counts[at], counts[at + 1], counts[at + 2], counts[at + 3], counts[at + 4]);
    }

    /** The count of one role for every vertex, indexed by vertex (a new array). */
    public long[] getRoleCounts(Role role) {
        Objects.requireNonNull(role, "role");
        long[] result = new long[n];
        for (int v = 0; v < n; v++) {
            result[v] = counts[v * ROLES + role.ordinal()];
        }
        return result;
    }

    /** The number of open two-paths each vertex brokers, all roles together (a new array). */
    public long[] getTotals() {
        long[] result = new long[n];
        for (int v = 0; v < n; v++) {
            for (int r = 0; r < ROLES; r++) {
                result[v] += counts[v * ROLES + r];
            }
        }
        return result;
    }

    /** Adds (sign 1) or removes (sign -1) the out-neighbours of v from the group counts and marks. */
    private static void countGroups(CsrGraph.Adjacency out, int v, int[] group, int[] byGroup, int[] mark, int sign) {
        for (int i = out.offsets()[v]; i < out.offsets()[v + 1]; i++) {
            int b = out.targets()[i];
            byGroup[group[b]] += sign;
            mark[b] = sign > 0 ? v + 1 : 0;
        }
    }

    /**
     * For each in-neighbour a of v: the out-neighbours b of v minus those excluded (b = a, or a -> b),
     * split by whether g(b) equals g(v), g(a) or neither.
     */
    private void brokerFor(CsrGraph graph, int v, int[] group, int[] outByGroup, int[] outOfV) {
        CsrGraph.Adjacency in = graph.in();
        CsrGraph.Adjacency out = graph.out();
        int gv = group[v];
        long[] role = counts;
        int at = v * ROLES;
        for (int i = in.offsets()[v]; i < in.offsets()[v + 1]; i++) {
            int a = in.targets()[i];
            int ga = group[a];
            long available = out.degree(v);
            long sameAsV = outByGroup[gv];
            long sameAsA = outByGroup[ga];
            if (outOfV[a] == v + 1) { // b = a is no two-path
                available--;
                sameAsV -= group[a] == gv ? 1 : 0;
                sameAsA--;
            }
            for (int k = out.offsets()[a]; k < out.offsets()[a + 1]; k++) {
                int b = out.targets()[k];
                if (outOfV[b] == v + 1) { // a -> b closes the path
                    available--;
                    sameAsV -= group[b] == gv ? 1 : 0;
                    sameAsA -= group[b] == ga ? 1 : 0;
                }
            }
            if (ga == gv) {
                role[at + Role.COORDINATOR.ordinal()] += sameAsV;
                role[at + Role.REPRESENTATIVE.ordinal()] += available - sameAsV;
            } else {
                role[at + Role.GATEKEEPER.ordinal()] += sameAsV;
                role[at + Role.ITINERANT.ordinal()] += sameAsA;
                role[at + Role.LIAISON.ordinal()] += available - sameAsV - sameAsA;
            }
        }
    }
}
