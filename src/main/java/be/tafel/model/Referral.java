package be.tafel.model;

import java.time.LocalDate;

/**
 * A family sent from a partner or person to a partner or service. A node in the graph, because it
 * joins three things.
 */
public record Referral(
        String id, String from, String to, String family, LocalDate date, String domain, ReferralStatus status) {}
