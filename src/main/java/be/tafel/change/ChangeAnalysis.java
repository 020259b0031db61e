package be.tafel.change;

import be.tafel.analysis.AnalysisService;
import be.tafel.analysis.Centrality;
import be.tafel.analysis.Snapshot;
import be.tafel.analysis.ViewAnalysis;
import be.tafel.analysis.ViewKind;
import be.tafel.analysis.ViewRequest;
import be.tafel.analysis.algo.ViewSummary;
import be.tafel.message.Message;
import be.tafel.model.Collaboration;
import be.tafel.model.NodeLabel;
import be.tafel.model.Partner;
import be.tafel.model.Person;
import be.tafel.model.Referral;
import be.tafel.model.Seat;
import be.tafel.privacy.Audience;
import be.tafel.privacy.FamilyCount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The change between two moments of the whole network or of one table: who joined and left, ties gained
 * and lost, table membership, the summary scores, the partners whose betweenness rank moved most, the
 * families reached per group, and a narrative made of those figures only.
 */
public final class ChangeAnalysis {
    /** How many movers are listed. */
    public static final int MOVERS = 5;
    /** A sector pair is named in the narrative when it holds at least this share of the ties gained. */
    public static final double MOSTLY = 0.25;
    /** A group's reach change is told in the narrative from this many percent up or down. */
    public static final int TOLD_PERCENT = 10;
    /** Scores rounded to this many decimals, in the answer and the narrative alike. */
    public static final int DECIMALS = 4;

    private static final List<String> TOLD_SCORES = List.of("density", "components", "degreeCentralization");

    private final HistoryCache histories;
    private final AnalysisService analyses;

    public ChangeAnalysis(HistoryCache histories, AnalysisService analyses) {
        this.histories = histories;
        this.analyses = analyses;
    }

    /** {@code table}: an existing table's id, or null for the whole network. */
    public ChangeReport change(LocalDate from, LocalDate to, String table, String lang) {
        History h = histories.history();
        for (LocalDate day : List.of(from, to)) {
            if (!hasData(h, day)) {
                List<Message> none = List.of(Message.of("noData", "date", day.toString()));
                return new ChangeReport(
                        from,
                        to,
                        table,
                        lang,
                        true,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        ChangeReport.NarrativeText.of(none, lang));
            }
        }
        Set<String> scope = table == null ? null : tableScope(h, table, from, to);
        ChangeReport.Membership joined = membership(h, from, to, scope, true);
        ChangeReport.Membership left = membership(h, from, to, scope, false);
        ChangeReport.Ties gained = ties(h, from, to, scope);
        ChangeReport.Ties lost = ties(h, to, from, scope);
        List<ChangeReport.TableChange> tables = tables(h, from, to, table);
        ChangeReport.Scores scores = scores(from, to);
        List<ChangeReport.Mover> movers = movers(h, from, to, scope);
        ChangeReport.ReachChange reach = reach(h, from, to, scope);
        List<Message> sentences = narrative(from, to, joined, left, gained, lost, tables, scores, movers, reach);
        return new ChangeReport(
                from,
                to,
                table,
                lang,
                null,
                joined,
                left,
                gained,
                lost,
                tables,
                scores,
                movers,
                reach,
                ChangeReport.NarrativeText.of(sentences, lang));
    }

    /** Anything held on the day: a collaboration, a seat, a use, a support, or a referral in the month up to it. */
    static boolean hasData(History h, LocalDate day) {
        LocalDate after = day.minusMonths(FamilyReach.REFERRAL_WINDOW_MONTHS);
        return h.collaborations().stream().anyMatch(c -> c.period().contains(day))
                || h.seats().stream().anyMatch(s -> s.period().contains(day))
                || h.uses().stream().anyMatch(u -> u.period().contains(day))
                || h.supports().stream().anyMatch(s -> s.period().contains(day))
                || h.referrals().stream()
                        .anyMatch(r -> r.date().isAfter(after) && !r.date().isAfter(day));
    }

    /** The partners (persons count as their partner) at the table at either moment. */
    private static Set<String> tableScope(History h, String table, LocalDate from, LocalDate to) {
        Set<String> scope = new HashSet<>();
        for (Seat s : h.seats()) {
            if (s.table().equals(table)
                    && (s.period().contains(from) || s.period().contains(to))) {
                scope.add(s.member());
                String partner = h.partnerOf(s.member());
                if (partner != null) {
                    scope.add(partner);
                }
            }
        }
        return scope;
    }

    private static ChangeReport.Membership membership(
            History h, LocalDate from, LocalDate to, Set<String> scope, boolean joining) {
        List<ChangeReport.Member> partners = new ArrayList<>();
        for (Partner p : h.partners()) {
            LocalDate day = joining ? p.since() : p.until();
            if (inScope(scope, p.id()) && day != null && moved(day, from, to, joining)) {
                partners.add(new ChangeReport.Member(p.id(), p.name(), p.sector(), null, day));
            }
        }
        List<ChangeReport.Member> persons = new ArrayList<>();
        for (Person p : h.persons()) {
            LocalDate day = joining ? p.since() : p.until();
            if (inScope(scope, p.id()) && day != null && moved(day, from, to, joining)) {
                persons.add(new ChangeReport.Member(p.id(), p.name(), null, p.worksFor(), day));
            }
        }
        Comparator<ChangeReport.Member> order =
                Comparator.comparing(ChangeReport.Member::date).thenComparing(ChangeReport.Member::id);
        partners.sort(order);
        persons.sort(order);
        return new ChangeReport.Membership(partners, persons);
    }

    /** A since after {@code from} up to {@code to}; an until from {@code from} up to before {@code to}. */
    private static boolean moved(LocalDate day, LocalDate from, LocalDate to, boolean joining) {
        return joining ? day.isAfter(from) && !day.isAfter(to) : !day.isBefore(from) && day.isBefore(to);
    }

    private static boolean inScope(Set<String> scope, String id) {
        return scope == null || scope.contains(id);
    }

    /** Ties that hold on {@code at} and not on {@code other}. */
    private static ChangeReport.Ties ties(History h, LocalDate other, LocalDate at, Set<String> scope) {
        Map<String, Integer> byKind = new TreeMap<>();
        Map<String, Integer> byCollaborationKind = new TreeMap<>();
        Map<List<String>, Integer> bySectors = new HashMap<>();
        List<ChangeReport.Tie> collaborations = new ArrayList<>();
        Map<String, Collaboration> now = pairs(h, at);
        Set<String> then = pairs(h, other).keySet();
        for (Map.Entry<String, Collaboration> e : new TreeMap<>(now).entrySet()) {
            Collaboration c = e.getValue();
            if (then.contains(e.getKey()) || !(inScope(scope, c.a()) || inScope(scope, c.b()))) {
                continue;
            }
            List<String> sectors = new ArrayList<>(List.of(h.sectorOf(c.a()), h.sectorOf(c.b())));
            sectors.sort(Comparator.naturalOrder());
            byKind.merge("collaborates", 1, Integer::sum);
            byCollaborationKind.merge(c.kind() == null ? "" : c.kind(), 1, Integer::sum);
            bySectors.merge(List.copyOf(sectors), 1, Integer::sum);
            collaborations.add(new ChangeReport.Tie(c.a(), c.b(), c.kind(), List.copyOf(sectors)));
        }
        int seats = difference(seatKeys(h, at, scope), seatKeys(h, other, scope));
        if (seats > 0) {
            byKind.put("sits-at", seats);
        }
        int works = difference(worksForKeys(h, at, scope), worksForKeys(h, other, scope));
        if (works > 0) {
            byKind.put("works-for", works);
        }
        List<ChangeReport.SectorPair> pairs = bySectors.entrySet().stream()
                .sorted(Map.Entry.<List<String>, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(e -> String.join("|", e.getKey())))
                .map(e -> new ChangeReport.SectorPair(e.getKey(), e.getValue()))
                .toList();
        int count = byKind.values().stream().mapToInt(Integer::intValue).sum();
        return new ChangeReport.Ties(count, byKind, byCollaborationKind, pairs, collaborations);
    }

    /** The collaborating pairs on a day, each with one of its spells that holds. */
    private static Map<String, Collaboration> pairs(History h, LocalDate day) {
        Map<String, Collaboration> pairs = new HashMap<>();
        for (Collaboration c : h.collaborations()) {
            if (c.period().contains(day) && h.partnerIn(c.a(), day) && h.partnerIn(c.b(), day)) {
                pairs.putIfAbsent(c.a() + "|" + c.b(), c);
            }
        }
        return pairs;
    }

    private static Set<String> seatKeys(History h, LocalDate day, Set<String> scope) {
        Set<String> keys = new HashSet<>();
        for (Seat s : h.seats()) {
            if (s.period().contains(day) && inScope(scope, s.member())) {
                keys.add(s.member() + "|" + s.table());
            }
        }
        return keys;
    }

    private static Set<String> worksForKeys(History h, LocalDate day, Set<String> scope) {
        Set<String> keys = new HashSet<>();
        for (Person p : h.persons()) {
            if (p.worksFor() != null
                    && p.period().contains(day)
                    && p.worksForPeriod().contains(day)
                    && inScope(scope, p.id())) {
                keys.add(p.id() + "|" + p.worksFor());
            }
        }
        return keys;
    }

    private static int difference(Set<String> now, Set<String> then) {
        Set<String> d = new HashSet<>(now);
        d.removeAll(then);
        return d.size();
    }

    /** Per table (or only {@code only}): who sat there at {@code to} but not at {@code from}, and back. */
    private static List<ChangeReport.TableChange> tables(History h, LocalDate from, LocalDate to, String only) {
        List<ChangeReport.TableChange> changes = new ArrayList<>();
        for (var table : h.network().tables()) {
            if (only != null && !only.equals(table.id())) {
                continue;
            }
            Set<String> before = members(h, table.id(), from);
            Set<String> after = members(h, table.id(), to);
            Set<String> joined = new TreeSet<>(after);
            joined.removeAll(before);
            Set<String> left = new TreeSet<>(before);
            left.removeAll(after);
            changes.add(new ChangeReport.TableChange(table.id(), table.name(), List.copyOf(joined), List.copyOf(left)));
        }
        return changes;
    }

    static Set<String> members(History h, String table, LocalDate day) {
        Set<String> members = new TreeSet<>();
        for (Seat s : h.seats()) {
            if (s.table().equals(table) && s.period().contains(day)) {
                members.add(s.member());
            }
        }
        return members;
    }

    /** Every summary score of the collaboration view at both moments, rounded to {@value #DECIMALS} decimals. */
    private ChangeReport.Scores scores(LocalDate from, LocalDate to) {
        Map<String, Double> before =
                summaryValues(analyses.analyse(request(from)).summary());
        Map<String, Double> after = summaryValues(analyses.analyse(request(to)).summary());
        List<ChangeReport.ScoreChange> values = new ArrayList<>();
        for (String score : before.keySet()) {
            Double b = before.get(score);
            Double a = after.get(score);
            values.add(new ChangeReport.ScoreChange(score, b, a, a == null || b == null ? null : round(a - b)));
        }
        return new ChangeReport.Scores(ViewKind.COLLABORATION.code(), values);
    }

    static ViewRequest request(LocalDate day) {
        return new ViewRequest(ViewKind.COLLABORATION, day, null, null);
    }

    /** The numeric scores of a summary by name, rounded; a score that is not defined is null. */
    static Map<String, Double> summaryValues(ViewSummary s) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("nodes", (double) s.nodes());
        values.put("edges", (double) s.edges());
        values.put("density", round(s.density()));
        values.put("components", (double) s.components());
        values.put("largestComponentShare", round(s.largestComponentShare()));
        values.put("diameter", s.diameter() == null ? null : (double) s.diameter());
        values.put("averageShortestPath", round(s.averageShortestPath()));
        values.put("averageClustering", round(s.averageClustering()));
        values.put("transitivity", round(s.transitivity()));
        values.put("degreeCentralization", round(s.degreeCentralization()));
        return values;
    }

    static Double round(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return null;
        }
        return BigDecimal.valueOf(value)
                .setScale(DECIMALS, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** Partners in the view at both moments, ranked by betweenness (1 = highest, ties by id). */
    private List<ChangeReport.Mover> movers(History h, LocalDate from, LocalDate to, Set<String> scope) {
        Map<String, double[]> before = ranks(analyses.analyse(request(from)));
        Map<String, double[]> after = ranks(analyses.analyse(request(to)));
        List<ChangeReport.Mover> movers = new ArrayList<>();
        for (Map.Entry<String, double[]> e : after.entrySet()) {
            double[] b = before.get(e.getKey());
            if (b == null || !inScope(scope, e.getKey())) {
                continue;
            }
            double[] a = e.getValue();
            int moved = (int) b[0] - (int) a[0];
            if (moved != 0) {
                movers.add(new ChangeReport.Mover(
                        e.getKey(), h.nameOf(e.getKey()), (int) b[0], (int) a[0], moved, round(b[1]), round(a[1])));
            }
        }
        movers.sort(Comparator.comparingInt((ChangeReport.Mover m) -> -Math.abs(m.moved()))
                .thenComparing(ChangeReport.Mover::id));
        return List.copyOf(movers.subList(0, Math.min(MOVERS, movers.size())));
    }

    /** Per partner: [rank, betweenness]. */
    private static Map<String, double[]> ranks(ViewAnalysis analysis) {
        Snapshot snapshot = analysis.snapshot();
        Centrality c = analysis.centrality(false);
        List<Integer> order = new ArrayList<>();
        for (int v = 0; v < snapshot.size(); v++) {
            if (snapshot.vertex(v).type() == NodeLabel.PARTNER) {
                order.add(v);
            }
        }
        order.sort(Comparator.comparingDouble((Integer v) -> -c.betweenness()[v])
                .thenComparing(v -> snapshot.vertex(v).id()));
        Map<String, double[]> ranks = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            int v = order.get(i);
            ranks.put(snapshot.vertex(v).id(), new double[] {i + 1, c.betweenness()[v]});
        }
        return ranks;
    }

    private static ChangeReport.ReachChange reach(History h, LocalDate from, LocalDate to, Set<String> scope) {
        Set<String> before = FamilyReach.at(h, from, scope);
        Set<String> after = FamilyReach.at(h, to, scope);
        Map<String, List<ChangeReport.ReachGroup>> by = new LinkedHashMap<>();
        FamilyCount totalBefore = null;
        FamilyCount totalAfter = null;
        for (FamilyReach.By grouping : FamilyReach.By.values()) {
            Map<String, Integer> b = FamilyReach.count(h, before, grouping);
            Map<String, Integer> a = FamilyReach.count(h, after, grouping);
            Set<String> groups = ReachGroups.groups(grouping, List.of(b, a));
            boolean parts = grouping == FamilyReach.By.NEIGHBOURHOOD;
            ReachGroups.Column columnBefore = ReachGroups.column(groups, b, parts ? before.size() : null);
            ReachGroups.Column columnAfter = ReachGroups.column(groups, a, parts ? after.size() : null);
            if (parts) {
                totalBefore = columnBefore.total();
                totalAfter = columnAfter.total();
            }
            by.put(grouping.code(), ReachGroups.compare(groups, columnBefore, columnAfter));
        }
        return new ChangeReport.ReachChange(totalBefore, totalAfter, by);
    }

    private static List<Message> narrative(
            LocalDate from,
            LocalDate to,
            ChangeReport.Membership joined,
            ChangeReport.Membership left,
            ChangeReport.Ties gained,
            ChangeReport.Ties lost,
            List<ChangeReport.TableChange> tables,
            ChangeReport.Scores scores,
            List<ChangeReport.Mover> movers,
            ChangeReport.ReachChange reach) {
        List<Message> s = new ArrayList<>();
        s.add(Message.of("period", "from", from.toString(), "to", to.toString()));
        members(s, "partnersJoined", joined.partners());
        members(s, "partnersLeft", left.partners());
        members(s, "personsJoined", joined.persons());
        members(s, "personsLeft", left.persons());
        int gainedCollaborations = gained.byKind().getOrDefault("collaborates", 0);
        if (gainedCollaborations > 0) {
            ChangeReport.SectorPair top = gained.bySectorPair().getFirst();
            s.add(
                    top.count() >= 2 && top.count() >= MOSTLY * gainedCollaborations
                            ? Message.of(
                                    "tiesGainedBetween",
                                    "count",
                                    gainedCollaborations,
                                    "sectors",
                                    top.sectors(),
                                    "sectorCount",
                                    top.count())
                            : Message.of("tiesGained", "count", gainedCollaborations));
        }
        int lostCollaborations = lost.byKind().getOrDefault("collaborates", 0);
        if (lostCollaborations > 0) {
            s.add(Message.of("tiesLost", "count", lostCollaborations));
        }
        for (ChangeReport.TableChange t : tables) {
            int in = t.joined().size();
            int out = t.left().size();
            if (in > 0 && out > 0) {
                s.add(Message.of("tableJoinedLeft", "table", t.name(), "joined", in, "left", out));
            } else if (in > 0) {
                s.add(Message.of("tableJoined", "table", t.name(), "joined", in));
            } else if (out > 0) {
                s.add(Message.of("tableLeft", "table", t.name(), "left", out));
            }
        }
        for (ChangeReport.ScoreChange score : scores.values()) {
            if (TOLD_SCORES.contains(score.score()) && score.delta() != null && score.delta() != 0.0) {
                s.add(Message.of(
                        "scoreChanged", "score", score.score(), "before", score.before(), "after", score.after()));
            }
        }
        movers.stream().filter(m -> m.moved() > 0).findFirst().ifPresent(m -> s.add(mover("moverUp", m)));
        movers.stream().filter(m -> m.moved() < 0).findFirst().ifPresent(m -> s.add(mover("moverDown", m)));
        for (ChangeReport.ReachGroup g : reach.by().get(FamilyReach.By.AGE_BAND.code())) {
            // the narrative is the same text for every reader: it tells only figures that no one reads masked
            if (g.changePercent() != null
                    && g.changePercent().shownTo(Audience.RESTRICTED) != null
                    && Math.abs(g.changePercent().intValue()) >= TOLD_PERCENT) {
                s.add(Message.of(
                        "reachChanged",
                        "group",
                        g.group(),
                        "familiesBefore",
                        g.familiesBefore(),
                        "familiesAfter",
                        g.familiesAfter(),
                        "changePercent",
                        g.changePercent().intValue()));
            }
        }
        return s;
    }

    private static Message mover(String code, ChangeReport.Mover m) {
        return Message.of(code, "partner", m.name(), "rankBefore", m.rankBefore(), "rankAfter", m.rankAfter());
    }

    private static void members(List<Message> s, String code, List<ChangeReport.Member> members) {
        if (!members.isEmpty()) {
            s.add(Message.of(
                    code,
                    "count",
                    members.size(),
                    "names",
                    members.stream().map(ChangeReport.Member::name).toList()));
        }
    }

    /** Referrals in the half-open window ({@code after}, {@code upTo}]. */
    static List<Referral> referrals(History h, LocalDate after, LocalDate upTo) {
        return h.referrals().stream()
                .filter(r -> r.date().isAfter(after) && !r.date().isAfter(upTo))
                .toList();
    }
}
