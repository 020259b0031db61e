package be.tafel.analysis.algo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ClusteringAlgorithm;

/**
 * Tafel's seeded Louvain communities ({@link Louvain}) as JGraphT's {@link ClusteringAlgorithm}, on any
 * JGraphT graph read as undirected and weighted. JGraphT 1.5.3 has no Louvain; its modularity-based
 * {@code GreedyModularityAlgorithm} is Clauset–Newman–Moore, a different (agglomerative) method. The
 * clusters are listed by community number, each in vertex order.
 *
 * @param <V> the vertex type
 */
public final class JGraphTLouvain<V> implements ClusteringAlgorithm<V> {
    private final IndexedGraph<V> graph;
    private final long seed;
    private Clustering<V> clustering;

    public <E> JGraphTLouvain(Graph<V, E> graph, long seed) {
        this.graph = IndexedGraph.of(graph);
        this.seed = seed;
    }

    @Override
    public synchronized Clustering<V> getClustering() {
        if (clustering == null) {
            Louvain louvain = new Louvain(graph.graph().undirected(), seed);
            List<Set<V>> clusters = new ArrayList<>();
            for (int c = 0; c < louvain.getCommunityCount(); c++) {
                clusters.add(new LinkedHashSet<>());
            }
            int[] community = louvain.getCommunities();
            for (int v = 0; v < community.length; v++) {
                clusters.get(community[v]).add(graph.vertex(v));
            }
            clustering = new ClusteringImpl<>(clusters);
        }
        return clustering;
    }
}
