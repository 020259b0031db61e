package be.tafel.web;

import be.tafel.change.ChangeAnalysis;
import be.tafel.change.FamilyReach;
import be.tafel.change.HistoryCache;
import be.tafel.change.ReferralFlows;
import be.tafel.change.Timeline;
import be.tafel.model.Coded;
import be.tafel.model.ReferralStatus;
import be.tafel.privacy.Audience;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code /api/change}, {@code /api/timeline}, {@code /api/reach} and {@code /api/analysis/referral-flows}:
 * is the network getting better? A moment is an ISO date or a survey wave's id, which stands for the day the
 * wave closed (or closes, while it is open); an unknown wave answers 400.
 */
public final class ChangeRoutes {
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final HistoryCache histories;
    private final ChangeAnalysis change;
    private final Timeline timeline;
    private final Function<String, Optional<LocalDate>> waves;

    /** @param waves the day a survey wave stands for, by its id (empty when there is no such wave) */
    public ChangeRoutes(
            HistoryCache histories,
            ChangeAnalysis change,
            Timeline timeline,
            Function<String, Optional<LocalDate>> waves) {
        this.histories = histories;
        this.change = change;
        this.timeline = timeline;
        this.waves = waves;
    }

    /** {@code GET /api/change?from=&to=[&table=][&lang=nl|en]}. */
    public void change(Context ctx) {
        Period period = period(ctx);
        String lang = lang(ctx);
        String table = ctx.queryParam("table");
        if (table != null && !table.isBlank() && histories.history().table(table) == null) {
            throw new NotFoundResponse("There is no table '" + table + "'.");
        }
        ctx.json(change.change(period.from, period.to, table == null || table.isBlank() ? null : table, lang));
    }

    /** {@code GET /api/timeline?from=&to=[&series=scores,reach,referrals][&format=csv]}. */
    public void timeline(Context ctx) {
        Period period = period(ctx);
        Set<String> series = new LinkedHashSet<>(Timeline.SERIES);
        String asked = ctx.queryParam("series");
        if (asked != null && !asked.isBlank()) {
            series = new LinkedHashSet<>(Arrays.asList(asked.split(",")));
            for (String s : series) {
                if (!Timeline.SERIES.contains(s)) {
                    throw new Problems.BadRequest(
                            "Unknown series '" + s + "'; series are " + String.join(", ", Timeline.SERIES) + ".");
                }
            }
        }
        String format = ctx.queryParam("format");
        Timeline.Series answer = timeline.series(period.from, period.to, series);
        if ("csv".equals(format)) {
            ctx.contentType("text/csv; charset=utf-8").result(Timeline.csv(answer, Audience.current()));
        } else if (format == null || format.isBlank() || "json".equals(format)) {
            ctx.json(answer);
        } else {
            throw new Problems.BadRequest("Unknown format '" + format + "'; formats are json and csv.");
        }
    }

    /** {@code GET /api/reach?by=ageBand|domain|neighbourhood&from=&to=[&threshold=0.3]}. */
    public void reach(Context ctx) {
        String byText = ctx.queryParam("by");
        FamilyReach.By by = by(FamilyReach.By.class, byText == null ? "ageBand" : byText);
        Period period = period(ctx);
        double threshold = ctx.queryParamAsClass("threshold", Double.class)
                .check(t -> t == null || (t > 0 && t < 1), "threshold must be a share between 0 and 1")
                .getOrDefault(Timeline.FADING_DEFAULT);
        ctx.json(timeline.reach(by, period.from, period.to, threshold));
    }

    /** {@code GET /api/analysis/referral-flows?by=sector|partner[&at=][&from=&to=][&status=]}. */
    public void flows(Context ctx) {
        String byText = ctx.queryParam("by");
        ReferralFlows.By by = by(ReferralFlows.By.class, byText == null ? "sector" : byText);
        boolean window = ctx.queryParam("from") != null || ctx.queryParam("to") != null;
        LocalDate from;
        LocalDate to;
        if (window) {
            Period period = period(ctx);
            from = period.from;
            to = period.to;
        } else {
            to = ViewParams.date(ctx, "at", LocalDate.now());
            from = to.minusDays(be.tafel.analysis.ViewRequest.REFERRAL_WINDOW_DAYS - 1L);
        }
        ctx.json(ReferralFlows.of(histories.history(), by, from, to, statuses(ctx)));
    }

    private static <E extends Enum<E> & Coded> E by(Class<E> type, String code) {
        return Coded.parse(type, code)
                .orElseThrow(() -> new Problems.BadRequest(
                        "Query parameter 'by' must be one of " + Coded.allowed(type) + ", not '" + code + "'."));
    }

    /** {@code status=} as a set of outcomes (empty: all); an unknown outcome is a bad request. */
    static Set<ReferralStatus> statuses(Context ctx) {
        Set<ReferralStatus> statuses = EnumSet.noneOf(ReferralStatus.class);
        for (String value : ctx.queryParams("status")) {
            for (String code : value.split(",")) {
                if (code.isBlank()) {
                    continue;
                }
                statuses.add(Coded.parse(ReferralStatus.class, code.strip())
                        .orElseThrow(() -> new Problems.BadRequest("Unknown referral status '" + code
                                + "'; statuses are " + Coded.allowed(ReferralStatus.class) + ".")));
            }
        }
        return statuses;
    }

    private record Period(LocalDate from, LocalDate to) {}

    private Period period(Context ctx) {
        LocalDate from = moment(ctx, "from", waves);
        LocalDate to = moment(ctx, "to", waves);
        if (from.isAfter(to)) {
            throw new Problems.BadRequest(
                    "'from' (" + from + ") is after 'to' (" + to + "); give the earlier moment" + " as 'from'.");
        }
        return new Period(from, to);
    }

    /** A moment: an ISO date, or a survey wave's id (the day it closed, or closes). */
    private static LocalDate moment(Context ctx, String name, Function<String, Optional<LocalDate>> waves) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            throw new Problems.BadRequest("Query parameter '" + name + "' is required: an ISO date (YYYY-MM-DD).");
        }
        if (!DATE_SHAPE.matcher(text).matches()) {
            return waves.apply(text)
                    .orElseThrow(() -> new Problems.BadRequest("Query parameter '" + name + "': unknown wave '" + text
                            + "'; give an ISO date (YYYY-MM-DD) or the id of a survey wave."));
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Problems.BadRequest("Query parameter '" + name + "': '" + text + "' is not a date that exists.");
        }
    }

    private static String lang(Context ctx) {
        String lang = ctx.queryParam("lang");
        if (lang == null || lang.isBlank()) {
            return "nl";
        }
        if (!List.of("nl", "en").contains(lang)) {
            throw new Problems.BadRequest("Query parameter 'lang' must be nl or en, not '" + lang + "'.");
        }
        return lang;
    }
}
