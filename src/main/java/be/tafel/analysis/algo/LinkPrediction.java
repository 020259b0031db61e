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
 * and five more, each the common neighbours over a function of the two degrees, as JGraphT's
 * {@code org.jgrapht.alg.linkprediction} defines them (they have no NetworkX function), 0 when a
 * degree is 0 where JGraphT throws:
 *
 * <pre>
 *   Salton                   |N(u) ∩ N(v)| / sqrt(d(u) d(v))
 *   Sørensen                 2 |N(u) ∩ N(v)| / (d(u) + d(v))
 *   hub-promoted             |N(u) ∩ N(v)| / min(d(u), d(v))
 *   hub-depressed            |N(u) ∩ N(v)| / max(d(u), d(v))
 *   Leicht–Holme–Newman      |N(u) ∩ N(v)| / (d(u) d(v))
 * </pre>
 *
 * JGraphT 1.5.3 computes Leicht–Holme–Newman as {@code |N(u) ∩ N(v)| / d(u) * d(v)}, which is the
 * published score times {@code d(v)²} and not symmetric; this class follows the paper (E. A. Leicht,
 * P. Holme and M. E. J. Newman, "Vertex similarity in networks", Physical
 * Review E 73, 2006). These ratios rank like Jaccard: exactly, and on the bit-row path with the bound
 * {@code d(a) / g(d(a), d(b))} for the lower-degree vertex {@code a}, which never rises with {@code d(b)}.
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
 * <p>Running time: the first four scores are positive exactly for the pairs at distance 2. On sparse
 * graphs these are enumerated from each vertex through its neighbours in O(sum over vertices of degree
 * squared) plus O(log k) per pair; when {@code k} asks for more pairs than that, pairs of score 0
 * follow in {@code (u, v)} order. On dense graphs, where that sum of squares approaches n³, every pair
 * is instead scored from the AND of two bit rows ({@link RankedBitRows}): at most n² / 2 · n / 64
 * streamed word operations, split over the cores ({@link #usesBitRows} chooses). The bit rows rank
 * the vertices by (degree, id), so a pair's common neighbours come out in the order the sums are added
 * in and the scores are the same to the bit; pairs of score 0 are ranked like any other, which gives
 * the same order as above. Most pairs are never summed: once k pairs are kept, a pair is skipped when
 * a bound on its score ranks strictly below the worst of them. The bounds are the smaller degree
 * (common neighbours), the smaller degree over the larger (Jaccard), and for the sums the sum over
 * either vertex's neighbours, then the common neighbours counted per 64-bit word, each weighted with
 * the largest term in its word.
 *
 * <p>Preferential attachment never looks at all n² pairs: a binary search over the score finds the
 * k-th largest product by counting pairs over the sorted degrees in O((n + m) log(Δ²)), and only the
 * pairs at or above it are listed. {@link #score} costs O(d(u) + d(v)).
 *
 * <p>JGraphT's predictors score one given pair; ranking the view means scoring every pair at distance 2
 * with them, which on the synthetic city's collaboration view (116,229 such pairs) took 97× (Adamic–Adar)
 * and 118× (Salton) the time of {@link #top} for the best 100; see docs/benchmarks.md, "JGraphT against Tafel's kernels".
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

    /** The scores: NetworkX's five, then JGraphT's five ratios. */
    public enum Method {
        COMMON_NEIGHBOURS,
        JACCARD,
        ADAMIC_ADAR,
        RESOURCE_ALLOCATION,
        PREFERENTIAL_ATTACHMENT,
        SALTON,
        SORENSEN,
        HUB_PROMOTED,
        HUB_DEPRESSED,
        LEICHT_HOLME_NEWMAN
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

    /** How {@link #top} finds the pairs of the first four methods; only tests force one. */
    enum Path {
        /** Bit rows when they pay (see {@link #usesBitRows}), else paths of length two. */
        CHOOSE,
        /** Enumerate the paths of length two. */
        PATHS_OF_LENGTH_TWO,
        /** Intersect bit rows for every pair. */
        BIT_ROWS
    }

    /**
     * Bit rows are used when their {@code n² · words / 2} word operations number at most this many
     * times {@code sum of d²}, the steps of the path enumeration. Measured on 1,000- and 5,000-vertex
     * views, a streamed AND and popcount costs 0.6–0.9 ns and a scattered step 4.6–6.2 ns, so bit rows
     * break even near 5 even when no bound prunes (Jaccard); 4 leaves a margin.
     */
    private static final long BIT_ROWS_COST_RATIO = 4;

    /** At most this many longs (64 MB) of bit rows: n up to about 23,000. */
    private static final long MAX_BIT_ROW_LONGS = 1L << 23;

    /** Below this many word operations one thread does the bit-row work. */
    private static final long PARALLEL_WORK = 1L << 24;

    /**
     * The bound on a sum is raised by this fraction before it may rule a pair out: far more than the
     * rounding of adding up to n terms (n · 2⁻⁵³, under 3e-12 for any n with bit rows), so rounding
     * never drops a pair that belongs in the top k.
     */
    private static final double BOUND_SLACK = 1e-9;

    private final int n;
    private final int[] offsets;
    private final int[] targets;
    private final Path path;
    private final int threads;
    private int[] byDegreeRows;
    private RankedBitRows bitRows;

    /** Prepares scoring on the undirected version of {@code graph}. */
    public LinkPrediction(CsrGraph graph) {
        this(graph, Path.CHOOSE, ParallelSources.availableThreads());
    }

    /** As the public constructor, with the path of {@link #top} and its thread count fixed. */
    LinkPrediction(CsrGraph graph, Path path, int threads) {
        Objects.requireNonNull(graph, "graph");
        ParallelSources.checkThreads(threads);
        CsrGraph.Adjacency rows = graph.undirected().out();
        this.n = graph.vertexCount();
        this.offsets = rows.offsets();
        this.targets = rows.targets();
        this.path = Objects.requireNonNull(path, "path");
        this.threads = threads;
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
            case ADAMIC_ADAR, RESOURCE_ALLOCATION -> canonicalSum(method, common);
            default -> ratio(method, common.length, degree(u), degree(v));
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
        if (size > 0 && method != Method.PREFERENTIAL_ATTACHMENT && usesBitRows()) {
            return predictions(topByBitRows(method, size));
        }
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

    /**
     * Whether {@link #top} intersects bit rows: when they fit in {@link #MAX_BIT_ROW_LONGS} and their
     * word operations are at most {@link #BIT_ROWS_COST_RATIO} times the steps of the path enumeration.
     * On a 5,000-vertex view of density 0.19 that is 1.0e9 word operations against 7.0e9 steps.
     */
    boolean usesBitRows() {
        if (path != Path.CHOOSE) {
            return path == Path.BIT_ROWS;
        }
        long words = RankedBitRows.wordsFor(n);
        if ((long) n * words > MAX_BIT_ROW_LONGS) {
            return false;
        }
        long squares = 0;
        for (int v = 0; v < n; v++) {
            squares += (long) degree(v) * degree(v);
        }
        return (long) n * n * words / 2 <= BIT_ROWS_COST_RATIO * squares;
    }

    /**
     * Every non-adjacent pair, zeros included, offered from the intersection of its bit rows. The
     * first rank is split over the threads, each with its own heap; the heaps are merged at the end,
     * and as the best k pairs are unique under (key, u, v) the result does not depend on the split.
     * Ranks are visited from the highest (largest degree) down, so the heaps fill early with good
     * pairs and the bounds rule out most of the rest.
     */
    private TopPairs topByBitRows(Method method, int size) {
        RankedBitRows rows = bitRows();
        RankScorer scorer = new RankScorer(method, rows);
        // a forced path keeps its thread count, so that tests can split small graphs too
        boolean small = path == Path.CHOOSE && (long) n * n / 2 * rows.words() < PARALLEL_WORK;
        List<TopPairs> heaps = ParallelSources.run(
                n,
                small ? 1 : threads,
                t -> new TopPairs(size),
                (heap, item) -> scorer.offerPairsAbove(n - 1 - item, heap));
        TopPairs best = heaps.get(0);
        for (TopPairs heap : heaps.subList(1, heaps.size())) {
            best.offerAll(heap);
        }
        return best;
    }

    private RankedBitRows bitRows() {
        if (bitRows == null) {
            bitRows = new RankedBitRows(offsets, targets);
        }
        return bitRows;
    }

    /** Scores the pairs of ranks for one method; shared read-only by the threads. */
    private final class RankScorer {
        private final Method method;
        private final RankedBitRows rows;
        private final int[] degreeOfRank;
        private final double[] termOfRank;
        private final double[] wordTerm;
        private final double[] rowBoundKey;

        RankScorer(Method method, RankedBitRows rows) {
            this.method = method;
            this.rows = rows;
            this.degreeOfRank = new int[n];
            this.termOfRank = new double[n];
            for (int r = 0; r < n; r++) {
                degreeOfRank[r] = degree(rows.vertex(r));
                termOfRank[r] = term(method, rows.vertex(r));
            }
            this.wordTerm = wordTerms();
            this.rowBoundKey = rowBoundKeys();
        }

        /**
         * For each rank, the key of the sum over all its neighbours that can be shared (degree 2 or
         * more): a bound for every pair the rank is in.
         */
        private double[] rowBoundKeys() {
            double[] keys = new double[n];
            for (int r = 0; r < n; r++) {
                int v = rows.vertex(r);
                double total = 0;
                for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                    total += degree(targets[i]) >= 2 ? term(method, targets[i]) : 0;
                }
                keys[r] = rankKey(total * (1 + BOUND_SLACK));
            }
            return keys;
        }

        /**
         * The largest term a common neighbour in each word can have: that of the word's lowest rank of
         * degree 2 or more, as terms fall with degree and a common neighbour has degree at least 2
         * (degrees 0 and 1 have infinite terms). 0 for a word with no such rank.
         */
        private double[] wordTerms() {
            int firstShared = 0;
            while (firstShared < n && degreeOfRank[firstShared] < 2) {
                firstShared++;
            }
            double[] terms = new double[rows.words()];
            for (int i = 0; i < terms.length; i++) {
                int lowest = Math.max(i << 6, firstShared);
                terms[i] = lowest < Math.min(n, (i + 1) << 6) ? termOfRank[lowest] : 0;
            }
            return terms;
        }

        /** Offers every non-adjacent pair (a, b), b > a: the partner has at least a's degree. */
        void offerPairsAbove(int a, TopPairs heap) {
            switch (method) {
                case COMMON_NEIGHBOURS -> offerCommonNeighbours(a, heap);
                case JACCARD, SALTON, SORENSEN, HUB_PROMOTED, HUB_DEPRESSED, LEICHT_HOLME_NEWMAN -> offerRatio(a, heap);
                default -> offerSums(a, heap);
            }
        }

        private void offerCommonNeighbours(int a, TopPairs heap) {
            if (heap.isFull() && degreeOfRank[a] < heap.worstKey()) {
                return; // no pair of a can have more common neighbours than a has neighbours
            }
            for (int b = a + 1; b < n; b++) {
                if (!rows.adjacent(a, b)) {
                    int common = rows.commonCount(a, b);
                    offer(heap, a, b, common, common);
                }
            }
        }

        private void offerRatio(int a, TopPairs heap) {
            int da = degreeOfRank[a];
            for (int b = a + 1; b < n; b++) {
                int db = degreeOfRank[b];
                // the score with every neighbour of a shared never rises as b (and its degree) rises
                if (heap.isFull() && ratio(method, da, da, db) < heap.worstKey()) {
                    return;
                }
                if (!rows.adjacent(a, b)) {
                    double score = ratio(method, rows.commonCount(a, b), da, db);
                    offer(heap, a, b, score, score);
                }
            }
        }

        private void offerSums(int a, TopPairs heap) {
            for (int b = a + 1; b < n; b++) {
                if (heap.isFull() && rowBoundKey[a] < heap.worstKey()) {
                    return; // checked per pair, as the heap may fill on the way
                }
                if (rows.adjacent(a, b) || heap.isFull() && cannotEnter(a, b, heap.worstKey())) {
                    continue;
                }
                double score = rows.sum(a, b, termOfRank);
                offer(heap, a, b, rankKey(score), score);
            }
        }

        /** Cheapest bound first: the partner's whole row, then the intersection counted per word. */
        private boolean cannotEnter(int a, int b, double worstKey) {
            return rowBoundKey[b] < worstKey || rankKey(rows.sumBound(a, b, wordTerm) * (1 + BOUND_SLACK)) < worstKey;
        }

        private void offer(TopPairs heap, int a, int b, double key, double score) {
            int x = rows.vertex(a);
            int y = rows.vertex(b);
            heap.offer(key, Math.min(x, y), Math.max(x, y), score);
        }
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
                double score = switch (method) {
                    case COMMON_NEIGHBOURS -> count[v];
                    case ADAMIC_ADAR, RESOURCE_ALLOCATION -> total[v];
                    default -> ratio(method, count[v], degree(u), degree(v));
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

    /** A ratio score from the common neighbours and the two degrees; 0 where its denominator is 0. */
    private static double ratio(Method method, int common, int du, int dv) {
        if (common == 0) {
            return 0;
        }
        return switch (method) {
            case JACCARD -> (double) common / (du + dv - common);
            case SALTON -> common / Math.sqrt((double) du * dv);
            case SORENSEN -> 2.0 * common / (du + dv);
            case HUB_PROMOTED -> (double) common / Math.min(du, dv);
            case HUB_DEPRESSED -> (double) common / Math.max(du, dv);
            case LEICHT_HOLME_NEWMAN -> common / ((double) du * dv);
            default -> throw new IllegalArgumentException("not a ratio score: " + method);
        };
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
}
