package be.tafel.analysis;

import be.tafel.analysis.algo.Biconnectivity;
import be.tafel.analysis.algo.CsrGraph;
import be.tafel.analysis.algo.Fragmentation;
import be.tafel.model.NodeLabel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the structure of a view (read as undirected) does when some vertices leave: Borgatti's fragmentation
 * and the component count before and after, who is cut off from the main part of their component, and the
 * partners and persons that become articulation points.
 *
 * @param cutOff per vertex of the view, whether it is cut off ({@link BridgeFigures#cutOff})
 * @param newBridgeFigures partners and persons that are articulation points of the rest and were not of the
 *     whole, in id order
 */
public record Departure(
        int componentsBefore,
        double fragmentationBefore,
        int componentsAfter,
        double fragmentationAfter,
        boolean[] cutOff,
        List<String> newBridgeFigures) {

    /** The view of {@code analysis} without the vertices {@code gone}. O(n + m). */
    public static Departure of(ViewAnalysis analysis, int[] gone) {
        Snapshot snapshot = analysis.snapshot();
        CsrGraph graph = snapshot.graph().undirected();
        Fragmentation fragmentation = new Fragmentation(graph);
        Fragmentation.Removal removal = fragmentation.remove(gone);
        return new Departure(
                removal.before().count(),
                removal.fragmentationBefore(),
                removal.after().count(),
                removal.fragmentationAfter(),
                BridgeFigures.cutOff(graph, fragmentation.getComponents(), gone),
                newBridgeFigures(snapshot, graph, analysis.biconnectivity(), gone));
    }

    private static List<String> newBridgeFigures(Snapshot snapshot, CsrGraph graph, Biconnectivity before, int[] gone) {
        boolean[] removed = new boolean[graph.vertexCount()];
        Arrays.stream(gone).forEach(v -> removed[v] = true);
        CsrGraph.Builder rest = new CsrGraph.Builder(graph.vertexCount(), false);
        CsrGraph.Adjacency rows = graph.out();
        for (int u = 0; u < graph.vertexCount(); u++) {
            for (int i = rows.offsets()[u]; i < rows.offsets()[u + 1]; i++) {
                int w = rows.targets()[i];
                if (u < w && !removed[u] && !removed[w]) {
                    rest.addEdge(u, w);
                }
            }
        }
        List<String> figures = new ArrayList<>();
        for (int v : new Biconnectivity(rest.build()).getArticulationPoints()) {
            NodeLabel type = snapshot.vertex(v).type();
            if (!before.isArticulationPoint(v) && (type == NodeLabel.PARTNER || type == NodeLabel.PERSON)) {
                figures.add(snapshot.vertex(v).id());
            }
        }
        figures.sort(null);
        return List.copyOf(figures);
    }
}
