package be.tafel.analysis.algo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.jgrapht.Graph;
import org.jgrapht.GraphTests;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.alg.interfaces.LinkPredictionAlgorithm;
import org.jgrapht.alg.linkprediction.AdamicAdarIndexLinkPrediction;
import org.jgrapht.alg.linkprediction.CommonNeighborsLinkPrediction;
import org.jgrapht.alg.linkprediction.HubDepressedIndexLinkPrediction;
import org.jgrapht.alg.linkprediction.HubPromotedIndexLinkPrediction;
import org.jgrapht.alg.linkprediction.JaccardCoefficientLinkPrediction;
import org.jgrapht.alg.linkprediction.LeichtHolmeNewmanIndexLinkPrediction;
import org.jgrapht.alg.linkprediction.PreferentialAttachmentLinkPrediction;
import org.jgrapht.alg.linkprediction.ResourceAllocationIndexLinkPrediction;
import org.jgrapht.alg.linkprediction.SaltonIndexLinkPrediction;
import org.jgrapht.alg.linkprediction.SorensenIndexLinkPrediction;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.alg.scoring.Coreness;
import org.jgrapht.alg.scoring.EdgeBetweennessCentrality;
import org.jgrapht.alg.scoring.EigenvectorCentrality;
import org.jgrapht.alg.scoring.HarmonicCentrality;
import org.jgrapht.alg.scoring.KatzCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.junit.jupiter.api.Test;

/**
 * A second, independent reference: every Tafel kernel against JGraphT's own implementation of the same
 * score, on {@value #GRAPHS} seeded random graphs — directed and undirected, unweighted and weighted,
 * sparse enough to be disconnected and to have isolated vertices, and dense. Agreement is to
 * {@value #TOLERANCE}. Where the definitions differ the test checks the documented relation instead:
 *
 * <ul>
 *   <li>betweenness: JGraphT's raw score counts unordered pairs on undirected graphs; NetworkX's
 *       normalised score (Tafel's) is JGraphT's raw score times {@code 2 / ((n-1)(n-2))} undirected,
 *       {@code 1 / ((n-1)(n-2))} directed (JGraphT's own normalisation gives half of NetworkX's on
 *       undirected graphs);
 *   <li>closeness: JGraphT gives {@code (n-1) / sum of distances}, which is 0 as soon as one vertex cannot
 *       reach {@code v} (and NaN for a lone vertex); NetworkX (Wasserman–Faust) scales by the reachable share instead. They agree
 *       where every vertex reaches {@code v}, and JGraphT's is 0 elsewhere;
 *   <li>eigenvector: JGraphT iterates {@code A^T x} without NetworkX's shift, so it oscillates on
 *       bipartite graphs and its limit is not unique on disconnected ones: compared on connected graphs
 *       with a triangle;
 *   <li>clustering: on directed graphs JGraphT counts arcs among the neighbours over {@code d(d-1)};
 *       NetworkX (Tafel) uses Fagiolo's directed coefficient: compared on undirected graphs;
 *   <li>edge betweenness: NetworkX's normalised score is JGraphT's times {@code 2 / (n(n-1))}
 *       undirected and {@code 1 / (n(n-1))} directed;
 *   <li>Katz: JGraphT neither normalises nor detects divergence: its scores scaled to unit length are
 *       compared where the series converges;
 *   <li>core numbers: JGraphT's {@code Coreness} fails on directed graphs whose in plus out degree
 *       exceeds {@code n - 1}: compared on undirected graphs;
 *   <li>Leicht–Holme–Newman: JGraphT 1.5.3 computes {@code c / d(u) * d(v)}, Tafel the published
 *       {@code c / (d(u) d(v))}: JGraphT's is Tafel's times {@code d(v)²}; JGraphT's link predictors throw for a vertex without neighbours, where
 *       Tafel's ratios are 0;
 *   <li>Louvain: JGraphT has none; the modularity Tafel reports for its partition is compared with
 *       JGraphT's {@code UndirectedModularityMeasurer};
 *   <li>vertex connectivity: JGraphT has none; each pair's value is compared with JGraphT's
 *       Edmonds–Karp maximum flow on NetworkX's split digraph, and an undirected graph's value with the
 *       least pair value over all non-adjacent pairs; Burt's constraint has no JGraphT counterpart.
 * </ul>
 */
class JGraphTAgreementTest {
    static final int GRAPHS = 300;
    static final double TOLERANCE = 1e-9;
    private static final int[] WEIGHTS = {1, 2, 4}; // lengths 1, 0.5, 0.25 add up exactly

    record Case(int seed, CsrGraph graph, boolean weighted) {
        CsrGraph hops() {
            return graph.unweighted();
        }

        @Override
        public String toString() {
            return "graph " + seed + " (" + graph.vertexCount() + " vertices, " + graph.edgeCount() + " edges, "
                    + (graph.isDirected() ? "directed" : "undirected") + (weighted ? ", weighted)" : ")");
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (int seed = 0; seed < GRAPHS; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = random.nextInt(31);
            boolean directed = random.nextBoolean();
            boolean weighted = random.nextBoolean();
            double p = random.nextInt(4) == 0 ? 0.3 + random.nextDouble() * 0.5 : random.nextDouble() * 0.2;
            CsrGraph.Builder builder = new CsrGraph.Builder(n, directed);
            for (int u = 0; u < n; u++) {
                for (int v = directed ? 0 : u + 1; v < n; v++) {
                    if (u != v && random.nextDouble() < p) {
                        builder.addEdge(u, v, weighted ? WEIGHTS[random.nextInt(WEIGHTS.length)] : 1);
                    }
                }
            }
            cases.add(new Case(seed, builder.build(), weighted));
        }
        return cases;
    }

    @Test
    void the_random_graphs_cover_every_kind() {
        List<Case> cases = cases();
        assertTrue(cases.stream().anyMatch(c -> c.graph().isDirected() && c.weighted()));
        assertTrue(cases.stream().anyMatch(c -> !c.graph().isDirected() && c.weighted()));
        assertTrue(cases.stream()
                .anyMatch(c -> !GraphTests.isConnected(CsrGraphView.of(c.graph().undirected()))));
        assertTrue(cases.stream().anyMatch(c -> hasIsolatedVertex(c.graph())));
        assertTrue(cases.stream()
                        .filter(c -> c.graph().vertexCount() > 5
                                && GraphTests.isConnected(
                                        CsrGraphView.of(c.graph().undirected())))
                        .count()
                > 50);
    }

    @Test
    void the_view_is_the_same_graph_as_a_copy_into_jgrapht() {
        for (Case c : cases()) {
            CsrGraphView view = CsrGraphView.of(c.graph());
            Graph<Integer, DefaultWeightedEdge> copy = JGraphTCopy.of(c.graph(), false);
            assertEquals(copy.vertexSet(), view.vertexSet(), c.toString());
            assertEquals(copy.edgeSet().size(), view.edgeSet().size(), c.toString());
            Set<Integer> seen = new HashSet<>();
            for (Integer e : view.edgeSet()) {
                assertTrue(seen.add(e), c + ": edge " + e + " listed twice");
                int u = view.getEdgeSource(e);
                int v = view.getEdgeTarget(e);
                DefaultWeightedEdge same = copy.getEdge(u, v);
                assertTrue(same != null, c + ": " + u + " - " + v);
                assertEquals(copy.getEdgeWeight(same), view.getEdgeWeight(e), c.toString());
                assertEquals(e, view.getEdge(u, v));
                if (!c.graph().isDirected()) {
                    assertEquals(e, view.getEdge(v, u), c + ": an undirected edge is the same both ways");
                }
            }
            for (int v = 0; v < c.graph().vertexCount(); v++) {
                assertEquals(copy.degreeOf(v), view.degreeOf(v), c.toString());
                assertEquals(copy.inDegreeOf(v), view.inDegreeOf(v), c.toString());
                assertEquals(copy.outDegreeOf(v), view.outDegreeOf(v), c.toString());
                assertEquals(
                        copy.incomingEdgesOf(v).size(), view.incomingEdgesOf(v).size(), c.toString());
                for (Integer e : view.outgoingEdgesOf(v)) {
                    assertTrue(view.containsEdge(e));
                    assertTrue(copy.containsEdge(view.getEdgeSource(e), view.getEdgeTarget(e)));
                }
            }
            assertThrows(
                    UnsupportedOperationException.class,
                    () -> view.addVertex(c.graph().vertexCount()));
        }
    }

    @Test
    void betweenness_is_jgrapht_betweenness_normalised_as_networkx() {
        for (Case c : cases()) {
            int n = c.graph().vertexCount();
            double scale = n <= 2 ? 0 : (c.graph().isDirected() ? 1.0 : 2.0) / ((n - 1.0) * (n - 2.0));
            for (PathLength length : PathLength.values()) {
                CsrGraphView view =
                        length == PathLength.HOPS ? CsrGraphView.of(c.hops()) : CsrGraphView.ofLengths(c.graph());
                double[] tafel = new ShortestPathCentrality(c.graph(), length, 1).getBetweennessScores();
                Map<Integer, Double> jgrapht = new BetweennessCentrality<>(view, false).getScores();
                for (int v = 0; v < n; v++) {
                    assertEquals(jgrapht.get(v) * scale, tafel[v], TOLERANCE, c + " " + length + " at " + v);
                }
                assertAdapter(JGraphTScores.betweenness(JGraphTCopy.of(c.graph(), false), length), tafel, c);
            }
        }
    }

    @Test
    void closeness_and_harmonic_are_jgrapht_over_incoming_distances() {
        for (Case c : cases()) {
            int n = c.graph().vertexCount();
            for (PathLength length : PathLength.values()) {
                CsrGraphView view =
                        length == PathLength.HOPS ? CsrGraphView.of(c.hops()) : CsrGraphView.ofLengths(c.graph());
                ShortestPathCentrality paths = new ShortestPathCentrality(c.graph(), length, 1);
                Map<Integer, Double> closeness = new ClosenessCentrality<>(view, true, true).getScores();
                Map<Integer, Double> harmonic = new HarmonicCentrality<>(view, true, false).getScores();
                boolean[] reachedByAll = reachedByAll(c.graph());
                for (int v = 0; v < n; v++) {
                    if (n == 1) {
                        assertTrue(closeness.get(v).isNaN(), c + ": JGraphT's closeness of a lone vertex is 0 / 0");
                    } else if (reachedByAll[v]) {
                        assertEquals(
                                closeness.get(v), paths.getClosenessScores()[v], TOLERANCE, c + " closeness at " + v);
                    } else {
                        assertEquals(
                                0.0,
                                closeness.get(v),
                                c + ": JGraphT's closeness is 0 when a vertex cannot reach " + v);
                    }
                    assertEquals(harmonic.get(v), paths.getHarmonicScores()[v], TOLERANCE, c + " harmonic at " + v);
                }
            }
        }
    }

    @Test
    void pagerank_is_jgrapht_pagerank() {
        for (Case c : cases()) {
            if (c.graph().vertexCount() == 0) {
                continue;
            }
            double[] tafel = new be.tafel.analysis.algo.PageRank(c.graph(), true, 0.85, 10_000, 1e-15).getScores();
            Map<Integer, Double> jgrapht = new PageRank<>(CsrGraphView.of(c.graph()), 0.85, 10_000, 1e-15).getScores();
            for (int v = 0; v < tafel.length; v++) {
                assertEquals(jgrapht.get(v), tafel[v], TOLERANCE, c + " at " + v);
            }
        }
    }

    @Test
    void eigenvector_is_jgrapht_eigenvector_on_connected_non_bipartite_graphs() {
        for (Case c : cases()) {
            CsrGraph g = c.hops();
            if (g.isDirected()
                    || g.vertexCount() < 3
                    || !GraphTests.isConnected(CsrGraphView.of(g))
                    || new Clustering(g).getTriangleCount() == 0) {
                continue;
            }
            double[] tafel = new be.tafel.analysis.algo.EigenvectorCentrality(g, false, 100_000, 1e-15).getScores();
            Map<Integer, Double> jgrapht =
                    new EigenvectorCentrality<>(CsrGraphView.of(g), 1_000_000, 1e-15).getScores();
            for (int v = 0; v < tafel.length; v++) {
                assertEquals(jgrapht.get(v), tafel[v], TOLERANCE, c + " at " + v);
            }
        }
    }

    @Test
    void katz_is_jgrapht_katz_scaled_to_unit_length_where_the_series_converges() {
        int compared = 0;
        for (Case c : cases()) {
            Katz tafel = new Katz(c.hops());
            if (!tafel.isConverged() || c.graph().vertexCount() == 0) {
                continue;
            }
            compared++;
            Map<Integer, Double> jgrapht =
                    new KatzCentrality<>(CsrGraphView.of(c.hops()), 0.1, v -> 1.0, 100_000, 1e-15).getScores();
            double norm =
                    Math.sqrt(jgrapht.values().stream().mapToDouble(x -> x * x).sum());
            for (int v = 0; v < c.graph().vertexCount(); v++) {
                assertEquals(jgrapht.get(v) / norm, tafel.getVertexScore(v), TOLERANCE, c + " at " + v);
            }
            assertAdapter(JGraphTScores.katz(JGraphTCopy.of(c.graph(), false)), tafel.getScores(), c);
        }
        assertTrue(compared > GRAPHS / 2, "Katz converged on " + compared + " graphs");
    }

    @Test
    void clustering_core_numbers_and_degree_are_jgrapht_on_undirected_graphs() {
        for (Case c : cases()) {
            CsrGraphView view = CsrGraphView.of(c.graph());
            int n = c.graph().vertexCount();
            double[] degree = JGraphTScores.degree(view).getScoreArray();
            for (int v = 0; v < n; v++) {
                assertEquals(view.degreeOf(v), degree[v], c.toString());
            }
            if (c.graph().isDirected()) {
                continue;
            }
            double[] clustering = new Clustering(c.graph()).getScores();
            int[] core = new CoreNumber(c.graph()).getCoreNumbers();
            ClusteringCoefficient<Integer, Integer> jgClustering = new ClusteringCoefficient<>(view);
            Coreness<Integer, Integer> jgCore = new Coreness<>(view);
            for (int v = 0; v < n; v++) {
                assertEquals(jgClustering.getVertexScore(v), clustering[v], TOLERANCE, c + " clustering at " + v);
                assertEquals(jgCore.getVertexScore(v), core[v], c + " core number at " + v);
            }
            assertAdapter(
                    JGraphTScores.coreNumber(JGraphTCopy.of(c.graph(), false)),
                    JGraphTScores.coreNumber(view).getScoreArray(),
                    c);
        }
    }

    @Test
    void edge_betweenness_is_jgrapht_edge_betweenness_normalised_as_networkx() {
        for (Case c : cases()) {
            int n = c.graph().vertexCount();
            CsrGraphView view = CsrGraphView.of(c.hops());
            double scale = n <= 1 ? 0 : (c.graph().isDirected() ? 1.0 : 2.0) / ((double) n * (n - 1));
            EdgeBetweenness tafel = new EdgeBetweenness(c.graph());
            Map<Integer, Double> jgrapht = new EdgeBetweennessCentrality<>(view).getScores();
            for (Integer e : view.edgeSet()) {
                assertEquals(jgrapht.get(e) * scale, tafel.getScores()[e], TOLERANCE, c + " at edge " + e);
            }
        }
    }

    @Test
    void link_predictors_are_jgrapht_link_predictors() {
        for (Case c : cases()) {
            CsrGraph g = c.graph().undirected();
            CsrGraphView view = CsrGraphView.of(g);
            Graph<Integer, DefaultWeightedEdge> copy = JGraphTCopy.of(g, false);
            Map<LinkPrediction.Method, LinkPredictionAlgorithm<Integer, Integer>> jgrapht = Map.of(
                    LinkPrediction.Method.COMMON_NEIGHBOURS, new CommonNeighborsLinkPrediction<>(view),
                    LinkPrediction.Method.JACCARD, new JaccardCoefficientLinkPrediction<>(view),
                    LinkPrediction.Method.ADAMIC_ADAR, new AdamicAdarIndexLinkPrediction<>(view),
                    LinkPrediction.Method.RESOURCE_ALLOCATION, new ResourceAllocationIndexLinkPrediction<>(view),
                    LinkPrediction.Method.PREFERENTIAL_ATTACHMENT, new PreferentialAttachmentLinkPrediction<>(view),
                    LinkPrediction.Method.SALTON, new SaltonIndexLinkPrediction<>(view),
                    LinkPrediction.Method.SORENSEN, new SorensenIndexLinkPrediction<>(view),
                    LinkPrediction.Method.HUB_PROMOTED, new HubPromotedIndexLinkPrediction<>(view),
                    LinkPrediction.Method.HUB_DEPRESSED, new HubDepressedIndexLinkPrediction<>(view),
                    LinkPrediction.Method.LEICHT_HOLME_NEWMAN, new LeichtHolmeNewmanIndexLinkPrediction<>(view));
            LinkPrediction tafel = new LinkPrediction(g);
            int n = g.vertexCount();
            for (LinkPrediction.Method method : LinkPrediction.Method.values()) {
                JGraphTLinkPrediction<Integer, DefaultWeightedEdge> adapter = new JGraphTLinkPrediction<>(copy, method);
                for (int u = 0; u < n; u++) {
                    for (int v = u + 1; v < n; v++) {
                        double ours = tafel.score(method, u, v);
                        assertEquals(ours, adapter.predict(u, v), 0, c + " adapter " + method);
                        int du = g.out().degree(u);
                        int dv = g.out().degree(v);
                        if (du == 0 || dv == 0) {
                            continue; // JGraphT's ratio predictors throw here; Tafel's score 0
                        }
                        double theirs = jgrapht.get(method).predict(u, v);
                        if (method == LinkPrediction.Method.LEICHT_HOLME_NEWMAN) {
                            theirs /= (double) dv * dv; // JGraphT's c / d(u) * d(v): missing brackets
                        }
                        assertEquals(
                                theirs,
                                ours,
                                TOLERANCE * Math.max(1, Math.abs(ours)),
                                c + " " + method + " " + u + "-" + v);
                    }
                }
            }
        }
    }

    @Test
    void louvain_modularity_is_jgrapht_modularity_of_the_same_partition() {
        for (Case c : cases()) {
            CsrGraph g = c.graph().undirected();
            if (g.edgeCount() == 0) {
                continue;
            }
            Graph<Integer, DefaultWeightedEdge> copy = JGraphTCopy.of(g, false);
            JGraphTLouvain<Integer> louvain = new JGraphTLouvain<>(copy, 42L);
            double theirs = new UndirectedModularityMeasurer<>(copy)
                    .modularity(louvain.getClustering().getClusters());
            assertEquals(theirs, new Louvain(g, 42L).getModularity(), TOLERANCE, c.toString());
            assertEquals(
                    g.vertexCount(),
                    louvain.getClustering().getClusters().stream()
                            .mapToInt(Set::size)
                            .sum());
        }
    }

    @Test
    void vertex_connectivity_is_jgrapht_maximum_flow_on_the_split_digraph() {
        for (Case c : cases()) {
            CsrGraph g = c.graph();
            int n = g.vertexCount();
            if (n < 2 || n > 15) {
                continue;
            }
            VertexConnectivity tafel = new VertexConnectivity(g);
            EdmondsKarpMFImpl<Integer, DefaultWeightedEdge> flow = new EdmondsKarpMFImpl<>(splitDigraph(g));
            int least = n - 1;
            for (int s = 0; s < n; s++) {
                for (int t = 0; t < n; t++) {
                    if (s == t) {
                        continue;
                    }
                    int ours = tafel.local(s, t);
                    assertEquals(
                            (int) Math.round(flow.calculateMaximumFlow(2 * s + 1, 2 * t)),
                            ours,
                            c + " " + s + " to " + t);
                    if (!g.hasEdge(s, t)) {
                        least = Math.min(least, ours);
                    }
                }
            }
            if (!g.isDirected()) {
                boolean connected = GraphTests.isConnected(CsrGraphView.of(g));
                assertEquals(connected ? least : 0, tafel.global(), c.toString());
            }
        }
    }

    /** NetworkX's auxiliary digraph: vertex v becomes 2v -> 2v+1, an arc u -> v becomes 2u+1 -> 2v. */
    static Graph<Integer, DefaultWeightedEdge> splitDigraph(CsrGraph g) {
        Graph<Integer, DefaultWeightedEdge> split = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < g.vertexCount(); v++) {
            split.addVertex(2 * v);
            split.addVertex(2 * v + 1);
            split.addEdge(2 * v, 2 * v + 1);
        }
        for (int u = 0; u < g.vertexCount(); u++) {
            for (int k = g.out().offsets()[u]; k < g.out().offsets()[u + 1]; k++) {
                split.addEdge(2 * u + 1, 2 * g.out().targets()[k]);
            }
        }
        return split;
    }

    private static void assertAdapter(JGraphTScores<Integer> adapter, double[] expected, Case c) {
        Map<Integer, Double> scores = adapter.getScores();
        assertEquals(expected.length, scores.size(), c.toString());
        for (int v = 0; v < expected.length; v++) {
            assertEquals(expected[v], scores.get(v), TOLERANCE, c + " adapter at " + v);
        }
    }

    private static boolean hasIsolatedVertex(CsrGraph g) {
        for (int v = 0; v < g.vertexCount(); v++) {
            if (g.out().degree(v) == 0 && g.in().degree(v) == 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether every other vertex has a path to each vertex. */
    private static boolean[] reachedByAll(CsrGraph g) {
        int n = g.vertexCount();
        boolean[] all = new boolean[n];
        BiFunction<CsrGraph, Integer, Integer> reach = (graph, s) -> {
            boolean[] seen = new boolean[n];
            int[] stack = new int[n];
            int top = 0;
            int count = 1;
            stack[top++] = s;
            seen[s] = true;
            while (top > 0) {
                int v = stack[--top];
                for (int k = graph.in().offsets()[v]; k < graph.in().offsets()[v + 1]; k++) {
                    int w = graph.in().targets()[k];
                    if (!seen[w]) {
                        seen[w] = true;
                        count++;
                        stack[top++] = w;
                    }
                }
            }
            return count;
        };
        for (int v = 0; v < n; v++) {
            all[v] = reach.apply(g, v) == n;
        }
        return all;
    }
}
