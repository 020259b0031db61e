package be.tafel.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SharedFamilyCountsTest {
    @Test
    void counts_the_families_each_pair_shares_in_partner_order() {
        // families 0..3; partner 1 reaches none
        int[][] familiesOf = {{0, 1, 2}, null, {2, 1}, {3}, {0, 2, 3}};
        assertEquals(
                List.of(List.of(0, 2, 2), List.of(0, 4, 2), List.of(2, 4, 1), List.of(3, 4, 1)), pairs(familiesOf, 4));
    }

    @Test
    void matches_counting_every_pair_on_random_reach() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            int partners = 1 + random.nextInt(30);
            int families = 1 + random.nextInt(40);
            int[][] familiesOf = new int[partners][];
            for (int p = 0; p < partners; p++) {
                if (random.nextInt(5) > 0) {
                    familiesOf[p] = random.ints(0, families)
                            .distinct()
                            .limit(random.nextInt(families + 1))
                            .toArray();
                }
            }
            List<List<Integer>> expected = new ArrayList<>();
            for (int p = 0; p < partners; p++) {
                for (int q = p + 1; q < partners; q++) {
                    int shared = 0;
                    for (int f = 0; f < families; f++) {
                        shared += reaches(familiesOf[p], f) && reaches(familiesOf[q], f) ? 1 : 0;
                    }
                    if (shared > 0) {
                        expected.add(List.of(p, q, shared));
                    }
                }
            }
            assertEquals(expected, pairs(familiesOf, families), "round " + round);
        }
    }

    private static boolean reaches(int[] families, int f) {
        return families != null && java.util.Arrays.stream(families).anyMatch(x -> x == f);
    }

    private static List<List<Integer>> pairs(int[][] familiesOf, int familyCount) {
        List<List<Integer>> pairs = new ArrayList<>();
        SharedFamilyCounts.forEachPair(familiesOf, familyCount, (p, q, shared) -> pairs.add(List.of(p, q, shared)));
        return pairs;
    }
}
