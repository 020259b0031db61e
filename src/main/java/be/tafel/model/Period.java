package be.tafel.model;

import java.time.LocalDate;

/** When a relationship holds: from {@code since} (open if null) to {@code until} (open if null), inclusive. */
public record Period(LocalDate since, LocalDate until) {
    public static final Period ALWAYS = new Period(null, null);

    public boolean contains(LocalDate day) {
        return (since == null || !day.isBefore(since)) && (until == null || !day.isAfter(until));
    }

    /** A stable text for the period, used to tell two spells of the same relationship apart. */
    public String key() {
        return since == null ? "" : since.toString();
    }
}
