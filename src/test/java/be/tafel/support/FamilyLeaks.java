package be.tafel.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** What an answer gives away about families: ids it names, and family counts from 1 to 4 it shows. */
public final class FamilyLeaks {
    /** A field name with the word family or families in it: families, familiesLeftOut, sharedFamilies. */
    private static final Pattern FAMILY_FIELD = Pattern.compile("(^|[a-z])[fF]amil(y|ies)([A-Z]|$)");

    private FamilyLeaks() {}

    /** The ids of {@code familyIds} that appear in {@code body} as a whole word (JSON, XML or CSV alike). */
    public static Set<String> namedFamilies(String body, Set<String> familyIds) {
        Set<String> named = new TreeSet<>();
        for (String token : body.split("[^A-Za-z0-9_.\\-]+")) {
            if (familyIds.contains(token)) {
                named.add(token);
            }
        }
        return named;
    }

    /**
     * Every field whose name says it counts families ({@code families}, {@code familiesLeftOut},
     * {@code needing}, a family group's {@code count}, a shared-families link's {@code score}, a change's
     * {@code from} and {@code to} under a families field) that shows a number from 1 to 4. Ratios computed
     * from counts ({@code relativeToMedian}, {@code normalised}, {@code contribution}) are not counts.
     */
    public static List<String> smallCounts(JsonNode answer) {
        List<String> found = new ArrayList<>();
        smallCounts(answer, "", "shared-families".equals(answer.path("method").asText()), found);
        return found;
    }

    private static void smallCounts(JsonNode node, String path, boolean scoresCountFamilies, List<String> found) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                String name = e.getKey();
                JsonNode v = e.getValue();
                boolean familyField = FAMILY_FIELD.matcher(name).find()
                        || name.equals("needing")
                        || (name.equals("count")
                                && "family-group".equals(node.path("type").asText()))
                        || (name.equals("score") && scoresCountFamilies)
                        || ((name.equals("from") || name.equals("to")) && path.contains("famil"));
                boolean ratio =
                        path.contains("relativeToMedian") || name.equals("normalised") || name.equals("contribution");
                if (familyField && !ratio && v.isNumber() && v.asDouble() > 0 && v.asDouble() < 5) {
                    found.add(path + "." + e.getKey() + "=" + v);
                }
                smallCounts(v, path + "." + e.getKey(), scoresCountFamilies, found);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                smallCounts(node.get(i), path + "[" + i + "]", scoresCountFamilies, found);
            }
        }
    }
}
