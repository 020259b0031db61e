package be.tafel.survey;

import java.time.LocalDate;
import java.util.List;

/**
 * A survey wave as the broker sees it: who was invited, until when, and the state of each link
 * ({@code not-opened}, {@code started}, {@code submitted}, or revoked).
 */
public record Wave(
        String id,
        String name,
        LocalDate closes,
        String language,
        String table,
        String status,
        String opened,
        LocalDate closedOn,
        int invited,
        int submitted,
        double responseRate,
        List<Link> links) {

    public static final String OPEN = "open";
    public static final String CLOSED = "closed";

    /** One partner's link: never its token (only its hash is kept). */
    public record Link(String partner, String name, String state, boolean revoked, String opened, String submitted) {}

    public boolean isOpen() {
        return OPEN.equals(status);
    }

    /** The day the wave's ties are dated to: the day it closed, or its closing date while open. */
    public LocalDate date() {
        return closedOn != null ? closedOn : closes;
    }
}
