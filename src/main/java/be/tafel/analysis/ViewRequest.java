package be.tafel.analysis;

import java.time.LocalDate;

/**
 * Which view to analyse: its kind, the day it is taken at, and optional filters by life domain and
 * neighbourhood (null when not filtered).
 */
public record ViewRequest(ViewKind view, LocalDate at, String domain, String neighbourhood) {
    /** Referrals count towards a view when they fall in this many days up to {@code at}. */
    public static final int REFERRAL_WINDOW_DAYS = 365;

    public ViewRequest {
        if (view == null || at == null) {
            throw new IllegalArgumentException("a view needs a kind and a date");
        }
    }

    public LocalDate referralsFrom() {
        return at.minusDays(REFERRAL_WINDOW_DAYS);
    }

    public ViewRequest withView(ViewKind other) {
        return new ViewRequest(other, at, domain, neighbourhood);
    }
}
