package be.tafel.analysis;

import be.tafel.analysis.algo.Biconnectivity;
import be.tafel.privacy.NodeRef;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The cut vertices and cut edges of a view, by id, and the bridge figures among them.
 *
 * @param articulationPoints the vertices whose removal splits their component, in id order
 * @param bridges the edges whose removal splits their component, each as its two ids in order, sorted
 */
public record Bridges(
        List<NodeRef> articulationPoints, List<List<NodeRef>> bridges, List<BridgeFigures.BridgeFigure> bridgeFigures) {

    static Bridges of(Snapshot snapshot, Biconnectivity bic, List<BridgeFigures.BridgeFigure> figures) {
        List<NodeRef> points = Arrays.stream(bic.getArticulationPoints())
                .mapToObj(v -> snapshot.vertex(v).ref())
                .sorted(Comparator.comparing(NodeRef::id))
                .toList();
        List<List<NodeRef>> bridges = bic.getBridges().stream()
                .map(b -> Stream.of(
                                snapshot.vertex(b.u()).ref(),
                                snapshot.vertex(b.v()).ref())
                        .sorted(Comparator.comparing(NodeRef::id))
                        .toList())
                .sorted(Comparator.comparing((List<NodeRef> b) -> b.get(0).id())
                        .thenComparing(b -> b.get(1).id()))
                .toList();
        return new Bridges(points, bridges, figures);
    }
}
