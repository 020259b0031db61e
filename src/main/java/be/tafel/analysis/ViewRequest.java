package be.tafel.analysis;

import java.time.LocalDate;

/**
 * Which view to analyse: its kind, the day it is taken at, optional filters by life domain and
 * neighbourhood (null when not filtered), and optionally a survey wave (null: none), whose ties then make
 * the collaboration view instead of the ties valid at {@code at}.
 */
public record ViewRequest(ViewKind view, LocalDate at, String domain, String neighbourhood, String wave) {
    /** Referrals count towards a view when they fall in this many days up to {@code at}. */
    public static final int REFERRAL_WINDOW_DAYS = 365;

    public ViewRequest {
        if (view == null || at == null) {
            throw new IllegalArgumentException("a view needs a kind and a date");
        }
        if (wave != null && view != ViewKind.COLLABORATION) {
            throw new IllegalArgumentException("a survey wave is a collaboration view");
        }
    }

    public ViewRequest(ViewKind view, LocalDate at, String domain, String neighbourhood) {
        this(view, at, domain, neighbourhood, null);
    }

    public LocalDate referralsFrom() {
        return at.minusDays(REFERRAL_WINDOW_DAYS);
    }

    public ViewRequest withView(ViewKind other) {
        return new ViewRequest(other, at, domain, neighbourhood, other == ViewKind.COLLABORATION ? wave : null);
    }
}
