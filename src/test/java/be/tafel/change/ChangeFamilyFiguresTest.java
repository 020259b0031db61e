package be.tafel.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.privacy.Audience;
import be.tafel.privacy.FamilyCount;
import be.tafel.privacy.FamilyRatio;
import be.tafel.privacy.NodeRef;
import be.tafel.web.Json;
import be.tafel.web.PrivateJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The family figures of {@code /api/change}, {@code /api/timeline}, {@code /api/reach} and
 * {@code /api/analysis/referral-flows} are values of the privacy types, so the caller's audience decides how
 * they read: a field that counts families is a {@link FamilyCount} (or a figure made from counts, a
 * {@link FamilyRatio}), a list of families is a list of {@link NodeRef}s, and a group's counts with their total
 * withstand a differencing attack.
 */
public class ChangeFamilyFiguresTest {
    private static final ObjectMapper JSON = Json.mapper();
    private static final Pattern COUNTS = Pattern.compile("families.*|.*Families");
    private static final Pattern IDS = Pattern.compile("familyIds|.*FamilyIds");

    @Test
    void every_family_field_of_the_change_answers_is_a_privacy_type() {
        List<String> bare = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> answer :
                List.of(ChangeReport.class, Timeline.Series.class, Timeline.Reach.class, ReferralFlows.Answer.class)) {
            walk(answer, seen, bare);
        }
        assertTrue(seen.contains(ChangeReport.ReachGroup.class), "the walk reaches the reach rows");
        assertTrue(seen.contains(ReferralFlows.LoopPair.class), "the walk reaches the loop pairs");
        assertEquals(List.of(), bare);
    }

    @Test
    void an_analyst_reads_a_group_of_three_masked_and_cannot_work_it_out_from_the_total_and_the_others() {
        Set<String> groups = new LinkedHashSet<>(List.of("Noord", "West", "Zuid"));
        Map<String, Integer> before = Map.of("Noord", 3, "West", 12, "Zuid", 40);
        Map<String, Integer> after = Map.of("Noord", 7, "West", 9, "Zuid", 41);
        ChangeReport.ReachChange reach = reach(groups, before, after);

        JsonNode analyst = write(reach, Audience.RESTRICTED);
        JsonNode noord = row(analyst, "Noord");
        assertEquals("<5", noord.get("familiesBefore").asText());
        assertFalse(noord.path("familiesDelta").isNumber(), "no change beside a masked count: " + noord);
        assertFalse(noord.path("changePercent").isNumber(), noord.toString());
        assertFalse(pinned(analyst.get("familiesBefore"), column(analyst, "familiesBefore")), analyst.toString());
        assertEquals(57, analyst.get("familiesAfter").asInt(), "nothing small after: the total reads as it is");

        JsonNode broker = write(reach, Audience.BROKER);
        assertEquals(3, row(broker, "Noord").get("familiesBefore").asInt());
        assertEquals(55, broker.get("familiesBefore").asInt());
        assertEquals(4, row(broker, "Noord").get("familiesDelta").asInt());
        assertEquals(133, row(broker, "Noord").get("changePercent").asInt());
    }

    @Test
    void every_differencing_attempt_on_random_small_neighbourhoods_fails() {
        java.util.Random random = new java.util.Random(18);
        Set<String> groups = new LinkedHashSet<>(List.of("A", "B", "C", "D"));
        for (int round = 0; round < 2_000; round++) {
            Map<String, Integer> before = new java.util.HashMap<>();
            Map<String, Integer> after = new java.util.HashMap<>();
            for (String g : groups) {
                before.put(g, random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(30));
                after.put(g, random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(30));
            }
            JsonNode analyst = write(reach(groups, before, after), Audience.RESTRICTED);
            for (String moment : List.of("familiesBefore", "familiesAfter")) {
                assertFalse(pinned(analyst.get(moment), column(analyst, moment)), analyst.toString());
            }
            for (JsonNode r : analyst.get("by").get("neighbourhood")) {
                boolean both = r.get("familiesBefore").isInt()
                        && r.get("familiesAfter").isInt();
                assertEquals(both, r.path("familiesDelta").isNumber(), r.toString());
            }
        }
    }

    @Test
    void a_loop_total_beside_a_masked_pair_reads_nothing() {
        be.tafel.privacy.FamilyCounts counts = be.tafel.privacy.FamilyCounts.adding();
        ReferralFlows.LoopPair small = new ReferralFlows.LoopPair("a", "b", "A", "B", counts.cell(2), null);
        ReferralFlows.LoopPair large = new ReferralFlows.LoopPair("a", "c", "A", "C", counts.cell(8), null);
        ReferralFlows.Loops loops = new ReferralFlows.Loops(counts.union(9), List.of(small, large));
        JsonNode analyst = write(loops, Audience.RESTRICTED);
        assertTrue(analyst.get("families").isNull(), analyst.toString());
        assertEquals("<5", analyst.get("pairs").get(0).get("families").asText());
        assertEquals(9, write(loops, Audience.BROKER).get("families").asInt());
    }

    @Test
    void the_timeline_csv_writes_each_count_as_its_reader_may_read_it() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 1, 31);
        Set<String> groups = new LinkedHashSet<>(List.of("Noord", "West", "Zuid"));
        ReachGroups.Column column = ReachGroups.column(groups, Map.of("Noord", 3, "West", 12, "Zuid", 40), null);
        Map<String, List<FamilyCount>> perGroup = new java.util.LinkedHashMap<>();
        column.cells().forEach((g, n) -> perGroup.put(g, List.of(n)));
        Timeline.Series series =
                new Timeline.Series(day, day, List.of(day), null, Map.of("neighbourhood", perGroup), null);

        String analyst = Timeline.csv(series, Audience.RESTRICTED);
        assertTrue(analyst.contains("2026-01-31,familiesReached.neighbourhood,Noord,<5\n"), analyst);
        assertTrue(analyst.contains("2026-01-31,familiesReached.neighbourhood,West,5+\n"), analyst);
        assertFalse(analyst.contains(",3\n") || analyst.contains(",12\n"), analyst);
        String broker = Timeline.csv(series, Audience.BROKER);
        assertTrue(broker.contains("2026-01-31,familiesReached.neighbourhood,Noord,3\n"), broker);
    }

    private static ChangeReport.ReachChange reach(
            Set<String> groups, Map<String, Integer> before, Map<String, Integer> after) {
        int totalBefore = before.values().stream().mapToInt(Integer::intValue).sum();
        int totalAfter = after.values().stream().mapToInt(Integer::intValue).sum();
        ReachGroups.Column b = ReachGroups.column(groups, before, totalBefore);
        ReachGroups.Column a = ReachGroups.column(groups, after, totalAfter);
        return new ChangeReport.ReachChange(
                b.total(), a.total(), Map.of("neighbourhood", ReachGroups.compare(groups, b, a)));
    }

    private static JsonNode write(Object answer, Audience audience) {
        try {
            return JSON.readTree(PrivateJson.writer(JSON, audience).writeValueAsString(answer));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode row(JsonNode reach, String group) {
        for (JsonNode r : reach.get("by").get("neighbourhood")) {
            if (r.get("group").asText().equals(group)) {
                return r;
            }
        }
        throw new AssertionError("no row " + group);
    }

    private static List<JsonNode> column(JsonNode reach, String moment) {
        List<JsonNode> cells = new ArrayList<>();
        reach.get("by").get("neighbourhood").forEach(r -> cells.add(r.get(moment)));
        return cells;
    }

    /**
     * Whether a reader who knows the total (when shown) and the cells as shown can pin a "&lt;5" cell to one
     * value: every cell that reads "&lt;5" is 1 to 4, "5+" at least 5, and all add up to the total.
     */
    public static boolean pinned(JsonNode total, List<JsonNode> cells) {
        if (total == null || total.isNull() || !total.isInt()) {
            return false; // a masked total bounds nothing more than the cells do
        }
        long hidden = total.asLong();
        int small = 0;
        int large = 0;
        long smallestShown = Long.MAX_VALUE; // a "5+" cell is no larger than the smallest cell still shown
        for (JsonNode c : cells) {
            if (c.isInt()) {
                hidden -= c.asLong();
                if (c.asLong() >= 5) {
                    smallestShown = Math.min(smallestShown, c.asLong());
                }
            } else if ("<5".equals(c.asText())) {
                small++;
            } else {
                large++;
            }
        }
        if (small == 0) {
            return false;
        }
        // one "<5" cell is x; the other small cells take 1..4 each, the "5+" cells 5 or more each
        long othersLow = (small - 1) + 5L * large;
        long othersHigh = large > 0 && smallestShown == Long.MAX_VALUE
                ? Long.MAX_VALUE
                : 4L * (small - 1) + large * (large > 0 ? smallestShown : 0);
        long low = Math.max(1, othersHigh == Long.MAX_VALUE ? 1 : hidden - othersHigh);
        long high = Math.min(4, hidden - othersLow);
        return low >= high;
    }

    private static void walk(Class<?> type, Set<Class<?>> seen, List<String> bare) {
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            String where = type.getSimpleName() + "." + c.getName();
            Class<?> leaf = leaf(c.getGenericType());
            if (IDS.matcher(c.getName()).matches()) {
                if (leaf != NodeRef.class) {
                    bare.add(where + " holds " + leaf.getSimpleName() + ", not NodeRef");
                }
            } else if (COUNTS.matcher(c.getName()).matches()) {
                if (leaf != FamilyCount.class && leaf != FamilyRatio.class) {
                    bare.add(where + " holds " + leaf.getSimpleName() + ", not FamilyCount");
                }
            }
            walk(leaf, seen, bare);
            collect(c.getGenericType(), seen, bare);
        }
    }

    /** Walks every record named in a generic type (the values of maps, the items of lists). */
    private static void collect(Type type, Set<Class<?>> seen, List<String> bare) {
        if (type instanceof ParameterizedType p) {
            for (Type a : p.getActualTypeArguments()) {
                collect(a, seen, bare);
            }
        } else if (type instanceof Class<?> c) {
            walk(c, seen, bare);
        }
    }

    /** The innermost value type: a list's item, a map's value, recursively. */
    private static Class<?> leaf(Type type) {
        if (type instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            return leaf(args[args.length - 1]);
        }
        return type instanceof Class<?> c ? c : Object.class;
    }
}
