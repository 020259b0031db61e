package be.tafel.model;

import java.time.LocalDate;

/**
 * A family sent from a partner or person to a partner or service. A node in the graph, because it
 * joins three things. {@code completedOn}, where the data has it, is the day a completed referral was
 * completed (not before {@code date}).
 */
public record Referral(
        String id,
        String from,
        String to,
        String family,
        LocalDate date,
        String domain,
        ReferralStatus status,
        LocalDate completedOn) {

    /** A referral without a completion day. */
    public Referral(
            String id, String from, String to, String family, LocalDate date, String domain, ReferralStatus status) {
        this(id, from, to, family, date, domain, status, null);
    }
}
