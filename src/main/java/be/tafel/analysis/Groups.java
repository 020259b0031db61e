package be.tafel.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Vertices put in groups by sector or by (first) life domain, as dense group numbers for the algorithms,
 * with the names to report them by. Vertices without one share the group "unknown".
 */
public record Groups(int[] groupOf, List<String> names) {
    public static final String UNKNOWN = "unknown";

    public enum By {
        SECTOR,
        DOMAIN
    }

    public static Groups of(Snapshot snapshot, By by) {
        Map<String, Integer> numbers = new HashMap<>();
        List<String> names = new ArrayList<>();
        int[] groupOf = new int[snapshot.size()];
        for (int v = 0; v < groupOf.length; v++) {
            Vertex vertex = snapshot.vertex(v);
            String name = by == By.SECTOR
                    ? vertex.sector()
                    : (vertex.domains().isEmpty() ? null : vertex.domains().getFirst());
            String key = name == null ? UNKNOWN : name;
            groupOf[v] = numbers.computeIfAbsent(key, k -> {
                names.add(k);
                return names.size() - 1;
            });
        }
        return new Groups(groupOf, List.copyOf(names));
    }

    public String name(int group) {
        return names.get(group);
    }
}
