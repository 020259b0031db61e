package be.tafel.demo;

import static be.tafel.demo.DemoTown.END;
import static be.tafel.demo.DemoTown.START;

import be.tafel.model.Collaboration;
import be.tafel.model.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Who works with whom. Ties follow the partners' weights (a Chung-Lu random graph), so the family
 * centre, the CLB and the OCMW know almost everyone while a sport club knows a few: high degree
 * centralisation, as in the published networks. The unconnected partners never tie with the steering group.
 */
final class DemoCollaborations {
    /** Average number of collaborating partners; the published networks' 20-26 contacts is the upper end. */
    private static final double MEAN_DEGREE = 10;
    /** The hubs (family centre, CLB, OCMW) know most partners whatever their weight: the gatekeepers. */
    private static final double HUB_WEIGHT = 25;

    private static final double HUB_REACH = 0.75;
    private static final List<String> KINDS = List.of(
            "joint-activity",
            "referral-agreement",
            "information-exchange",
            "joint-project",
            "shared-location",
            "case-consultation");
    /** Sectors that work together by the nature of their work. */
    private static final Set<String> NATURAL_PAIRS = Set.of(
            "pupil-guidance|school",
            "childcare|health",
            "childcare|school",
            "sport|youth-work",
            "social-welfare|welfare",
            "family-centre|health",
            "culture|youth-work",
            "employment|social-welfare",
            "housing|social-welfare",
            "library|school");

    private static final LocalDate OLDEST = LocalDate.of(2019, 1, 1);

    private final DemoRandom random;
    private final List<DemoPartners.Entry> entries;
    private final Set<String> steering;
    private final Set<String> unconnected = Set.copyOf(DemoNetwork.UNCONNECTED_PARTNERS);
    private final double[] activity;
    private final double scale;

    /** {@code steering}: every partner that ever sat at the steering table. */
    DemoCollaborations(DemoRandom random, List<DemoPartners.Entry> entries, Set<String> steering) {
        this.random = random;
        this.entries = entries;
        this.steering = steering;
        this.activity = new double[entries.size()];
        double total = 0;
        for (int i = 0; i < activity.length; i++) {
            activity[i] = Math.min(1.0, entries.get(i).weight() / 27.0);
            total += activity[i];
        }
        this.scale = MEAN_DEGREE * activity.length / (total * total);
    }

    List<Collaboration> generate() {
        List<Collaboration> ties = new ArrayList<>();
        int[] degree = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                if (allowed(i, j) && random.chance(probability(i, j))) {
                    ties.add(tie(i, j));
                    degree[i]++;
                    degree[j]++;
                }
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            if (degree[i] == 0) {
                Collaboration tie = tie(i, strongestAllowed(i));
                // A partner's only tie must hold over the whole three years, or it drops out of the view.
                ties.add(new Collaboration(
                        tie.a(), tie.b(), tie.kind(), tie.strength(), tie.trust(), new Period(OLDEST, null)));
            }
        }
        return List.copyOf(ties);
    }

    private boolean allowed(int i, int j) {
        String a = entries.get(i).id();
        String b = entries.get(j).id();
        return !(unconnected.contains(a) && steering.contains(b) || unconnected.contains(b) && steering.contains(a));
    }

    private double probability(int i, int j) {
        double p = scale * activity[i] * activity[j];
        if (NATURAL_PAIRS.contains(pair(i, j))) {
            p *= 2.5;
        }
        if (sharesNeighbourhood(i, j)) {
            p *= 1.5;
        }
        if (steering.contains(entries.get(i).id())
                && steering.contains(entries.get(j).id())) {
            p *= 3;
        }
        if (entries.get(i).weight() >= HUB_WEIGHT || entries.get(j).weight() >= HUB_WEIGHT) {
            p = Math.max(p, HUB_REACH);
        }
        return Math.min(0.95, p);
    }

    private String pair(int i, int j) {
        List<String> sectors = new ArrayList<>(List.of(
                entries.get(i).partner().sector(), entries.get(j).partner().sector()));
        Collections.sort(sectors);
        return sectors.get(0) + "|" + sectors.get(1);
    }

    private boolean sharesNeighbourhood(int i, int j) {
        List<String> a = entries.get(i).partner().neighbourhoods();
        List<String> b = entries.get(j).partner().neighbourhoods();
        return a.size() <= 3 && b.size() <= 3 && a.stream().anyMatch(b::contains);
    }

    private int strongestAllowed(int i) {
        int best = -1;
        for (int j = 0; j < entries.size(); j++) {
            if (j != i
                    && allowed(i, j)
                    && (best < 0 || entries.get(j).weight() > entries.get(best).weight())) {
                best = j;
            }
        }
        return best;
    }

    private Collaboration tie(int i, int j) {
        String kind = pair(i, j).equals("pupil-guidance|school") ? "case-consultation" : random.pick(KINDS);
        double closeness = Math.sqrt(Math.min(activity[i], activity[j]));
        int strength = clamp((int) Math.round(1 + 3.5 * closeness + random.nextDouble() * 1.6 - 0.5));
        int trust = clamp(strength + random.between(-1, 1) + (random.chance(0.3) ? 1 : 0));
        return new Collaboration(entries.get(i).id(), entries.get(j).id(), kind, strength, trust, period());
    }

    private Period period() {
        LocalDate since = random.chance(0.72)
                ? random.day(OLDEST, START.minusDays(1))
                : random.day(START, DemoChanges.NEW_TIES_FROM.minusDays(1)); // the last year's new ties are planted
        LocalDate earliestEnd = DemoFamilies.later(since.plusDays(180), START.plusDays(60));
        if (random.chance(0.1) && earliestEnd.isBefore(END)) {
            return new Period(since, random.day(earliestEnd, END.minusDays(1)));
        }
        return new Period(since, null);
    }

    private static int clamp(int score) {
        return Math.max(1, Math.min(5, score));
    }
}
