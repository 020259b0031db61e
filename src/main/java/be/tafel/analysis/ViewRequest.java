package be.tafel.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * Which view to analyse: its kind, the day it is taken at, optional filters by life domain and
 * neighbourhood (null when not filtered), and for the referral view the referral outcomes it counts
 * ({@code statuses}, codes such as "completed"; null for all).
 */
public record ViewRequest(ViewKind view, LocalDate at, String domain, String neighbourhood, List<String> statuses) {
    /** Referrals count towards a view when they fall in this many days up to {@code at}. */
    public static final int REFERRAL_WINDOW_DAYS = 365;

    public ViewRequest {
        if (view == null || at == null) {
            throw new IllegalArgumentException("a view needs a kind and a date");
        }
        statuses = statuses == null || statuses.isEmpty() ? null : List.copyOf(statuses);
    }

    /** A view that counts referrals whatever their outcome. */
    public ViewRequest(ViewKind view, LocalDate at, String domain, String neighbourhood) {
        this(view, at, domain, neighbourhood, null);
    }

    public LocalDate referralsFrom() {
        return at.minusDays(REFERRAL_WINDOW_DAYS);
    }

    public ViewRequest withView(ViewKind other) {
        return new ViewRequest(other, at, domain, neighbourhood, other == ViewKind.REFERRAL ? statuses : null);
    }
}
