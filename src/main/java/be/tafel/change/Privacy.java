package be.tafel.change;

/**
 * How family figures are shown to the caller: counts under {@code threshold} as "&lt;threshold" when
 * {@code maskSmallCounts} (analysts and viewers), family ids only when {@code familyIds} (brokers).
 * Family counts travel in fields named {@code families*} so they can be retyped in one place.
 */
public record Privacy(int threshold, boolean maskSmallCounts, boolean familyIds) {
    /** A family count as shown: the number, or the mask. */
    public Object families(int count) {
        return masks(count) ? "<" + threshold : count;
    }

    public boolean masks(int count) {
        return maskSmallCounts && count > 0 && count < threshold;
    }
}
