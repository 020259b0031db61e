package be.tafel.change;

import be.tafel.privacy.FamilyCount;
import be.tafel.privacy.FamilyCounts;
import be.tafel.privacy.FamilyRatio;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Family counts per group at one moment, as one {@link FamilyCounts} group: the caller's audience reads them
 * under the small-count rules (a count under 5 masked, and a second cell masked, or the total left out, so that
 * no masked cell follows from the others). A change is shown only where both its counts are.
 */
final class ReachGroups {
    private ReachGroups() {}

    /**
     * One moment's counts per group.
     *
     * @param total the count of all families, when every family is in at most one group (neighbourhoods):
     *     then the total belongs to the group, and families in no group count as others beside the cells
     */
    record Column(Map<String, FamilyCount> cells, FamilyCount total) {
        FamilyCount cell(String group) {
            return cells.get(group);
        }
    }

    static Column column(Collection<String> groups, Map<String, Integer> counts, Integer total) {
        int sum = 0;
        for (String g : groups) {
            sum += counts.getOrDefault(g, 0);
        }
        // families in no group (no neighbourhood known) count in the total as others the reader could work out
        FamilyCounts group = total == null ? FamilyCounts.adding() : FamilyCounts.besides(Math.max(0, total - sum));
        Map<String, FamilyCount> cells = new LinkedHashMap<>();
        for (String g : groups) {
            cells.put(g, group.cell(counts.getOrDefault(g, 0)));
        }
        return new Column(cells, total == null ? null : group.total());
    }

    /** Every group of either map, in the grouping's order. */
    static Set<String> groups(FamilyReach.By by, Collection<Map<String, Integer>> counts) {
        Set<String> groups = new TreeSet<>(FamilyReach.order(by));
        counts.forEach(c -> groups.addAll(c.keySet()));
        return groups;
    }

    static List<ChangeReport.ReachGroup> compare(Set<String> groups, Column before, Column after) {
        List<ChangeReport.ReachGroup> rows = new ArrayList<>();
        for (String g : groups) {
            FamilyCount b = before.cell(g);
            FamilyCount a = after.cell(g);
            rows.add(new ChangeReport.ReachGroup(
                    g,
                    b,
                    a,
                    FamilyRatio.whole(a.value() - b.value(), b, a),
                    b.value() > 0 ? FamilyRatio.whole(percent(b.value(), a.value()), b, a) : null));
        }
        return rows;
    }

    static int percent(int before, int after) {
        return (int) Math.round(100.0 * (after - before) / before);
    }
}
