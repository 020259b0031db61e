package be.tafel.change;

import be.tafel.model.Coded;
import be.tafel.model.Family;
import be.tafel.model.Referral;
import be.tafel.model.ReferralStatus;
import be.tafel.privacy.FamilyCount;
import be.tafel.privacy.FamilyCounts;
import be.tafel.privacy.FamilyRows;
import be.tafel.privacy.NodeRef;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where referrals go and how they end ({@code GET /api/analysis/referral-flows}): a matrix from sector to
 * sector or partner to partner (a person counts as its partner, a service as its provider) with the
 * outcome of each cell, plus the patterns the practice guides ask about: dead ends, one-way relations,
 * loops (A to B to A for the same family) and families referred again and again without a completion.
 */
public final class ReferralFlows {
    /** A receiver is a dead end with at least this many incoming referrals ... */
    public static final int DEAD_END_MIN_INCOMING = 10;
    /** ... of which more than this share ends waitlisted or dropped. */
    public static final double DEAD_END_SHARE = 0.5;
    /** A relation is one-way with at least this many referrals one way and none back. */
    public static final int ONE_WAY_MIN = 5;
    /** Families referred this many times or more without one completion. */
    public static final int REPEATED = 3;

    /** Group referral ends by sector or by partner. */
    public enum By implements Coded {
        SECTOR("sector"),
        PARTNER("partner");

        private final String code;

        By(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    public record Answer(
            String by,
            LocalDate from,
            LocalDate to,
            List<String> statuses,
            int referrals,
            List<Cell> cells,
            List<DeadEnd> deadEnds,
            List<OneWay> oneWay,
            Loops loops,
            Repeated repeatedWithoutCompletion) {}

    /**
     * One cell: referrals from {@code source} to {@code target}, how many ended completed, waitlisted or
     * dropped, how many are still open (proposed or accepted), their shares of {@code count}, and the median
     * days from referral to completion over those with a completion day (null when none has one).
     */
    public record Cell(
            String source,
            String target,
            String sourceName,
            String targetName,
            int count,
            int completed,
            int waitlisted,
            int dropped,
            int open,
            double completedShare,
            double waitlistedShare,
            double droppedShare,
            double openShare,
            Double medianDaysToCompletion) {}

    /** A receiver whose incoming referrals mostly end waitlisted or dropped. */
    public record DeadEnd(String id, String name, int incoming, int waitlisted, int dropped, double share) {}

    /** Referrals from {@code source} to {@code target} and none back. */
    public record OneWay(String source, String target, String sourceName, String targetName, int count) {}

    /**
     * Families referred from partner A to B and later from B back to A: per pair of partners, and in total.
     * The pairs' counts are one {@code FamilyCounts} group; the total (a family may loop between several pairs)
     * reads null while a pair's count is masked. Family ids only for brokers ({@code FamilyRows}).
     */
    public record Loops(FamilyCount families, List<LoopPair> pairs) {}

    public record LoopPair(
            String a, String b, String aName, String bName, FamilyCount families, List<NodeRef> familyIds) {}

    public record Repeated(int minimum, FamilyCount families, List<NodeRef> familyIds) {}

    private ReferralFlows() {}

    /** {@code statuses}: the outcomes counted (all when empty). */
    public static Answer of(History h, By by, LocalDate from, LocalDate to, Set<ReferralStatus> statuses) {
        List<Referral> counted = new ArrayList<>();
        for (Referral r : h.referrals()) {
            if (!r.date().isBefore(from)
                    && !r.date().isAfter(to)
                    && (statuses.isEmpty() || statuses.contains(r.status()))
                    && h.partnerOf(r.from()) != null
                    && h.partnerOf(r.to()) != null) {
                counted.add(r);
            }
        }
        Map<List<String>, List<Referral>> byCell = new HashMap<>();
        for (Referral r : counted) {
            byCell.computeIfAbsent(List.of(group(h, by, r.from()), group(h, by, r.to())), k -> new ArrayList<>())
                    .add(r);
        }
        List<Cell> cells = new ArrayList<>();
        byCell.forEach((key, rs) -> cells.add(cell(h, by, key.get(0), key.get(1), rs)));
        cells.sort(Comparator.comparingInt(Cell::count)
                .reversed()
                .thenComparing(Cell::source)
                .thenComparing(Cell::target));
        List<String> codes = (statuses.isEmpty()
                        ? List.of(ReferralStatus.values())
                        : statuses.stream().sorted().toList())
                .stream().map(Coded::code).toList();
        return new Answer(
                by.code(),
                from,
                to,
                codes,
                counted.size(),
                cells,
                deadEnds(h, by, cells),
                oneWay(h, by, byCell),
                loops(h, counted, FamilyRows.forCurrentAudience()),
                repeated(h, counted, FamilyRows.forCurrentAudience()));
    }

    private static String group(History h, By by, String end) {
        String partner = h.partnerOf(end);
        return by == By.PARTNER ? partner : h.sectorOf(partner);
    }

    private static String name(History h, By by, String group) {
        return by == By.PARTNER ? h.nameOf(group) : group;
    }

    private static Cell cell(History h, By by, String source, String target, List<Referral> rs) {
        int completed = 0;
        int waitlisted = 0;
        int dropped = 0;
        List<Long> days = new ArrayList<>();
        for (Referral r : rs) {
            switch (r.status()) {
                case COMPLETED -> {
                    completed++;
                    if (r.completedOn() != null) {
                        days.add(ChronoUnit.DAYS.between(r.date(), r.completedOn()));
                    }
                }
                case WAITLISTED -> waitlisted++;
                case DROPPED -> dropped++;
                default -> {}
            }
        }
        int n = rs.size();
        int open = n - completed - waitlisted - dropped;
        return new Cell(
                source,
                target,
                name(h, by, source),
                name(h, by, target),
                n,
                completed,
                waitlisted,
                dropped,
                open,
                share(completed, n),
                share(waitlisted, n),
                share(dropped, n),
                share(open, n),
                median(days));
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : ChangeAnalysis.round((double) part / whole);
    }

    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2.0;
    }

    private static List<DeadEnd> deadEnds(History h, By by, List<Cell> cells) {
        Map<String, int[]> incoming = new TreeMap<>(); // count, waitlisted, dropped
        for (Cell c : cells) {
            int[] in = incoming.computeIfAbsent(c.target(), k -> new int[3]);
            in[0] += c.count();
            in[1] += c.waitlisted();
            in[2] += c.dropped();
        }
        List<DeadEnd> ends = new ArrayList<>();
        incoming.forEach((target, in) -> {
            double share = (double) (in[1] + in[2]) / in[0];
            if (in[0] >= DEAD_END_MIN_INCOMING && share > DEAD_END_SHARE) {
                ends.add(new DeadEnd(target, name(h, by, target), in[0], in[1], in[2], ChangeAnalysis.round(share)));
            }
        });
        ends.sort(Comparator.comparingDouble(DeadEnd::share).reversed().thenComparing(DeadEnd::id));
        return ends;
    }

    private static List<OneWay> oneWay(History h, By by, Map<List<String>, List<Referral>> byCell) {
        List<OneWay> ways = new ArrayList<>();
        byCell.forEach((key, rs) -> {
            String a = key.get(0);
            String b = key.get(1);
            if (!a.equals(b) && rs.size() >= ONE_WAY_MIN && !byCell.containsKey(List.of(b, a))) {
                ways.add(new OneWay(a, b, name(h, by, a), name(h, by, b), rs.size()));
            }
        });
        ways.sort(Comparator.comparingInt(OneWay::count)
                .reversed()
                .thenComparing(OneWay::source)
                .thenComparing(OneWay::target));
        return ways;
    }

    /** Per family, per ordered partner pair, its referrals in date order: A to B, then later B to A, is a loop. */
    private static Loops loops(History h, List<Referral> counted, FamilyRows rows) {
        Map<String, List<Referral>> byFamily = new HashMap<>();
        for (Referral r : counted) {
            byFamily.computeIfAbsent(r.family(), k -> new ArrayList<>()).add(r);
        }
        Map<List<String>, Set<String>> pairs =
                new TreeMap<>(Comparator.comparing((List<String> p) -> p.get(0)).thenComparing(p -> p.get(1)));
        Set<String> looping = new HashSet<>();
        byFamily.forEach((family, rs) -> {
            rs.sort(Comparator.comparing(Referral::date));
            Map<String, LocalDate> firstThere = new HashMap<>();
            for (Referral r : rs) {
                String a = h.partnerOf(r.from());
                String b = h.partnerOf(r.to());
                if (a.equals(b)) {
                    continue;
                }
                LocalDate back = firstThere.get(b + "|" + a);
                if (back != null && r.date().isAfter(back)) {
                    List<String> pair = a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
                    pairs.computeIfAbsent(pair, k -> new HashSet<>()).add(family);
                    looping.add(family);
                }
                firstThere.putIfAbsent(a + "|" + b, r.date());
            }
        });
        FamilyCounts counts = FamilyCounts.adding();
        List<LoopPair> list = new ArrayList<>();
        pairs.forEach((pair, families) -> list.add(new LoopPair(
                pair.get(0),
                pair.get(1),
                h.nameOf(pair.get(0)),
                h.nameOf(pair.get(1)),
                counts.cell(families.size()),
                refs(h, families, rows))));
        list.sort(Comparator.comparingInt(
                        (LoopPair p) -> -pairs.get(List.of(p.a(), p.b())).size())
                .thenComparing(LoopPair::a)
                .thenComparing(LoopPair::b));
        return new Loops(counts.union(looping.size()), list);
    }

    /** The families as the audience may see them: their ids for brokers, else null (no row names a family). */
    private static List<NodeRef> refs(History h, Collection<String> families, FamilyRows rows) {
        List<NodeRef> refs = families.stream()
                .sorted()
                .map(id -> {
                    Family f = h.family(id);
                    return NodeRef.family(id, f == null ? null : f.neighbourhood());
                })
                .toList();
        List<NodeRef> visible = rows.visible(refs);
        return visible.isEmpty() ? null : visible;
    }

    private static Repeated repeated(History h, List<Referral> counted, FamilyRows rows) {
        Map<String, int[]> perFamily = new HashMap<>(); // referrals, completions
        for (Referral r : counted) {
            int[] n = perFamily.computeIfAbsent(r.family(), k -> new int[2]);
            n[0]++;
            if (r.status() == ReferralStatus.COMPLETED) {
                n[1]++;
            }
        }
        List<String> families = perFamily.entrySet().stream()
                .filter(e -> e.getValue()[0] >= REPEATED && e.getValue()[1] == 0)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        return new Repeated(REPEATED, FamilyCount.of(families.size()), refs(h, families, rows));
    }
}
