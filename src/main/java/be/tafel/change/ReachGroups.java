package be.tafel.change;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Family counts per group at two moments, under the small-count rules: a count under the threshold is
 * masked, and when a column would have a single masked cell the next smallest is masked too, so that no
 * total gives a masked cell away. A change is shown only where both counts are.
 */
final class ReachGroups {
    private ReachGroups() {}

    static List<ChangeReport.ReachGroup> compare(
            Map<String, Integer> before, Map<String, Integer> after, FamilyReach.By by, Privacy privacy) {
        Set<String> groups = new TreeSet<>(FamilyReach.order(by));
        groups.addAll(before.keySet());
        groups.addAll(after.keySet());
        Set<String> hiddenBefore = hidden(before, privacy);
        Set<String> hiddenAfter = hidden(after, privacy);
        List<ChangeReport.ReachGroup> rows = new ArrayList<>();
        for (String g : groups) {
            int b = before.getOrDefault(g, 0);
            int a = after.getOrDefault(g, 0);
            boolean showB = !hiddenBefore.contains(g);
            boolean showA = !hiddenAfter.contains(g);
            boolean both = showB && showA;
            rows.add(new ChangeReport.ReachGroup(
                    g,
                    showB ? b : mask(privacy),
                    showA ? a : mask(privacy),
                    both ? a - b : null,
                    both && b > 0 ? percent(b, a) : null));
        }
        return rows;
    }

    static int percent(int before, int after) {
        return (int) Math.round(100.0 * (after - before) / before);
    }

    static Object mask(Privacy privacy) {
        return "<" + privacy.threshold();
    }

    /** The groups whose count is not shown: the small ones and, if only one is small, the next smallest. */
    static Set<String> hidden(Map<String, Integer> counts, Privacy privacy) {
        Set<String> hidden = new HashSet<>();
        counts.forEach((g, n) -> {
            if (privacy.masks(n)) {
                hidden.add(g);
            }
        });
        if (hidden.size() == 1) {
            counts.entrySet().stream()
                    .filter(e -> !hidden.contains(e.getKey()) && e.getValue() > 0)
                    .min(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .ifPresent(e -> hidden.add(e.getKey()));
        }
        return hidden;
    }
}
