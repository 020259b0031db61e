package be.tafel.analysis.algo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Krackhardt and Stern's E-I index: how much a group's ties reach outside it,
 *
 * <pre>
 *   EI = (E - I) / (E + I)
 * </pre>
 *
 * from -1 (all ties internal) to +1 (all external). For the whole graph, {@code E} counts the edges
 * between different groups and {@code I} those within a group. For one group, {@code E} counts its
 * edges with exactly one end in the group and {@code I} those with both ends in it. Edges are those of
 * the undirected graph ({@link CsrGraph#undirected()}: a reciprocated pair of arcs is one edge), counted
 * once each, or, when weighted, weighed by the undirected edge weight (the sum of both arcs).
 *
 * <p>The index is <b>NaN</b> where there are no ties at all ({@code E + I = 0}): a graph without edges, or
 * a group whose members have none; callers print it as "not defined".
 *
 * <p>Running time O(n + m + number of groups), memory O(number of groups).
 *
 * <p>D. Krackhardt and R. N. Stern, "Informal networks and organizational crises: an experimental
 * simulation", Social Psychology Quarterly 51(2), 1988.
 */
public final class EIIndex {
    /**
     * The ties of one group (or of the whole graph, with {@code group} -1).
     *
     * @param size the number of vertices in the group
     * @param external the number (or weight) of ties leaving the group
     * @param internal the number (or weight) of ties within the group
     */
    public record GroupTies(int group, int size, double external, double internal) {
        /** (E - I) / (E + I); NaN without ties. */
        public double index() {
            double all = external + internal;
            return all == 0 ? Double.NaN : (external - internal) / all;
        }
    }

    private final GroupTies whole;
    private final List<GroupTies> groups;
    private final GroupTies[] byGroup;

    /** Counts each edge once, ignoring weights. */
    public EIIndex(CsrGraph graph, int[] group) {
        this(graph, group, false);
    }

    /**
     * @param graph the graph, read as undirected
     * @param group the group of each vertex, non-negative; an array of size (largest group + 1) is
     *     allocated, so number groups densely
     * @param weighted whether a tie counts with its weight instead of as 1
     */
    public EIIndex(CsrGraph graph, int[] group, boolean weighted) {
        Objects.requireNonNull(graph, "graph");
        int n = graph.vertexCount();
        int count = Modularity.checkLabels(group, n, "group");
        int[] size = new int[count];
        double[] external = new double[count];
        double[] internal = new double[count];
        double totalExternal = 0;
        double totalInternal = 0;
        CsrGraph.Adjacency rows = graph.undirected().out();
        for (int u = 0; u < n; u++) {
            size[group[u]]++;
            for (int i = rows.offsets()[u]; i < rows.offsets()[u + 1]; i++) {
                int v = rows.targets()[i];
                if (v < u) {
                    continue; // each edge once, from its smaller end
                }
                double tie = weighted ? rows.weights()[i] : 1;
                if (group[u] == group[v]) {
                    internal[group[u]] += tie;
                    totalInternal += tie;
                } else {
                    external[group[u]] += tie;
                    external[group[v]] += tie;
                    totalExternal += tie;
                }
            }
        }
        this.whole = new GroupTies(-1, n, totalExternal, totalInternal);
        this.byGroup = new GroupTies[count];
        List<GroupTies> present = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            if (size[g] > 0) {
                byGroup[g] = new GroupTies(g, size[g], external[g], internal[g]);
                present.add(byGroup[g]);
            }
        }
        this.groups = Collections.unmodifiableList(present);
    }

    /** The E-I index of the whole graph; NaN without edges. */
    public double getIndex() {
        return whole.index();
    }

    /** The external and internal ties of the whole graph. */
    public GroupTies getWholeGraph() {
        return whole;
    }

    /** The E-I index of one group; NaN when its members have no ties. */
    public double getGroupIndex(int group) {
        return getGroup(group).index();
    }

    /** The ties of one group that has at least one vertex. */
    public GroupTies getGroup(int group) {
        if (group < 0 || group >= byGroup.length || byGroup[group] == null) {
            throw new IllegalArgumentException("no vertex is in group " + group);
        }
        return byGroup[group];
    }

    /** Every group with at least one vertex, by group number (unmodifiable). */
    public List<GroupTies> getGroups() {
        return groups;
    }
}
