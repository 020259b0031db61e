package be.tafel.analysis.algo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Link-prediction scores for pairs of vertices of the undirected graph, each exactly as NetworkX
 * computes it ({@code nx.common_neighbors}, {@code jaccard_coefficient}, {@code adamic_adar_index},
 * {@code resource_allocation_index}, {@code preferential_attachment}). With {@code N(u)} the
 * neighbours of {@code u} and {@code d(u) = |N(u)|}:
 *
 * <pre>
 *   common neighbours        |N(u) ∩ N(v)|
 *   Jaccard                  |N(u) ∩ N(v)| / |N(u) ∪ N(v)|,   0 when both are isolated
 *   Adamic–Adar              sum over w in N(u) ∩ N(v) of 1 / ln d(w)
 *   resource allocation      sum over w in N(u) ∩ N(v) of 1 / d(w)
 *   preferential attachment  d(u) d(v)
 * </pre>
 *
 * A directed graph is read as its undirected version ({@link CsrGraph#undirected()}), as NetworkX only
 * accepts undirected graphs; weights are ignored.
 *
 * <p>{@link #top} ranks the non-adjacent pairs by score, ties broken by {@code (u, v)} ascending with
 * {@code u < v}. The two sums (Adamic–Adar, resource allocation) add their terms in a fixed order (by
 * degree, then id, of the common neighbour), so pairs with the same terms get bit-identical scores, and
 * they rank at a resolution of {@value #RANK_RESOLUTION}: scores that agree that closely are ties,
 * whatever their last bits. The other three scores are exact and ranked exactly.
 *
 * <p>Running time: the first four scores are positive exactly for the pairs at distance 2, which are
 * enumerated from each vertex through its neighbours in O(sum over vertices of degree squared) plus
 * O(log k) per pair; when {@code k} asks for more pairs than that, pairs of score 0 follow in
 * {@code (u, v)} order. Preferential attachment never looks at all n² pairs: a binary search over the
 * score finds the k-th largest product by counting pairs over the sorted degrees in O((n + m) log(Δ²)),
 * and only the pairs at or above it are listed. {@link #score} costs O(d(u) + d(v)).
 *
 * <p>D. Liben-Nowell and J. Kleinberg, "The link-prediction problem for social networks", JASIST 58(7),
 * 2007. L. A. Adamic and E. Adar, "Friends and neighbors on the Web", Social Networks 25(3), 2003.
 * T. Zhou, L. Lü and Y.-C. Zhang, "Predicting missing links via local information", European Physical
 * Journal B 71, 2009. A.-L. Barabási and R. Albert, "Emergence of scaling in random networks",
 * Science 286, 1999.
 */
public final class LinkPrediction {
    /** Sums closer than this rank as ties. */
    public static final double RANK_RESOLUTION = 1e-9;

    /** The five scores. */
    public enum Method {
        COMMON_NEIGHBOURS,
        JACCARD,
        ADAMIC_ADAR,
        RESOURCE_ALLOCATION,
        PREFERENTIAL_ATTACHMENT
    }

    /**
     * One scored pair, {@code u < v}, with its common neighbours in ascending order.
     *
     * @param commonNeighbours a private copy; the accessor returns another copy
     */
    public record Prediction(int u, int v, double score, int[] commonNeighbours) {
        public Prediction {
            commonNeighbours = commonNeighbours.clone();
        }

        @Override
        public int[] commonNeighbours() {
            return commonNeighbours.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Prediction p
                    && u == p.u
                    && v == p.v
                    && Double.compare(score, p.score) == 0
                    && Arrays.equals(commonNeighbours, p.commonNeighbours);
        }

        @Override
        public int hashCode() {
            return Objects.hash(u, v, score, Arrays.hashCode(commonNeighbours));
        }

        @Override
        public String toString() {
            return "Prediction[" + u + ", " + v + ", " + score + ", " + Arrays.toString(commonNeighbours) + "]";
        }
    }

    private final int n;
    private final int[] offsets;
    private final int[] targets;
    private int[] byDegreeRows;

    /** Prepares scoring on the undirected version of {@code graph}. */
    public LinkPrediction(CsrGraph graph) {
        Objects.requireNonNull(graph, "graph");
        CsrGraph.Adjacency rows = graph.undirected().out();
        this.n = graph.vertexCount();
        this.offsets = rows.offsets();
        this.targets = rows.targets();
    }

    /** The number of unordered pairs of distinct, non-adjacent vertices. */
    public long nonAdjacentPairCount() {
        return (long) n * (n - 1) / 2 - targets.length / 2;
    }

    /**
     * The score of one pair of distinct vertices, adjacent or not (NetworkX scores any pair it is given).
     */
    public double score(Method method, int u, int v) {
        Objects.requireNonNull(method, "method");
        checkPair(u, v);
        if (method == Method.PREFERENTIAL_ATTACHMENT) {
            return (double) degree(u) * degree(v);
        }
        int[] common = commonNeighbours(u, v);
        return switch (method) {
            case COMMON_NEIGHBOURS -> common.length;
            case JACCARD -> jaccard(common.length, u, v);
            default -> canonicalSum(method, common);
        };
    }

    /** The common neighbours of two distinct vertices, ascending. */
    public int[] commonNeighbours(int u, int v) {
        checkPair(u, v);
        int[] common = new int[Math.min(degree(u), degree(v))];
        int found = 0;
        int i = offsets[u];
        int j = offsets[v];
        while (i < offsets[u + 1] && j < offsets[v + 1]) {
            int a = targets[i];
            int b = targets[j];
            if (a == b) {
                common[found++] = a;
            }
            i += a <= b ? 1 : 0;
            j += b <= a ? 1 : 0;
        }
        return Arrays.copyOf(common, found);
    }

    /**
     * The {@code k} best non-adjacent pairs by {@code method}, best first, ties by {@code (u, v)}
     * ascending; fewer when the graph has fewer non-adjacent pairs. For the first four methods, pairs
     * with no common neighbour score 0 and appear only when {@code k} exceeds the number of pairs at
     * distance 2.
     *
     * @return an unmodifiable list
     */
    public List<Prediction> top(Method method, int k) {
        Objects.requireNonNull(method, "method");
        if (k < 0) {
            throw new IllegalArgumentException("k must not be negative: " + k);
        }
        int size = (int) Math.min(k, nonAdjacentPairCount());
        TopPairs best = new TopPairs(size);
        if (size > 0) {
            if (method == Method.PREFERENTIAL_ATTACHMENT) {
                offerByDegreeProduct(best);
            } else {
                int positive = offerDistanceTwo(method, best);
                offerZeros(best, size - positive);
            }
        }
        return predictions(best);
    }

    private int offerDistanceTwo(Method method, TopPairs best) {
        boolean sum = method == Method.ADAMIC_ADAR || method == Method.RESOURCE_ALLOCATION;
        int[] rows = sum ? rowsByDegree() : targets;
        int[] adjacentTo = new int[n];
        int[] count = new int[n];
        double[] total = new double[n];
        int[] touched = new int[n];
        int positive = 0;
        for (int u = 0; u < n; u++) {
            markNeighbours(u, adjacentTo);
            int reached = 0;
            for (int i = offsets[u]; i < offsets[u + 1]; i++) {
                int w = rows[i];
                double term = sum ? term(method, w) : 0;
                for (int k = offsets[w]; k < offsets[w + 1]; k++) {
                    int v = targets[k];
                    if (v > u && adjacentTo[v] != u + 1) {
                        if (count[v]++ == 0) {
                            touched[reached++] = v;
                        }
                        total[v] += term;
                    }
                }
            }
            for (int r = 0; r < reached; r++) {
                int v = touched[r];
                double score =
                        switch (method) {
                            case COMMON_NEIGHBOURS -> count[v];
                            case JACCARD -> jaccard(count[v], u, v);
                            default -> total[v];
                        };
                best.offer(sum ? rankKey(score) : score, u, v, score);
                count[v] = 0;
                total[v] = 0;
            }
            positive = (int) Math.min(Integer.MAX_VALUE, (long) positive + reached);
        }
        return positive;
    }

    /** Pairs with no common neighbour, in (u, v) order, until {@code wanted} are offered. */
    private void offerZeros(TopPairs best, int wanted) {
        int[] excluded = new int[n];
        for (int u = 0; u < n && wanted > 0; u++) {
            markNeighbours(u, excluded);
            for (int i = offsets[u]; i < offsets[u + 1]; i++) {
                int w = targets[i];
                for (int k = offsets[w]; k < offsets[w + 1]; k++) {
                    excluded[targets[k]] = u + 1;
                }
            }
            for (int v = u + 1; v < n && wanted > 0; v++) {
                if (excluded[v] != u + 1) {
                    best.offer(0, u, v, 0);
                    wanted--;
                }
            }
        }
    }

    /**
     * Preferential attachment: finds the largest product {@code t} such that at least {@code k}
     * non-adjacent pairs score {@code >= t}, offers every pair scoring more, then the pairs scoring
     * exactly {@code t} in (u, v) order until {@code k} are offered.
     */
    private void offerByDegreeProduct(TopPairs best) {
        DegreeClasses classes = new DegreeClasses();
        long threshold = classes.kthLargestProduct(best.capacity());
        int[] mark = new int[n];
        int offered = 0;
        for (int u = 0; u < n; u++) {
            long du = degree(u);
            markNeighbours(u, mark);
            for (int p = 0; p < n && du * degree(classes.byDegreeDescending[p]) > threshold; p++) {
                int v = classes.byDegreeDescending[p];
                if (v > u && mark[v] != u + 1) {
                    best.offer((double) du * degree(v), u, v, (double) du * degree(v));
                    offered++;
                }
            }
        }
        offerProductTies(best, threshold, best.capacity() - offered, classes, mark);
    }

    private void offerProductTies(TopPairs best, long product, int wanted, DegreeClasses classes, int[] mark) {
        for (int u = 0; u < n && wanted > 0; u++) {
            int du = degree(u);
            markNeighbours(u, mark);
            int from;
            int to;
            if (product == 0 && du == 0) {
                from = -1; // every later vertex
                to = -1;
            } else if (product == 0) {
                from = classes.start(0);
                to = classes.start(0) + classes.size(0);
            } else if (du == 0 || product % du != 0 || product / du > classes.maxDegree) {
                continue;
            } else {
                int partner = (int) (product / du);
                from = classes.start(partner);
                to = from + classes.size(partner);
            }
            wanted -= from < 0
                    ? offerAllAfter(best, u, wanted, product)
                    : offerClassAfter(best, u, wanted, product, classes.byDegreeAscending, from, to, mark);
        }
    }

    private int offerAllAfter(TopPairs best, int u, int wanted, long product) {
        int offered = 0;
        for (int v = u + 1; v < n && offered < wanted; v++) {
            best.offer(product, u, v, product);
            offered++;
        }
        return offered;
    }

    private int offerClassAfter(
            TopPairs best, int u, int wanted, long product, int[] members, int from, int to, int[] mark) {
        int first = Arrays.binarySearch(members, from, to, u + 1);
        int offered = 0;
        for (int i = first >= 0 ? first : -first - 1; i < to && offered < wanted; i++) {
            int v = members[i];
            if (mark[v] != u + 1) {
                best.offer(product, u, v, product);
                offered++;
            }
        }
        return offered;
    }

    private List<Prediction> predictions(TopPairs best) {
        int size = best.size();
        Prediction[] ranked = new Prediction[size];
        for (int i = size - 1; i >= 0; i--) {
            int u = best.worstU();
            int v = best.worstV();
            ranked[i] = new Prediction(u, v, best.worstScore(), commonNeighbours(u, v));
            best.removeWorst();
        }
        return Collections.unmodifiableList(new ArrayList<>(Arrays.asList(ranked)));
    }

    private double canonicalSum(Method method, int[] common) {
        long[] order = new long[common.length];
        for (int i = 0; i < common.length; i++) {
            order[i] = ((long) degree(common[i]) << 32) | common[i];
        }
        Arrays.sort(order);
        double sum = 0;
        for (long key : order) {
            sum += term(method, (int) key);
        }
        return sum;
    }

    private double term(Method method, int w) {
        return method == Method.ADAMIC_ADAR ? 1 / Math.log(degree(w)) : 1.0 / degree(w);
    }

    private double jaccard(int common, int u, int v) {
        int union = degree(u) + degree(v) - common;
        return union == 0 ? 0 : (double) common / union;
    }

    private static double rankKey(double score) {
        return Math.rint(score / RANK_RESOLUTION);
    }

    /** The rows again, each ordered by (degree, id) of the neighbour: the order sums are added in. */
    private int[] rowsByDegree() {
        if (byDegreeRows == null) {
            int[] rows = new int[targets.length];
            long[] keys = new long[0];
            for (int u = 0; u < n; u++) {
                int d = degree(u);
                if (keys.length < d) {
                    keys = new long[Math.max(d, keys.length * 2)];
                }
                for (int i = 0; i < d; i++) {
                    int w = targets[offsets[u] + i];
                    keys[i] = ((long) degree(w) << 32) | w;
                }
                Arrays.sort(keys, 0, d);
                for (int i = 0; i < d; i++) {
                    rows[offsets[u] + i] = (int) keys[i];
                }
            }
            byDegreeRows = rows;
        }
        return byDegreeRows;
    }

    private void markNeighbours(int u, int[] mark) {
        for (int i = offsets[u]; i < offsets[u + 1]; i++) {
            mark[targets[i]] = u + 1;
        }
    }

    private int degree(int v) {
        return offsets[v + 1] - offsets[v];
    }

    private void checkPair(int u, int v) {
        Objects.checkIndex(u, n);
        Objects.checkIndex(v, n);
        if (u == v) {
            throw new IllegalArgumentException("a pair needs two distinct vertices: " + u);
        }
    }

    /** Vertices grouped by degree, and counts of pairs by degree product. */
    private final class DegreeClasses {
        final int maxDegree;
        final int[] byDegreeAscending;
        final int[] byDegreeDescending;
        private final int[] classStart;

        DegreeClasses() {
            int max = 0;
            for (int v = 0; v < n; v++) {
                max = Math.max(max, degree(v));
            }
            this.maxDegree = max;
            this.classStart = new int[max + 2];
            for (int v = 0; v < n; v++) {
                classStart[degree(v) + 1]++;
            }
            for (int d = 0; d <= max; d++) {
                classStart[d + 1] += classStart[d];
            }
            this.byDegreeAscending = new int[n];
            int[] next = Arrays.copyOf(classStart, max + 1);
            for (int v = 0; v < n; v++) {
                byDegreeAscending[next[degree(v)]++] = v;
            }
            this.byDegreeDescending = new int[n];
            for (int i = 0; i < n; i++) {
                byDegreeDescending[i] = byDegreeAscending[n - 1 - i];
            }
        }

        int start(int degree) {
            return classStart[degree];
        }

        int size(int degree) {
            return degree > maxDegree ? 0 : classStart[degree + 1] - classStart[degree];
        }

        /** The largest t with at least {@code k >= 1} non-adjacent pairs of degree product >= t. */
        long kthLargestProduct(int k) {
            long low = 0; // always has at least k pairs: k <= number of non-adjacent pairs
            long high = (long) maxDegree * maxDegree;
            while (low < high) {
                long mid = low + (high - low + 1) / 2;
                if (nonAdjacentAtLeast(mid) >= k) {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            return low;
        }

        private long nonAdjacentAtLeast(long product) {
            long pairs = pairsAtLeast(product);
            for (int u = 0; u < n; u++) {
                for (int i = offsets[u]; i < offsets[u + 1]; i++) {
                    if (targets[i] > u && (long) degree(u) * degree(targets[i]) >= product) {
                        pairs--;
                    }
                }
            }
            return pairs;
        }

        /** Unordered pairs of distinct vertices, adjacent or not, with degree product >= product > 0. */
        private long pairsAtLeast(long product) {
            long ordered = 0;
            int partner = n; // first position (ascending degree) whose degree is large enough
            for (int i = 0; i < n; i++) {
                long d = degree(byDegreeAscending[i]);
                if (d == 0) {
                    continue;
                }
                while (partner > 0 && d * degree(byDegreeAscending[partner - 1]) >= product) {
                    partner--;
                }
                ordered += n - partner;
                if (d * d >= product) {
                    ordered--; // the vertex itself
                }
            }
            return ordered / 2;
        }
    }

    /**
     * The best {@code capacity} pairs seen so far, in a heap whose root is the worst: lowest key, then
     * largest (u, v). Parallel primitive arrays, no boxing.
     */
    private static final class TopPairs {
        private final double[] key;
        private final double[] score;
        private final int[] us;
        private final int[] vs;
        private int size;

        TopPairs(int capacity) {
            key = new double[capacity];
            score = new double[capacity];
            us = new int[capacity];
            vs = new int[capacity];
        }

        int capacity() {
            return key.length;
        }

        int size() {
            return size;
        }

        void offer(double k, int u, int v, double s) {
            if (size < key.length) {
                set(size, k, u, v, s);
                siftUp(size++);
            } else if (size > 0 && worse(0, k, u, v)) {
                set(0, k, u, v, s);
                siftDown(0);
            }
        }

        int worstU() {
            return us[0];
        }

        int worstV() {
            return vs[0];
        }

        double worstScore() {
            return score[0];
        }

        void removeWorst() {
            size--;
            if (size > 0) {
                set(0, key[size], us[size], vs[size], score[size]);
                siftDown(0);
            }
        }

        /** Whether entry {@code i} ranks below the pair {@code (k, u, v)}. */
        private boolean worse(int i, double k, int u, int v) {
            if (key[i] != k) {
                return key[i] < k;
            }
            return us[i] != u ? us[i] > u : vs[i] > v;
        }

        private boolean worse(int i, int j) {
            return worse(i, key[j], us[j], vs[j]);
        }

        private void siftUp(int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (!worse(i, parent)) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void siftDown(int i) {
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    return;
                }
                if (child + 1 < size && worse(child + 1, child)) {
                    child++;
                }
                if (!worse(child, i)) {
                    return;
                }
                swap(i, child);
                i = child;
            }
        }

        private void set(int i, double k, int u, int v, double s) {
            key[i] = k;
            us[i] = u;
            vs[i] = v;
            score[i] = s;
        }

        private void swap(int i, int j) {
            double k = key[i];
            double s = score[i];
            int u = us[i];
            int v = vs[i];
            set(i, key[j], us[j], vs[j], score[j]);
            set(j, k, u, v, s);
        }
    }
}
