package be.tafel.analysis;

import be.tafel.analysis.algo.CsrGraph;
import be.tafel.analysis.algo.EIIndex;
import be.tafel.analysis.algo.Louvain;
import be.tafel.model.NodeLabel;
import be.tafel.privacy.FamilyCount;
import be.tafel.privacy.FamilyCounts;
import be.tafel.privacy.NodeRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * @param sectors each sector's own E-I index, most inward-looking first (the silo), on views of partners
 *     only; empty on the ecosystem view, where persons, services and families would count as ties
 */
public record Communities(
        double modularity,
        Double eiIndex,
        Double sectorEiIndex,
        List<Community> communities,
        List<SectorTies> sectors) {
    /**
     * One sector's ties: how many partners it has, its ties leaving the sector ({@code external}) and within it
     * ({@code internal}), counted once per pair of partners, and its E-I index (E - I) / (E + I), from -1 (all
     * ties inside: a silo) to +1; null when its partners have no ties.
     */
    public record SectorTies(String sector, int partners, int external, int internal, Double eiIndex) {}

    /**
     * One community: its members, how many members per sector (families under {@code family}), how many
     * families (the communities' family counts form one group) and its own E-I index (null if undefined).
     */
    public record Community(
            int id, List<NodeRef> members, Map<String, Number> sectors, FamilyCount families, Double eiIndex) {
        /** The same community naming only {@code visible} as members. */
        public Community withMembers(List<NodeRef> visible) {
            return new Community(id, visible, sectors, families, eiIndex);
        }
    }

    static Communities of(Snapshot snapshot, Louvain louvain) {
        CsrGraph graph = snapshot.graph().undirected();
        int[] community = louvain.getCommunities();
        EIIndex byCommunity = new EIIndex(graph, community);
        Groups sectors = Groups.of(snapshot, Groups.By.SECTOR);
        List<Community> communities = new ArrayList<>();
        FamilyCounts familiesPerCommunity = FamilyCounts.adding();
        for (int c = 0; c < louvain.getCommunityCount(); c++) {
            int id = c;
            int[] members = IntStream.range(0, community.length)
                    .filter(v -> community[v] == id)
                    .toArray();
            Map<String, Number> bySector = new TreeMap<>();
            int families = 0;
            for (int v : members) {
                if (snapshot.vertex(v).type() == NodeLabel.FAMILY) {
                    families++;
                } else {
                    bySector.merge(sectors.name(sectors.groupOf()[v]), 1, (a, b) -> a.intValue() + b.intValue());
                }
            }
            FamilyCount familyCount = familiesPerCommunity.cell(families);
            if (families > 0) {
                bySector.put(NodeLabel.FAMILY.code(), familyCount);
            }
            communities.add(new Community(
                    c,
                    Arrays.stream(members)
                            .mapToObj(v -> snapshot.vertex(v).ref())
                            .toList(),
                    bySector,
                    familyCount,
                    finite(byCommunity.getGroupIndex(c))));
        }
        EIIndex bySector = new EIIndex(graph, sectors.groupOf());
        return new Communities(
                louvain.getModularity(),
                finite(byCommunity.getIndex()),
                finite(bySector.getIndex()),
                List.copyOf(communities),
                onlyPartners(snapshot) ? sectorTies(bySector, sectors) : List.of());
    }

    private static boolean onlyPartners(Snapshot snapshot) {
        return IntStream.range(0, snapshot.size())
                .allMatch(v -> snapshot.vertex(v).type() == NodeLabel.PARTNER);
    }

    /** Every sector's ties, the lowest E-I index (the most inward-looking) first, sectors without ties last. */
    private static List<SectorTies> sectorTies(EIIndex bySector, Groups sectors) {
        return bySector.getGroups().stream()
                .map(g -> new SectorTies(
                        sectors.name(g.group()),
                        g.size(),
                        (int) Math.round(g.external()),
                        (int) Math.round(g.internal()),
                        finite(g.index())))
                .sorted(Comparator.comparing(
                                SectorTies::eiIndex, Comparator.nullsLast(Comparator.<Double>naturalOrder()))
                        .thenComparing(SectorTies::sector))
                .toList();
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
