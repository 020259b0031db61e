package be.tafel.analysis.algo;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Louvain community detection (Blondel et al. 2008), seeded and deterministic for a seed.
 *
 * <p>Each level repeats passes over the vertices, in an order shuffled by the seed, moving each vertex
 * to the neighbouring community with the largest modularity gain
 *
 * <pre>
 *   gain(v -> C) = k(v, C) / m - γ Σtot(C) k(v) / (2 m²)
 * </pre>
 *
 * ({@code k(v, C)} the weight from {@code v} to {@code C}, {@code k(v)} its strength, {@code Σtot(C)}
 * the strength of {@code C} without {@code v}, {@code m} the total weight) when that is strictly more
 * than staying, until a pass moves nobody. The communities then become the vertices of the next level,
 * with the edge weights between them summed. This stops, as NetworkX's {@code louvain_communities}
 * does, when a level moves nobody or raises modularity by no more than {@value #THRESHOLD_DEFAULT}.
 * Ties go to the community first met among the vertex's neighbours, which are listed in id order at
 * the first level.
 *
 * <p>Weights are similarities, used as given (pass {@link CsrGraph#unweighted()} to ignore them). A
 * directed graph is symmetrised first ({@link CsrGraph#undirected()}, weights of both arcs summed), and
 * its modularity is that of the symmetrised graph. Communities are numbered from 0 by size, largest
 * first, ties by their smallest vertex. A graph without edges keeps every vertex alone, with modularity
 * NaN (see {@link Modularity}).
 *
 * <p>Running time about O(m) per pass, with few passes and O(log n) levels in practice; memory
 * O(n + m). The result need not equal NetworkX's partition for any seed (the random streams differ),
 * but it is a Louvain optimum of the same objective, and {@link #getModularity()} is exactly
 * {@code nx.community.modularity} of the returned partition.
 *
 * <p>V. D. Blondel, J.-L. Guillaume, R. Lambiotte and E. Lefebvre, "Fast unfolding of communities in
 * large networks", Journal of Statistical Mechanics P10008, 2008.
 */
public final class Louvain {
    /** The resolution of the standard modularity. */
    public static final double RESOLUTION_DEFAULT = Modularity.RESOLUTION_DEFAULT;

    /** The least modularity gain for which another level is built, as NetworkX. */
    public static final double THRESHOLD_DEFAULT = 1e-7;

    /** A guard against floating-point cycling; real graphs settle in far fewer passes. */
    private static final int MAX_PASSES = 1000;

    private final int[] community;
    private final int communityCount;
    private final double modularity;
    private final int levels;

    /** Communities at resolution 1. */
    public Louvain(CsrGraph graph, long seed) {
        this(graph, RESOLUTION_DEFAULT, seed);
    }

    /**
     * @param graph the graph; weights are similarities
     * @param resolution γ, positive and finite; above 1 favours smaller communities
     * @param seed the seed of the vertex orders
     */
    public Louvain(CsrGraph graph, double resolution, long seed) {
        Objects.requireNonNull(graph, "graph");
        CsrGraph undirected = graph.undirected();
        Modularity measure = new Modularity(undirected, resolution);
        int n = undirected.vertexCount();
        int[] assigned = identity(n);
        double current = measure.modularity(assigned);
        Level level = Level.of(undirected);
        SplittableRandom random = new SplittableRandom(seed);
        int built = 0;
        while (level.totalWeight > 0) {
            int[] moved = level.moveVertices(resolution, random);
            if (moved == null) {
                break;
            }
            for (int v = 0; v < n; v++) {
                assigned[v] = moved[assigned[v]];
            }
            built++;
            double next = measure.modularity(assigned);
            if (next - current <= THRESHOLD_DEFAULT) {
                current = next;
                break;
            }
            current = next;
            level = level.aggregate(moved);
        }
        this.community = renumberBySize(assigned);
        this.communityCount = n == 0 ? 0 : max(community) + 1;
        this.modularity = current;
        this.levels = built;
    }

    /** The community of every vertex, indexed by vertex (a copy). */
    public int[] getCommunities() {
        return community.clone();
    }

    public int getCommunity(int v) {
        Objects.checkIndex(v, community.length);
        return community[v];
    }

    public int getCommunityCount() {
        return communityCount;
    }

    /** The modularity of the returned partition (of the symmetrised graph when directed); NaN without edges. */
    public double getModularity() {
        return modularity;
    }

    /** The number of levels that moved at least one vertex. */
    public int getLevelCount() {
        return levels;
    }

    private static int[] identity(int n) {
        int[] ids = new int[n];
        for (int v = 0; v < n; v++) {
            ids[v] = v;
        }
        return ids;
    }

    private static int max(int[] values) {
        int max = Integer.MIN_VALUE;
        for (int x : values) {
            max = Math.max(max, x);
        }
        return max;
    }

    /** Labels 0.. by community size descending, then smallest vertex ascending. */
    private static int[] renumberBySize(int[] labels) {
        int n = labels.length;
        int[] size = new int[n];
        int[] smallest = new int[n];
        Arrays.fill(smallest, -1);
        for (int v = 0; v < n; v++) {
            size[labels[v]]++;
            if (smallest[labels[v]] < 0) {
                smallest[labels[v]] = v;
            }
        }
        long[] keys = new long[n];
        int count = 0;
        for (int c = 0; c < n; c++) {
            if (size[c] > 0) {
                keys[count++] = ((long) (n - size[c]) << 32) | smallest[c];
            }
        }
        Arrays.sort(keys, 0, count);
        int[] renamed = new int[n];
        for (int i = 0; i < count; i++) {
            renamed[labels[(int) keys[i]]] = i;
        }
        int[] result = new int[n];
        for (int v = 0; v < n; v++) {
            result[v] = renamed[labels[v]];
        }
        return result;
    }

    /** One level: a weighted undirected graph without self-loops, with the strengths of its vertices. */
    private static final class Level {
        private final int n;
        private final int[] offsets;
        private final int[] targets;
        private final double[] weights;
        private final double[] strength;
        private final double totalWeight;

        private Level(int[] offsets, int[] targets, double[] weights, double[] strength) {
            this.n = strength.length;
            this.offsets = offsets;
            this.targets = targets;
            this.weights = weights;
            this.strength = strength;
            double sum = 0;
            for (double k : strength) {
                sum += k;
            }
            this.totalWeight = sum / 2;
        }

        static Level of(CsrGraph graph) {
            CsrGraph.Adjacency rows = graph.out();
            double[] strength = new double[graph.vertexCount()];
            for (int v = 0; v < strength.length; v++) {
                strength[v] = rows.strength(v);
            }
            return new Level(rows.offsets(), rows.targets(), rows.weights(), strength);
        }

        /**
         * Local moving until a pass moves nobody; returns each vertex's community numbered densely in
         * order of first vertex, or null when no vertex moved.
         */
        int[] moveVertices(double resolution, SplittableRandom random) {
            int[] community = identity(n);
            double[] total = strength.clone();
            double[] toCommunity = new double[n];
            int[] touched = new int[n];
            int[] order = shuffled(random);
            double scale = resolution / (2 * totalWeight);
            boolean movedAny = false;
            int moves = 1;
            for (int pass = 0; moves > 0 && pass < MAX_PASSES; pass++) {
                moves = 0;
                for (int v : order) {
                    int own = community[v];
                    int reached = weighCommunities(v, community, toCommunity, touched);
                    total[own] -= strength[v];
                    int best = own;
                    double bestGain = toCommunity[own] - scale * total[own] * strength[v];
                    for (int r = 0; r < reached; r++) {
                        int c = touched[r];
                        double gain = toCommunity[c] - scale * total[c] * strength[v];
                        if (gain > bestGain) {
                            best = c;
                            bestGain = gain;
                        }
                        toCommunity[c] = 0;
                    }
                    toCommunity[own] = 0;
                    total[best] += strength[v];
                    if (best != own) {
                        community[v] = best;
                        moves++;
                    }
                }
                movedAny |= moves > 0;
            }
            return movedAny ? dense(community) : null;
        }

        /** Sums the weight from {@code v} to each neighbouring community; lists them in order first met. */
        private int weighCommunities(int v, int[] community, double[] toCommunity, int[] touched) {
            int reached = 0;
            for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                int c = community[targets[i]];
                if (toCommunity[c] == 0) {
                    touched[reached++] = c;
                }
                toCommunity[c] += weights[i];
            }
            return reached;
        }

        private int[] shuffled(SplittableRandom random) {
            int[] order = identity(n);
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            return order;
        }

        private static int[] dense(int[] community) {
            int[] renamed = new int[community.length];
            Arrays.fill(renamed, -1);
            int next = 0;
            int[] result = new int[community.length];
            for (int v = 0; v < community.length; v++) {
                if (renamed[community[v]] < 0) {
                    renamed[community[v]] = next++;
                }
                result[v] = renamed[community[v]];
            }
            return result;
        }

        /** The graph of the communities: edge weights between them summed, internal weight dropped. */
        Level aggregate(int[] community) {
            int count = max(community) + 1;
            int[] memberStart = new int[count + 1];
            for (int c : community) {
                memberStart[c + 1]++;
            }
            for (int c = 0; c < count; c++) {
                memberStart[c + 1] += memberStart[c];
            }
            int[] members = new int[n];
            int[] next = Arrays.copyOf(memberStart, count);
            for (int v = 0; v < n; v++) {
                members[next[community[v]]++] = v;
            }
            int[] newOffsets = new int[count + 1];
            int[] newTargets = new int[targets.length];
            double[] newWeights = new double[targets.length];
            double[] newStrength = new double[count];
            double[] toCommunity = new double[count];
            int[] touched = new int[count];
            int write = 0;
            for (int c = 0; c < count; c++) {
                newOffsets[c] = write;
                int reached = 0;
                for (int m = memberStart[c]; m < memberStart[c + 1]; m++) {
                    int v = members[m];
                    newStrength[c] += strength[v];
                    for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                        int d = community[targets[i]];
                        if (d != c) {
                            if (toCommunity[d] == 0) {
                                touched[reached++] = d;
                            }
                            toCommunity[d] += weights[i];
                        }
                    }
                }
                for (int r = 0; r < reached; r++) {
                    newTargets[write] = touched[r];
                    newWeights[write++] = toCommunity[touched[r]];
                    toCommunity[touched[r]] = 0;
                }
            }
            newOffsets[count] = write;
            return new Level(
                    newOffsets, Arrays.copyOf(newTargets, write), Arrays.copyOf(newWeights, write), newStrength);
        }
    }
}
