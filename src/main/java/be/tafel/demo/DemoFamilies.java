package be.tafel.demo;

import static be.tafel.demo.DemoTown.*;

import be.tafel.model.AgeBand;
import be.tafel.model.Family;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Pseudonymous families over the neighbourhoods, each with the window in which the network reaches it. */
final class DemoFamilies {
    static final int COUNT = 3200;

    /** When teenagers' families slip out of sight: progressively over the last year. */
    static final LocalDate FADE_FROM = LocalDate.of(2025, 11, 1);

    static final LocalDate FADE_TO = LocalDate.of(2026, 10, 15);
    /** Teen families are all known well before the fade starts, so the fade is what the data shows. */
    private static final LocalDate LAST_TEEN_ARRIVAL = LocalDate.of(2025, 6, 30);

    private static final LocalDate KNOWN_BEFORE_FROM = LocalDate.of(2023, 6, 1);
    private static final double FADE_SHARE = 0.75;

    private static final Set<String> VULNERABLE = Set.of(STATIONSWIJK, SCHELDEKANT, KOUTERVELD);
    private static final Set<String> HARDSHIP = Set.of(WELFARE, WORK, HOUSING, INCOME);

    /**
     * A family and the days the network first and last reaches it; {@code end} is null while it stays in
     * reach.
     */
    record Life(Family family, LocalDate start, LocalDate end) {
        String id() {
            return family.id();
        }

        boolean has(AgeBand band) {
            return family.childAgeBands().contains(band);
        }

        /** The last day anything of this family can happen in the demo's three years. */
        LocalDate last() {
            return end == null ? END : end;
        }
    }

    private final DemoRandom random;

    DemoFamilies(DemoRandom random) {
        this.random = random;
    }

    List<Life> generate() {
        double[] share = cumulative(FAMILY_SHARE);
        List<Life> lives = new ArrayList<>(COUNT);
        for (int i = 1; i <= COUNT; i++) {
            String where = NEIGHBOURHOODS.get(random.cumulative(share));
            List<AgeBand> bands = bands();
            Family family = new Family(id("fam-", i, 5), where, bands, needs(where, bands));
            lives.add(life(family));
        }
        return List.copyOf(lives);
    }

    private List<AgeBand> bands() {
        int count = random.weighted(new double[] {55, 35, 10}) + 1;
        double[] weight = {0.22, 0.24, 0.32, 0.22};
        EnumSet<AgeBand> bands = EnumSet.noneOf(AgeBand.class);
        while (bands.size() < count) {
            int i = random.weighted(weight);
            bands.add(AgeBand.values()[i]);
            weight[i] = 0;
        }
        return List.copyOf(bands);
    }

    private List<String> needs(String where, List<AgeBand> bands) {
        boolean young = bands.contains(AgeBand.INFANT) || bands.contains(AgeBand.TODDLER);
        boolean child = bands.contains(AgeBand.CHILD);
        boolean teen = bands.contains(AgeBand.TEEN);
        double hardship = VULNERABLE.contains(where) ? 1.6 : 1.0;
        List<String> needs = new ArrayList<>();
        for (String domain : DOMAINS) {
            double p = switch (domain) {
                case CHILDCARE -> young ? 0.45 : child ? 0.15 : 0.02;
                case EDUCATION -> young && !child && !teen ? 0.12 : 0.35;
                case WELFARE -> 0.26;
                case HEALTH -> young ? 0.42 : 0.28;
                case LEISURE -> 0.3;
                case WORK -> 0.13;
                case HOUSING -> 0.22;
                case INCOME -> 0.19;
                case PARENTING -> young ? 0.4 : 0.25;
                case YOUTH_WORK -> teen ? 0.3 : child ? 0.1 : 0.0;
                default -> 0.0;
            };
            if (random.chance(HARDSHIP.contains(domain) ? Math.min(0.9, p * hardship) : p)) {
                needs.add(domain);
            }
        }
        if (needs.isEmpty()) {
            needs.add(young ? PARENTING : EDUCATION);
        }
        return needs;
    }

    private Life life(Family family) {
        boolean teen = family.childAgeBands().contains(AgeBand.TEEN);
        LocalDate start = random.chance(0.65)
                ? random.day(KNOWN_BEFORE_FROM, START.minusDays(1))
                : random.day(START, teen ? LAST_TEEN_ARRIVAL : END.minusDays(30));
        LocalDate end = null;
        if (teen && random.chance(FADE_SHARE)) {
            end = random.day(FADE_FROM, FADE_TO);
        } else if (random.chance(0.08)) {
            LocalDate earliest = later(start.plusDays(120), START.plusDays(30));
            end = earliest.isBefore(END) ? random.day(earliest, END.minusDays(1)) : null;
        }
        return new Life(family, start, end);
    }

    /** An id with a zero-padded number, e.g. fam-00042 (String.format is needlessly slow here). */
    static String id(String prefix, int number, int digits) {
        String text = Integer.toString(number);
        return prefix + "0".repeat(Math.max(0, digits - text.length())) + text;
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static double[] cumulative(double[] weights) {
        double[] sums = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i];
            sums[i] = total;
        }
        return sums;
    }
}
