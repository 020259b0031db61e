package be.tafel.model;

import java.time.LocalDate;

/**
 * A professional or volunteer who works for a partner. {@code since}/{@code until} say when the person
 * belongs to the network, {@code worksForSince}/{@code worksForUntil} when they work for {@code worksFor}
 * (inclusive; null where the data does not say).
 */
public record Person(
        String id,
        String name,
        PersonRole role,
        String worksFor,
        LocalDate since,
        LocalDate until,
        LocalDate worksForSince,
        LocalDate worksForUntil) {

    /** A person without dates: in the network and working for the partner as far as the data knows. */
    public Person(String id, String name, PersonRole role, String worksFor) {
        this(id, name, role, worksFor, null, null, null, null);
    }

    /** When the person belongs to the network. */
    public Period period() {
        return new Period(since, until);
    }

    /** When the person works for {@link #worksFor()}. */
    public Period worksForPeriod() {
        return new Period(worksForSince, worksForUntil);
    }
}
