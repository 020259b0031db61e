package be.tafel.table;

import java.util.Arrays;
import java.util.Objects;

/**
 * How relevant a partner that is not at a table is to that table: a weighted sum of five parts, each
 * normalised over the candidates.
 *
 * <pre>
 *   score(c) = sum over parts k of  w_k * x_k(c) / max over candidates d of x_k(d)
 * </pre>
 *
 * with the term 0 when the maximum is 0 (no candidate has any of that part). Every raw value {@code x_k}
 * is non-negative, each normalised part lies in [0, 1], and the weights sum to 1, so the score lies in
 * [0, 1]: 1 for a candidate that leads on every part. The {@link Part parts} and their weights:
 *
 * <ul>
 *   <li>{@link Part#REFERRALS} ({@value #REFERRAL_WEIGHT}): referrals exchanged with members in the referral
 *       view's year, both directions — the strongest sign that a partner already works with the table;
 *   <li>{@link Part#SHARED_FAMILIES} ({@value #SHARED_FAMILIES_WEIGHT}): families it reaches that members also
 *       reach;
 *   <li>{@link Part#CENTRALITY} ({@value #CENTRALITY_WEIGHT}): its betweenness in the ecosystem view;
 *   <li>{@link Part#LINK_PREDICTION} ({@value #LINK_PREDICTION_WEIGHT}): Adamic–Adar index towards the members on
 *       the collaboration view, summed over members;
 *   <li>{@link Part#EMPTY_CHAIR} ({@value #EMPTY_CHAIR_WEIGHT}): how many of the table's empty-chair domains it
 *       is active in.
 * </ul>
 *
 * Normalising by the maximum keeps each part's ratios (twice the referrals, twice the part) and makes
 * the parts comparable whatever their units. Running time O(parts × candidates).
 */
public final class Relevance {
    public static final double REFERRAL_WEIGHT = 0.30;
    public static final double SHARED_FAMILIES_WEIGHT = 0.25;
    public static final double CENTRALITY_WEIGHT = 0.15;
    public static final double LINK_PREDICTION_WEIGHT = 0.15;
    public static final double EMPTY_CHAIR_WEIGHT = 0.15;

    /** The parts of the score, in the order of the raw value arrays. */
    public enum Part {
        REFERRALS("referrals", REFERRAL_WEIGHT),
        SHARED_FAMILIES("shared-families", SHARED_FAMILIES_WEIGHT),
        CENTRALITY("centrality", CENTRALITY_WEIGHT),
        LINK_PREDICTION("link-prediction", LINK_PREDICTION_WEIGHT),
        EMPTY_CHAIR("empty-chair", EMPTY_CHAIR_WEIGHT);

        private final String kind;
        private final double weight;

        Part(String kind, double weight) {
            this.kind = kind;
            this.weight = weight;
        }

        public String kind() {
            return kind;
        }

        public double weight() {
            return weight;
        }
    }

    private final double[][] raw;
    private final double[] max;
    private final double[] scores;

    /**
     * Scores the candidates from their raw part values.
     *
     * @param raw {@code raw[part.ordinal()][candidate]}, one array per part, all the same length, every value
     *     finite and non-negative
     */
    public Relevance(double[][] raw) {
        Objects.requireNonNull(raw, "raw");
        Part[] parts = Part.values();
        if (raw.length != parts.length) {
            throw new IllegalArgumentException("need " + parts.length + " parts, got " + raw.length);
        }
        int n = raw[0].length;
        this.raw = new double[parts.length][];
        this.max = new double[parts.length];
        for (Part part : parts) {
            double[] values = Objects.requireNonNull(raw[part.ordinal()], part.kind());
            if (values.length != n) {
                throw new IllegalArgumentException(
                        part.kind() + " has " + values.length + " values for " + n + " candidates");
            }
            for (double v : values) {
                if (!(v >= 0) || Double.isInfinite(v)) {
                    throw new IllegalArgumentException(part.kind() + " value must be finite and >= 0: " + v);
                }
            }
            this.raw[part.ordinal()] = values.clone();
            this.max[part.ordinal()] = Arrays.stream(values).max().orElse(0);
        }
        this.scores = new double[n];
        for (int c = 0; c < n; c++) {
            double sum = 0;
            for (Part part : parts) {
                sum += contribution(part, c);
            }
            scores[c] = sum;
        }
    }

    public int candidateCount() {
        return scores.length;
    }

    /** Every candidate's score, a copy. */
    public double[] getScores() {
        return scores.clone();
    }

    public double score(int candidate) {
        return scores[candidate];
    }

    public double value(Part part, int candidate) {
        return raw[part.ordinal()][candidate];
    }

    /** The part's value divided by the largest among the candidates; 0 when that is 0. */
    public double normalised(Part part, int candidate) {
        double top = max[part.ordinal()];
        return top == 0 ? 0 : raw[part.ordinal()][candidate] / top;
    }

    /** What the part adds to the score: its weight times its normalised value. */
    public double contribution(Part part, int candidate) {
        return part.weight() * normalised(part, candidate);
    }
}
