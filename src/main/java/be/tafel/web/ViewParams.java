package be.tafel.web;

import be.tafel.analysis.ViewKind;
import be.tafel.analysis.ViewRequest;
import be.tafel.model.Coded;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The query parameters every analysis takes: {@code view}, {@code at}, {@code domain}, {@code neighbourhood},
 * {@code sector},
 * and {@code wave} (a survey wave's ties as the collaboration view; the view defaults to collaboration then).
 */
final class ViewParams {
    /** Dates outside these years mean nothing for a network and overflow date arithmetic: 400. */
    static final int MIN_YEAR = 1000;

    static final int MAX_YEAR = 9999;

    private ViewParams() {}

    static ViewRequest from(Context ctx, ViewKind defaultView) {
        String view = ctx.queryParam("view");
        String wave = text(ctx, "wave");
        ViewKind fallback = wave != null ? ViewKind.COLLABORATION : defaultView;
        ViewKind kind = view == null || view.isBlank()
                ? fallback
                : Coded.parse(ViewKind.class, view)
                        .orElseThrow(() -> new Problems.BadRequest(
                                "Unknown view '" + view + "'; views are " + Coded.allowed(ViewKind.class) + "."));
        if (wave != null && kind != ViewKind.COLLABORATION) {
            throw new Problems.BadRequest("Query parameter 'wave' needs view=collaboration (a wave's ties are "
                    + "collaborations), not view=" + kind.code() + ".");
        }
        java.util.List<String> statuses = ChangeRoutes.statuses(ctx).stream()
                .map(be.tafel.model.Coded::code)
                .toList();
        if (!statuses.isEmpty() && kind != ViewKind.REFERRAL) {
            throw new Problems.BadRequest(
                    "Query parameter 'status' filters referrals by outcome: it needs view=referral," + " not view="
                            + kind.code() + ".");
        }
        return new ViewRequest(
                kind,
                date(ctx, "at", LocalDate.now()),
                text(ctx, "domain"),
                text(ctx, "neighbourhood"),
                statuses,
                wave,
                text(ctx, "sector"));
    }

    static LocalDate date(Context ctx, String name, LocalDate fallback) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
                throw new Problems.BadRequest("Query parameter '" + name + "' must be a date from year " + MIN_YEAR
                        + " to " + MAX_YEAR + ", not '" + text + "'.");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new Problems.BadRequest(
                    "Query parameter '" + name + "' must be an ISO date (YYYY-MM-DD), not '" + text + "'.");
        }
    }

    static boolean flag(Context ctx, String name, boolean fallback) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default ->
                throw new Problems.BadRequest(
                        "Query parameter '" + name + "' must be true or false, not '" + text + "'.");
        };
    }

    static int limit(Context ctx, int fallback, int max) {
        return ctx.queryParamAsClass("limit", Integer.class)
                .check(l -> l == null || (l >= 1 && l <= max), "limit must be from 1 to " + max)
                .getOrDefault(fallback);
    }

    private static String text(Context ctx, String name) {
        String text = ctx.queryParam(name);
        return text == null || text.isBlank() ? null : text;
    }
}
