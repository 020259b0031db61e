package be.tafel.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.web.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Primary and secondary suppression of family counts, attacked the way a reader would: from what is shown
 * (the total and the cells), every assignment of the masked cells that fits is tried; none may be pinned.
 */
class FamilyCountsTest {
    private static final ObjectMapper JSON = Json.mapper();

    @Test
    void brokers_read_every_count_as_it_is() {
        FamilyCounts group = FamilyCounts.adding();
        FamilyCount one = group.cell(1);
        group.cell(9);
        assertEquals(1, one.shownTo(Audience.BROKER));
        assertEquals(10, group.total().shownTo(Audience.BROKER));
    }

    @Test
    void a_count_on_its_own_is_masked_from_1_to_4_only() {
        assertEquals(0, FamilyCount.of(0).shownTo(Audience.RESTRICTED));
        for (int n = 1; n < 5; n++) {
            assertEquals("<5", FamilyCount.of(n).shownTo(Audience.RESTRICTED));
        }
        assertEquals(5, FamilyCount.of(5).shownTo(Audience.RESTRICTED));
    }

    @Test
    void one_small_cell_beside_a_total_takes_a_second_cell_with_it() {
        FamilyCounts group = FamilyCounts.adding();
        FamilyCount noord = group.cell(1);
        FamilyCount zuid = group.cell(6);
        FamilyCount west = group.cell(7);
        assertEquals("<5", noord.shownTo(Audience.RESTRICTED));
        assertEquals("5+", zuid.shownTo(Audience.RESTRICTED));
        assertEquals(7, west.shownTo(Audience.RESTRICTED));
        assertEquals(14, group.total().shownTo(Audience.RESTRICTED));
    }

    @Test
    void the_total_is_masked_when_no_cell_is_left_to_hide_the_small_one() {
        FamilyCounts group = FamilyCounts.besides(12);
        FamilyCount families = group.cell(3);
        assertEquals("<5", families.shownTo(Audience.RESTRICTED));
        assertEquals("5+", group.total().shownTo(Audience.RESTRICTED));
    }

    @Test
    void a_masked_total_reads_as_nothing_where_even_its_bound_would_give_the_cell_away() {
        FamilyCounts group = FamilyCounts.besides(1);
        group.cell(4);
        assertEquals(null, group.total().shownTo(Audience.RESTRICTED), "1 + 4 = 5: '5+' would say the cell is 4");
    }

    @Test
    void two_small_cells_keep_a_small_total_as_less_than_five() {
        FamilyCounts group = FamilyCounts.adding();
        group.cell(1);
        group.cell(1);
        assertEquals("<5", group.total().shownTo(Audience.RESTRICTED));
    }

    @Test
    void json_renders_for_the_writers_audience_and_for_restricted_without_one() throws Exception {
        FamilyCounts group = FamilyCounts.adding();
        record Answer(FamilyCount total, List<FamilyCount> cells, NodeRef family) {}
        Answer answer = new Answer(
                null, List.of(group.cell(2), group.cell(30), group.cell(40)), NodeRef.family("fam-7", "Noord"));
        answer = new Answer(group.total(), answer.cells(), answer.family());
        JsonNode broker = JSON.readTree(
                JSON.writer().withAttribute(Audience.class, Audience.BROKER).writeValueAsString(answer));
        JsonNode plain = JSON.readTree(JSON.writeValueAsString(answer));
        assertEquals(72, broker.get("total").asInt());
        assertEquals("fam-7", broker.get("family").asText());
        assertEquals("<5", plain.get("cells").get(0).asText());
        assertEquals("5+", plain.get("cells").get(1).asText());
        assertEquals("families:Noord", plain.get("family").asText());
    }

    /** Thousands of random small groups: no "<5" cell may follow from the total and the rest. */
    @Test
    void no_masked_cell_can_be_worked_out_from_the_total_and_the_other_cells() {
        Random random = new Random(18);
        for (int round = 0; round < 5_000; round++) {
            int n = 1 + random.nextInt(5);
            int others = random.nextInt(4) == 0 ? random.nextInt(20) : 0;
            FamilyCounts group = others == 0 ? FamilyCounts.adding() : FamilyCounts.besides(others);
            List<FamilyCount> cells = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                cells.add(group.cell(random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(15)));
            }
            List<Object> shown =
                    cells.stream().map(c -> c.shownTo(Audience.RESTRICTED)).toList();
            Object total = group.total().shownTo(Audience.RESTRICTED);
            for (int i = 0; i < n; i++) {
                if ("<5".equals(shown.get(i))) {
                    Set<Integer> values = possible(i, shown, total, others);
                    assertTrue(
                            values.size() > 1,
                            "cell " + i + " of " + shown + " (total " + total + ", others " + others + ") can only be "
                                    + values);
                    assertTrue(values.contains(cells.get(i).value()));
                }
                if (shown.get(i) instanceof Integer v) {
                    assertEquals(cells.get(i).value(), v);
                }
            }
        }
    }

    /** Every value cell {@code i} can take, given what is shown: an attacker's exhaustive search. */
    private static Set<Integer> possible(int i, List<Object> shown, Object total, int others) {
        int known = shown.stream()
                .filter(s -> s instanceof Integer)
                .mapToInt(s -> (Integer) s)
                .sum();
        int cap = 80;
        Set<Integer> values = new TreeSet<>();
        search(shown, 0, new int[shown.size()], total, others + known, cap, i, values);
        return values;
    }

    private static void search(
            List<Object> shown, int at, int[] chosen, Object total, int sum, int cap, int cell, Set<Integer> values) {
        if (at == shown.size()) {
            boolean fits = total == null
                    || (total instanceof Integer t ? sum == t : "<5".equals(total) ? sum >= 1 && sum <= 4 : sum >= 5);
            if (fits) {
                values.add(chosen[cell]);
            }
            return;
        }
        Object s = shown.get(at);
        if (s instanceof Integer) {
            search(shown, at + 1, chosen, total, sum, cap, cell, values);
            return;
        }
        int low = "<5".equals(s) ? 1 : 5;
        int high = "<5".equals(s) ? 4 : cap;
        for (int v = low; v <= high; v++) {
            if (total instanceof Integer t && sum + v > t) {
                break;
            }
            chosen[at] = v;
            search(shown, at + 1, chosen, total, sum + v, cap, cell, values);
        }
    }
}
