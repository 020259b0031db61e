package be.tafel.analysis;

import be.tafel.analysis.algo.CsrGraph;
import be.tafel.analysis.algo.EIIndex;
import be.tafel.analysis.algo.Louvain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The view's seeded Louvain communities (read as undirected), each with its members, its sectors and
 * Krackhardt and Stern's E-I index; the E-I index of the whole partition and of the sectors.
 *
 * @param eiIndex of the partition into communities; null where undefined (no ties)
 * @param sectorEiIndex of the partition into sectors; null where undefined
 */
public record Communities(double modularity, Double eiIndex, Double sectorEiIndex, List<Community> communities) {
    /** One community: its members' ids, how many members per sector, and its own E-I index (null if undefined). */
    public record Community(int id, List<String> members, Map<String, Integer> sectors, Double eiIndex) {}

    static Communities of(Snapshot snapshot, Louvain louvain) {
        CsrGraph graph = snapshot.graph().undirected();
        int[] community = louvain.getCommunities();
        EIIndex byCommunity = new EIIndex(graph, community);
        Groups sectors = Groups.of(snapshot, Groups.By.SECTOR);
        List<Community> communities = new ArrayList<>();
        for (int c = 0; c < louvain.getCommunityCount(); c++) {
            int id = c;
            int[] members = IntStream.range(0, community.length).filter(v -> community[v] == id).toArray();
            Map<String, Integer> bySector = new TreeMap<>();
            for (int v : members) {
                bySector.merge(sectors.name(sectors.groupOf()[v]), 1, Integer::sum);
            }
            communities.add(new Community(c, Arrays.stream(members).mapToObj(v -> snapshot.vertex(v).id()).toList(),
                    bySector, finite(byCommunity.getGroupIndex(c))));
        }
        return new Communities(louvain.getModularity(), finite(byCommunity.getIndex()),
                finite(new EIIndex(graph, sectors.groupOf()).getIndex()), List.copyOf(communities));
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
