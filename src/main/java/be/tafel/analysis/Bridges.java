package be.tafel.analysis;

import be.tafel.analysis.algo.Biconnectivity;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The cut vertices and cut edges of a view, by id, and the bridge figures among them.
 *
 * @param articulationPoints the vertices whose removal splits their component, in id order
 * @param bridges the edges whose removal splits their component, each as its two ids in order, sorted
 */
public record Bridges(List<String> articulationPoints, List<List<String>> bridges,
        List<BridgeFigures.BridgeFigure> bridgeFigures) {

    static Bridges of(Snapshot snapshot, Biconnectivity bic, List<BridgeFigures.BridgeFigure> figures) {
        List<String> points = Arrays.stream(bic.getArticulationPoints()).mapToObj(v -> snapshot.vertex(v).id())
                .sorted().toList();
        List<List<String>> bridges = bic.getBridges().stream()
                .map(b -> Arrays.asList(snapshot.vertex(b.u()).id(), snapshot.vertex(b.v()).id()).stream().sorted().toList())
                .sorted(Comparator.comparing((List<String> b) -> b.get(0)).thenComparing(b -> b.get(1)))
                .toList();
        return new Bridges(points, bridges, figures);
    }
}
