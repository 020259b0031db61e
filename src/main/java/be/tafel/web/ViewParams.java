package be.tafel.web;

import be.tafel.analysis.ViewKind;
import be.tafel.analysis.ViewRequest;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The query parameters every analysis takes: {@code view}, {@code at}, {@code domain}, {@code neighbourhood}. */
final class ViewParams {
    /** Dates outside these years mean nothing for a network and overflow date arithmetic: 400. */
    static final int MIN_YEAR = 1000;
    static final int MAX_YEAR = 9999;

    private ViewParams() {}

    static ViewRequest from(Context ctx, ViewKind defaultView) {
        String view = ctx.queryParam("view");
        ViewKind kind = view == null || view.isBlank() ? defaultView : ViewKind.byCode(view).orElseThrow(() ->
                new Problems.BadRequest("Unknown view '" + view + "'; views are " + ViewKind.codes() + "."));
        return new ViewRequest(kind, date(ctx, "at", LocalDate.now()), text(ctx, "domain"), text(ctx, "neighbourhood"));
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
            throw new Problems.BadRequest("Query parameter '" + name + "' must be an ISO date (YYYY-MM-DD), not '"
                    + text + "'.");
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
            default -> throw new Problems.BadRequest("Query parameter '" + name + "' must be true or false, not '" + text + "'.");
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
