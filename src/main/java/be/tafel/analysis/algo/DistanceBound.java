package be.tafel.analysis.algo;

import java.util.Arrays;

/**
 * An upper bound on every finite shortest-path length of a graph, found in a few searches: the range
 * {@code Delta} of the distances that {@link SampledCentrality}'s closeness bound pays for.
 *
 * <p><b>Undirected:</b> per component, {@code 2 ecc(r)} for its smallest vertex {@code r} (the triangle
 * inequality through {@code r}), at most its size less one times the longest edge.
 *
 * <p><b>Directed:</b> a shortest path crosses the strongly connected components along a path of their
 * condensation, which is acyclic; inside a component it runs between two of its vertices, so it is no
 * longer than {@code ecc_out(r) + ecc_in(r)} for any vertex {@code r} of it (through {@code r} again),
 * and between components it takes one arc. The bound is the longest path through the condensation,
 * each component weighing its own bound and each arc between components the longest edge: one
 * topological sweep. The {@value #SEARCHED_COMPONENTS} largest components get their two searches; the
 * others (and any component of fewer than three vertices) count as their size less one times the
 * longest edge. The bound never exceeds the largest weak component's size less one times the longest
 * edge, the bound this replaced.
 */
final class DistanceBound {
    /** How many strong components get the two searches that bound them tightly. */
    static final int SEARCHED_COMPONENTS = 8;

    private DistanceBound() {}

    /** {@code network} is {@code graph} with {@code length}. */
    static double of(CsrGraph graph, PathLength length, ShortestPaths.Network network) {
        double longest = longestLength(network);
        return graph.isDirected() ? directed(graph, length, network, longest) : undirected(graph, network, longest);
    }

    private static double undirected(CsrGraph graph, ShortestPaths.Network network, double longest) {
        Components components = Components.weak(graph);
        ShortestPaths paths = new ShortestPaths(network);
        int[] first = components.firstMembers();
        double bound = 0;
        for (int c = 0; c < components.count(); c++) {
            if (components.size(c) < 2) {
                continue;
            }
            paths.searchFrom(first[c]);
            double eccentricity = paths.dist[paths.order[paths.settledCount - 1]];
            bound = Math.max(bound, Math.min((components.size(c) - 1) * longest, 2 * eccentricity));
        }
        return bound;
    }

    private static double directed(CsrGraph graph, PathLength length, ShortestPaths.Network network, double longest) {
        Components strong = Components.strong(graph);
        double[] inside = insideBounds(graph, length, network, strong, longest);
        double bound = longestCondensationPath(graph, strong, inside, longest);
        return Math.min(bound, (Components.weak(graph).largestSize() - 1) * longest);
    }

    /** A bound on the distances inside each strong component. */
    private static double[] insideBounds(
            CsrGraph graph, PathLength length, ShortestPaths.Network network, Components strong, double longest) {
        int count = strong.count();
        double[] inside = new double[count];
        Integer[] bySize = new Integer[count];
        for (int c = 0; c < count; c++) {
            inside[c] = (strong.size(c) - 1) * longest;
            bySize[c] = c;
        }
        Arrays.sort(bySize, (a, b) -> Integer.compare(strong.size(b), strong.size(a)));
        int[] first = strong.firstMembers();
        int[] labels = strong.getLabels();
        ShortestPaths forward = new ShortestPaths(network);
        ShortestPaths backward = new ShortestPaths(new ShortestPaths.Network(graph.reversed(), length));
        for (int i = 0; i < Math.min(SEARCHED_COMPONENTS, count) && strong.size(bySize[i]) >= 3; i++) {
            int c = bySize[i];
            double through = eccentricityWithin(forward, first[c], labels, c)
                    + eccentricityWithin(backward, first[c], labels, c);
            inside[c] = Math.min(inside[c], through);
        }
        return inside;
    }

    /** The largest distance from {@code root} to a vertex of its own component {@code c}. */
    private static double eccentricityWithin(ShortestPaths paths, int root, int[] labels, int c) {
        paths.searchFrom(root);
        double eccentricity = 0;
        for (int i = 0; i < paths.settledCount; i++) {
            int v = paths.order[i];
            if (labels[v] == c) {
                eccentricity = Math.max(eccentricity, paths.dist[v]);
            }
        }
        return eccentricity;
    }

    /** The longest path through the condensation, in topological order (Kahn). */
    private static double longestCondensationPath(CsrGraph graph, Components strong, double[] inside, double longest) {
        int n = graph.vertexCount();
        int count = strong.count();
        int[] labels = strong.getLabels();
        int[] offsets = graph.out().offsets();
        int[] targets = graph.out().targets();
        int[] waiting = new int[count];
        for (int u = 0; u < n; u++) {
            for (int i = offsets[u]; i < offsets[u + 1]; i++) {
                if (labels[targets[i]] != labels[u]) {
                    waiting[labels[targets[i]]]++;
                }
            }
        }
        int[][] members = membersByComponent(labels, strong.getSizes());
        double[] entry = new double[count];
        int[] ready = new int[count];
        int readyCount = 0;
        for (int c = 0; c < count; c++) {
            if (waiting[c] == 0) {
                ready[readyCount++] = c;
            }
        }
        double bound = 0;
        for (int next = 0; next < readyCount; next++) {
            int c = ready[next];
            double through = entry[c] + inside[c];
            bound = Math.max(bound, through);
            for (int u : members[c]) {
                for (int i = offsets[u]; i < offsets[u + 1]; i++) {
                    int d = labels[targets[i]];
                    if (d != c) {
                        entry[d] = Math.max(entry[d], through + longest);
                        if (--waiting[d] == 0) {
                            ready[readyCount++] = d;
                        }
                    }
                }
            }
        }
        return bound;
    }

    private static int[][] membersByComponent(int[] labels, int[] sizes) {
        int[][] members = new int[sizes.length][];
        int[] filled = new int[sizes.length];
        for (int c = 0; c < sizes.length; c++) {
            members[c] = new int[sizes[c]];
        }
        for (int v = 0; v < labels.length; v++) {
            members[labels[v]][filled[labels[v]]++] = v;
        }
        return members;
    }

    private static double longestLength(ShortestPaths.Network network) {
        double longest = 0;
        for (double l : network.outLengths) {
            longest = Math.max(longest, l);
        }
        return longest;
    }
}
