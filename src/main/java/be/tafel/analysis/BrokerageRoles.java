package be.tafel.analysis;

import be.tafel.analysis.algo.Brokerage;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Gould and Fernandez's five brokerage roles of every vertex of a directed view, most brokering first. */
public final class BrokerageRoles {
    private BrokerageRoles() {}

    /** How often a vertex brokers in each role between the groups of its neighbours. */
    public record Roles(
            String id,
            String name,
            String group,
            long coordinator,
            long itinerant,
            long representative,
            long gatekeeper,
            long liaison,
            long total) {}

    /**
     * @throws IllegalArgumentException when the view is not directed
     */
    static List<Roles> of(Snapshot snapshot, Groups.By by) {
        if (!snapshot.graph().isDirected()) {
            throw new IllegalArgumentException("Brokerage roles need a directed view: use view=referral.");
        }
        Groups groups = Groups.of(snapshot, by);
        Brokerage brokerage = new Brokerage(snapshot.graph(), groups.groupOf());
        return IntStream.range(0, snapshot.size())
                .mapToObj(v -> roles(snapshot.vertex(v), groups.name(groups.groupOf()[v]), brokerage.getCounts(v)))
                .sorted(Comparator.comparingLong(Roles::total).reversed().thenComparing(Roles::id))
                .toList();
    }

    private static Roles roles(Vertex vertex, String group, Brokerage.Counts c) {
        return new Roles(
                vertex.id(),
                vertex.name(),
                group,
                c.coordinator(),
                c.itinerant(),
                c.representative(),
                c.gatekeeper(),
                c.liaison(),
                c.coordinator() + c.itinerant() + c.representative() + c.gatekeeper() + c.liaison());
    }
}
