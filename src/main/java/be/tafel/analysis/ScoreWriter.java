package be.tafel.analysis;

import be.tafel.model.NodeLabel;
import be.tafel.store.CypherFiles;
import be.tafel.store.GraphStore;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a view's scores back onto its nodes as {@code tafel_*} properties, for analysts who query
 * them with Cypher (see {@code cypher/queries/}).
 */
public final class ScoreWriter {
    private final GraphStore store;

    public ScoreWriter(GraphStore store) {
        this.store = store;
    }

    /** How many nodes received scores, from which view and date. */
    public record Written(String view, String at, int nodes) {}

    public Written write(ViewAnalysis analysis) {
        Snapshot snapshot = analysis.snapshot();
        Centrality c = analysis.centrality(false);
        int[] community = analysis.communities().getCommunities();
        Map<NodeLabel, List<Map<String, Object>>> rows = new EnumMap<>(NodeLabel.class);
        for (int v = 0; v < snapshot.size(); v++) {
            Vertex vertex = snapshot.vertex(v);
            rows.computeIfAbsent(vertex.type(), t -> new ArrayList<>())
                    .add(Map.of("id", vertex.id(), "scores", scores(snapshot, c, community, v)));
        }
        int written = store.write(tx -> {
            int count = 0;
            for (var entry : rows.entrySet()) {
                String query = "UNWIND $rows AS row\nMATCH (n:" + entry.getKey().label() + " {id: row.id})\n"
                        + CypherFiles.load("write/scores");
                count += tx.run(query, Map.of("rows", entry.getValue()))
                        .single()
                        .get("written")
                        .asInt();
            }
            return count;
        });
        return new Written(
                snapshot.request().view().code(), snapshot.request().at().toString(), written);
    }

    private static Map<String, Object> scores(Snapshot snapshot, Centrality c, int[] community, int v) {
        Map<String, Object> scores = new HashMap<>();
        scores.put("tafel_view", snapshot.request().view().code());
        scores.put("tafel_at", snapshot.request().at());
        scores.put("tafel_degree", c.degree()[v]);
        scores.put("tafel_betweenness", c.betweenness()[v]);
        scores.put("tafel_pagerank", c.pagerank()[v]);
        scores.put("tafel_eigenvector", c.eigenvector()[v]);
        scores.put("tafel_community", community[v]);
        putIfFinite(scores, "tafel_closeness", c.closeness(), v);
        putIfFinite(scores, "tafel_harmonic", c.harmonic(), v);
        putIfFinite(scores, "tafel_clustering", c.clustering(), v);
        putIfFinite(scores, "tafel_constraint", c.constraint(), v);
        putIfFinite(scores, "tafel_effective_size", c.effectiveSize(), v);
        return scores;
    }

    private static void putIfFinite(Map<String, Object> scores, String key, double[] values, int v) {
        if (values != null && Double.isFinite(values[v])) {
            scores.put(key, values[v]);
        }
    }
}
