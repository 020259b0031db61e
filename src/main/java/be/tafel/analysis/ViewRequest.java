package be.tafel.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * Which view to analyse: its kind, the day it is taken at, optional filters by life domain and
 * neighbourhood (null when not filtered), for the referral view the referral outcomes it counts
 * ({@code statuses}, codes such as "completed"; null for all), and optionally a survey wave (null: none), whose
 * ties then make the collaboration view instead of the ties valid at {@code at}, and optionally a sector (null:
 * all): then only that sector's partners are in the view, and in the ecosystem what hangs on them (their staff
 * and services, the families these reach, the tables they sit at).
 */
public record ViewRequest(
        ViewKind view,
        LocalDate at,
        String domain,
        String neighbourhood,
        List<String> statuses,
        String wave,
        String sector) {
    /** Referrals count towards a view when they fall in this many days up to {@code at}. */
    public static final int REFERRAL_WINDOW_DAYS = 365;

    public ViewRequest {
        if (view == null || at == null) {
            throw new IllegalArgumentException("a view needs a kind and a date");
        }
        statuses = statuses == null || statuses.isEmpty() ? null : List.copyOf(statuses);
        if (wave != null && view != ViewKind.COLLABORATION) {
            throw new IllegalArgumentException("a survey wave is a collaboration view");
        }
    }

    /** A view of every sector. */
    public ViewRequest(
            ViewKind view, LocalDate at, String domain, String neighbourhood, List<String> statuses, String wave) {
        this(view, at, domain, neighbourhood, statuses, wave, null);
    }

    /** A view that counts referrals whatever their outcome, of the ties valid at {@code at}. */
    public ViewRequest(ViewKind view, LocalDate at, String domain, String neighbourhood) {
        this(view, at, domain, neighbourhood, null, null);
    }

    /** A view of the ties valid at {@code at} that counts referrals with these outcomes. */
    public ViewRequest(ViewKind view, LocalDate at, String domain, String neighbourhood, List<String> statuses) {
        this(view, at, domain, neighbourhood, statuses, null);
    }

    /** A view of a survey wave's ties (or, with a null wave, the ties valid at {@code at}). */
    public ViewRequest(ViewKind view, LocalDate at, String domain, String neighbourhood, String wave) {
        this(view, at, domain, neighbourhood, null, wave);
    }

    public LocalDate referralsFrom() {
        return at.minusDays(REFERRAL_WINDOW_DAYS);
    }

    public ViewRequest withView(ViewKind other) {
        return new ViewRequest(
                other,
                at,
                domain,
                neighbourhood,
                other == ViewKind.REFERRAL ? statuses : null,
                other == ViewKind.COLLABORATION ? wave : null,
                sector);
    }
}
