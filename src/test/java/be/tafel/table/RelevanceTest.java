package be.tafel.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import be.tafel.table.Relevance.Part;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RelevanceTest {
    private static final double EXACT = 1e-9;

    /** Three candidates; parts in the order referrals, shared families, centrality, link prediction, empty chair. */
    private static double[][] threeCandidates() {
        return new double[][] {
            {4, 1, 0},
            {2, 1, 0},
            {0.5, 0.25, 0.1},
            {1.5, 0, 0},
            {0, 1, 1},
        };
    }

    @Test
    void the_weights_sum_to_one() {
        assertEquals(1.0, Arrays.stream(Part.values()).mapToDouble(Part::weight).sum(), EXACT);
    }

    @Test
    void each_part_is_divided_by_its_largest_value_and_weighted() {
        Relevance relevance = new Relevance(threeCandidates());

        assertEquals(0.25, relevance.normalised(Part.REFERRALS, 1), EXACT);
        assertEquals(0.2, relevance.normalised(Part.CENTRALITY, 2), EXACT);
        assertEquals(Relevance.REFERRAL_WEIGHT * 0.25, relevance.contribution(Part.REFERRALS, 1), EXACT);
        double first = Relevance.REFERRAL_WEIGHT
                + Relevance.SHARED_FAMILIES_WEIGHT
                + Relevance.CENTRALITY_WEIGHT
                + Relevance.LINK_PREDICTION_WEIGHT;
        double second = Relevance.REFERRAL_WEIGHT * 0.25
                + Relevance.SHARED_FAMILIES_WEIGHT * 0.5
                + Relevance.CENTRALITY_WEIGHT * 0.5
                + Relevance.EMPTY_CHAIR_WEIGHT;
        double third = Relevance.CENTRALITY_WEIGHT * 0.2 + Relevance.EMPTY_CHAIR_WEIGHT;
        assertArrayEquals(new double[] {first, second, third}, relevance.getScores(), EXACT);
    }

    @Test
    void a_candidate_leading_on_every_part_scores_one() {
        Relevance relevance = new Relevance(new double[][] {{3, 1}, {5, 2}, {0.4, 0.1}, {2, 1}, {1, 0}});

        assertEquals(1.0, relevance.score(0), EXACT);
    }

    @Test
    void a_part_nobody_has_adds_nothing() {
        Relevance relevance = new Relevance(new double[][] {{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}});

        assertArrayEquals(new double[] {0, 0}, relevance.getScores(), EXACT);
        assertEquals(0, relevance.normalised(Part.REFERRALS, 0), EXACT);
    }

    @Test
    void no_candidates_gives_no_scores() {
        assertEquals(0, new Relevance(new double[5][0]).candidateCount());
    }

    @Test
    void negative_or_missing_values_are_refused() {
        double[][] negative = threeCandidates();
        negative[2][0] = -1;
        assertThrows(IllegalArgumentException.class, () -> new Relevance(negative));
        assertThrows(IllegalArgumentException.class, () -> new Relevance(new double[4][2]));
        double[][] ragged = threeCandidates();
        ragged[1] = new double[] {1};
        assertThrows(IllegalArgumentException.class, () -> new Relevance(ragged));
    }

    @Test
    void the_scores_are_a_copy() {
        Relevance relevance = new Relevance(threeCandidates());
        relevance.getScores()[0] = 99;

        assertEquals(
                Relevance.REFERRAL_WEIGHT
                        + Relevance.SHARED_FAMILIES_WEIGHT
                        + Relevance.CENTRALITY_WEIGHT
                        + Relevance.LINK_PREDICTION_WEIGHT,
                relevance.score(0),
                EXACT);
    }
}
