package be.tafel.change;

import be.tafel.analysis.ViewAnalysis;
import be.tafel.message.Message;
import be.tafel.model.Referral;
import be.tafel.model.ReferralStatus;
import be.tafel.privacy.Audience;
import be.tafel.privacy.FamilyCount;
import be.tafel.store.GraphStore;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Monthly series ({@code GET /api/timeline}, {@code GET /api/reach}): the collaboration view's summary
 * scores, the families reached per group and the referrals per outcome, at {@code from}, at the end of
 * every month between, and at {@code to}. A month's summary is computed once per graph version and kept.
 */
public final class Timeline {
    /** The series one can ask for. */
    public static final List<String> SERIES = List.of("scores", "reach", "referrals");
    /** A group fades when its reach falls by this share or more (unless the request says otherwise). */
    public static final double FADING_DEFAULT = 0.3;

    private final HistoryCache histories;
    private final GraphStore store;
    private final Map<LocalDate, Map<String, Double>> summaries = new ConcurrentHashMap<>();
    private volatile long summariesVersion = -1;

    public Timeline(HistoryCache histories, GraphStore store) {
        this.histories = histories;
        this.store = store;
    }

    /**
     * Family counts ({@code familiesReached}, per grouping and group; each date's counts of a grouping are one
     * {@code FamilyCounts} group) are read under the small-count rules;
     * {@code referrals} counts referrals per outcome by
     * the month they were made in (the first point: the month up to {@code from}).
     */
    public record Series(
            LocalDate from,
            LocalDate to,
            List<LocalDate> dates,
            Map<String, List<Double>> scores,
            Map<String, Map<String, List<FamilyCount>>> familiesReached,
            Map<String, List<Integer>> referrals) {}

    public record Reach(
            String by,
            LocalDate from,
            LocalDate to,
            double threshold,
            List<LocalDate> dates,
            Map<String, List<FamilyCount>> families,
            List<Message> fading) {}

    /** {@code from}, every month end strictly between, and {@code to}. */
    public static List<LocalDate> dates(LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(from);
        for (YearMonth m = YearMonth.from(from); ; m = m.plusMonths(1)) {
            LocalDate end = m.atEndOfMonth();
            if (!end.isBefore(to)) {
                break;
            }
            if (end.isAfter(from)) {
                dates.add(end);
            }
        }
        if (to.isAfter(from)) {
            dates.add(to);
        }
        return dates;
    }

    public Series series(LocalDate from, LocalDate to, Set<String> series) {
        History h = histories.history();
        List<LocalDate> dates = dates(from, to);
        Map<String, List<Double>> scores = series.contains("scores") ? scores(h, dates) : null;
        Map<String, Map<String, List<FamilyCount>>> reach = null;
        if (series.contains("reach")) {
            List<Set<String>> reached =
                    dates.stream().map(day -> FamilyReach.at(h, day, null)).toList();
            reach = new LinkedHashMap<>();
            for (FamilyReach.By by : FamilyReach.By.values()) {
                reach.put(by.code(), counts(rawReach(h, reached, by), dates.size()));
            }
        }
        return new Series(from, to, dates, scores, reach, series.contains("referrals") ? referrals(h, dates) : null);
    }

    public Reach reach(FamilyReach.By by, LocalDate from, LocalDate to, double threshold) {
        History h = histories.history();
        List<LocalDate> dates = dates(from, to);
        Map<String, List<Integer>> raw = rawReach(
                h, dates.stream().map(day -> FamilyReach.at(h, day, null)).toList(), by);
        Map<String, List<FamilyCount>> counts = counts(raw, dates.size());
        List<Message> fading = new ArrayList<>();
        counts.forEach((group, series) -> {
            FamilyCount first = series.getFirst();
            FamilyCount last = series.getLast();
            // the same sentences for every reader: only where no one reads either count masked
            if (first.value() > 0
                    && !first.maskedFor(Audience.RESTRICTED)
                    && !last.maskedFor(Audience.RESTRICTED)
                    && last.value() <= first.value() * (1 - threshold)) {
                fading.add(Message.of(
                        switch (by) {
                            case AGE_BAND -> "fading";
                            case DOMAIN -> "fadingDomain";
                            case NEIGHBOURHOOD -> "fadingNeighbourhood";
                        },
                        "group",
                        group,
                        "changePercent",
                        ReachGroups.percent(first.value(), last.value()),
                        "since",
                        from.toString(),
                        "familiesBefore",
                        first,
                        "familiesAfter",
                        last));
            }
        });
        return new Reach(by.code(), from, to, threshold, dates, counts, fading);
    }

    /**
     * The collaboration view's summary per date, from the month's graph built out of the history in memory
     * (the same partners and ties the view projects from the store), kept per graph version.
     */
    private Map<String, List<Double>> scores(History h, List<LocalDate> dates) {
        long version = store.version();
        if (version != summariesVersion) {
            summaries.clear();
            summariesVersion = version;
        }
        Map<String, List<Double>> scores = new LinkedHashMap<>();
        for (LocalDate day : dates) {
            Map<String, Double> values = summaries.computeIfAbsent(
                    day, d -> ChangeAnalysis.summaryValues(ViewAnalysis.summaryOf(h.collaborationGraph(d))));
            values.forEach((score, value) ->
                    scores.computeIfAbsent(score, k -> new ArrayList<>()).add(value));
        }
        return scores;
    }

    /** Per group, the count of reached families at each date ({@code reached}: the families per date). */
    private static Map<String, List<Integer>> rawReach(History h, List<Set<String>> reached, FamilyReach.By by) {
        List<Map<String, Integer>> perDate = new ArrayList<>();
        Set<String> groups = new TreeSet<>(FamilyReach.order(by));
        for (Set<String> families : reached) {
            Map<String, Integer> counts = FamilyReach.count(h, families, by);
            perDate.add(counts);
            groups.addAll(counts.keySet());
        }
        Map<String, List<Integer>> series = new LinkedHashMap<>();
        for (String g : groups) {
            List<Integer> values = new ArrayList<>();
            perDate.forEach(counts -> values.add(counts.getOrDefault(g, 0)));
            series.put(g, values);
        }
        return series;
    }

    /** Per group, its count at each date; the counts of one date are one group under the small-count rules. */
    private static Map<String, List<FamilyCount>> counts(Map<String, List<Integer>> raw, int points) {
        Map<String, List<FamilyCount>> out = new LinkedHashMap<>();
        raw.keySet().forEach(g -> out.put(g, new ArrayList<>()));
        for (int i = 0; i < points; i++) {
            Map<String, Integer> column = new LinkedHashMap<>();
            int at = i;
            raw.forEach((g, values) -> column.put(g, values.get(at)));
            ReachGroups.column(raw.keySet(), column, null)
                    .cells()
                    .forEach((g, n) -> out.get(g).add(n));
        }
        return out;
    }

    /** Referrals per outcome made in the month up to each date (after the previous date). */
    private static Map<String, List<Integer>> referrals(History h, List<LocalDate> dates) {
        Map<String, List<Integer>> series = new LinkedHashMap<>();
        for (ReferralStatus s : ReferralStatus.values()) {
            series.put(s.code(), new ArrayList<>());
        }
        for (int i = 0; i < dates.size(); i++) {
            LocalDate upTo = dates.get(i);
            LocalDate after = i == 0 ? upTo.minusMonths(1) : dates.get(i - 1);
            Map<ReferralStatus, Integer> counts = new java.util.EnumMap<>(ReferralStatus.class);
            for (Referral r : ChangeAnalysis.referrals(h, after, upTo)) {
                counts.merge(r.status(), 1, Integer::sum);
            }
            for (ReferralStatus s : ReferralStatus.values()) {
                series.get(s.code()).add(counts.getOrDefault(s, 0));
            }
        }
        return series;
    }

    /** The series as CSV rows: date, series, group, value (one row per point), family counts as {@code audience} reads them. */
    public static String csv(Series s, Audience audience) {
        StringBuilder out = new StringBuilder("date,series,group,value\n");
        for (int i = 0; i < s.dates().size(); i++) {
            String day = s.dates().get(i).toString();
            if (s.scores() != null) {
                for (var e : s.scores().entrySet()) {
                    row(out, day, "scores", e.getKey(), e.getValue().get(i));
                }
            }
            if (s.familiesReached() != null) {
                for (var by : s.familiesReached().entrySet()) {
                    for (var e : by.getValue().entrySet()) {
                        row(
                                out,
                                day,
                                "familiesReached." + by.getKey(),
                                e.getKey(),
                                e.getValue().get(i).shownTo(audience));
                    }
                }
            }
            if (s.referrals() != null) {
                for (var e : s.referrals().entrySet()) {
                    row(out, day, "referrals", e.getKey(), e.getValue().get(i));
                }
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String day, String series, String group, Object value) {
        out.append(day)
                .append(',')
                .append(series)
                .append(',')
                .append(csvField(group))
                .append(',')
                .append(value == null ? "" : csvField(String.valueOf(value)))
                .append('\n');
    }

    private static String csvField(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
