package be.tafel.analysis;

import be.tafel.analysis.algo.Biconnectivity;
import be.tafel.analysis.algo.Components;
import be.tafel.analysis.algo.CsrGraph;
import be.tafel.analysis.algo.RemovalCuts;
import be.tafel.model.NodeLabel;
import be.tafel.privacy.FamilyCount;
import be.tafel.privacy.FamilyCounts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bridge figures: the persons and partners whose leaving would cut others off. A person leaves alone, a
 * partner with its staff and services ({@link Leaving}), as in the what-if, so both count the same. For
 * every person that is an articulation point, and every partner whose leaving with its own splits its
 * component, the vertices that would no longer reach the largest remaining part of that component are
 * counted by type, for all of them in two depth-first searches ({@link RemovalCuts}), O(n + m).
 */
public final class BridgeFigures {
    private BridgeFigures() {}

    /**
     * One bridge figure and what its leaving would cut off. {@code cutOff} is the sum of the others, so the
     * families and the total are one {@link FamilyCounts} group: where the families are masked, so is the total.
     */
    public record BridgeFigure(
            String id,
            String name,
            String type,
            FamilyCount cutOff,
            FamilyCount families,
            int partners,
            int persons,
            int services) {}

    public static List<BridgeFigure> of(Snapshot snapshot, Biconnectivity biconnectivity) {
        int[] typeOf = new int[snapshot.size()];
        for (int v = 0; v < typeOf.length; v++) {
            typeOf[v] = snapshot.vertex(v).type().ordinal();
        }
        int types = NodeLabel.values().length;
        CsrGraph undirected = snapshot.graph().undirected();
        RemovalCuts alone = new RemovalCuts(undirected, typeOf, types);
        RemovalCuts withTheirs =
                new RemovalCuts(Leaving.withOwnersMerged(undirected, Leaving.ownerOf(snapshot)), typeOf, types);
        List<BridgeFigure> figures = new ArrayList<>();
        for (int v : biconnectivity.getArticulationPoints()) {
            if (snapshot.vertex(v).type() == NodeLabel.PERSON) {
                figures.add(figure(snapshot.vertex(v), alone.cutOffByType(v)));
            }
        }
        for (int v = 0; v < snapshot.size(); v++) {
            if (snapshot.vertex(v).type() == NodeLabel.PARTNER) {
                int[] cut = withTheirs.cutOffByType(v);
                if (java.util.Arrays.stream(cut).sum() > 0) {
                    figures.add(figure(snapshot.vertex(v), cut));
                }
            }
        }
        figures.sort(Comparator.comparing(BridgeFigure::cutOff, Comparator.reverseOrder())
                .thenComparing(BridgeFigure::id));
        return figures;
    }

    /** The vertices that lose the main part of their component when {@code removed} leave. */
    public static boolean[] cutOff(CsrGraph graph, Components before, int... removed) {
        boolean[] gone = new boolean[graph.vertexCount()];
        for (int v : removed) {
            gone[v] = true;
        }
        Components after = Components.weakWithout(graph, gone);
        int[] mainAfter = mainPartOfEachComponent(before, after, gone);
        boolean[] cut = new boolean[graph.vertexCount()];
        for (int u = 0; u < cut.length; u++) {
            cut[u] = !gone[u] && after.componentOf(u) != mainAfter[before.componentOf(u)];
        }
        return cut;
    }

    private static BridgeFigure figure(Vertex vertex, int[] byType) {
        int others = java.util.Arrays.stream(byType).sum() - byType[NodeLabel.FAMILY.ordinal()];
        FamilyCounts group = FamilyCounts.besides(others);
        FamilyCount families = group.cell(byType[NodeLabel.FAMILY.ordinal()]);
        return new BridgeFigure(
                vertex.id(),
                vertex.name(),
                vertex.type().code(),
                group.total(),
                families,
                byType[NodeLabel.PARTNER.ordinal()],
                byType[NodeLabel.PERSON.ordinal()],
                byType[NodeLabel.SERVICE.ordinal()]);
    }

    /** For each component before, the largest component after that lies inside it. */
    private static int[] mainPartOfEachComponent(Components before, Components after, boolean[] gone) {
        int[] main = new int[before.count()];
        int[] best = new int[before.count()];
        java.util.Arrays.fill(main, -1);
        for (int u = 0; u < gone.length; u++) {
            if (gone[u]) {
                continue;
            }
            int b = before.componentOf(u);
            int a = after.componentOf(u);
            int size = after.size(a);
            if (size > best[b] || (size == best[b] && a < main[b])) {
                best[b] = size;
                main[b] = a;
            }
        }
        return main;
    }
}
