package be.tafel.demo;

import static be.tafel.demo.DemoTown.*;

import be.tafel.model.AgeBand;
import be.tafel.model.Period;
import be.tafel.model.Service;
import be.tafel.model.Use;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which services each family uses: a school for every school-age child, the consultation bureau and
 * childcare for the youngest, and an offer for some of its needs, mostly close to home.
 */
final class DemoUses {
    private static final int TOWN_WIDE = 7;

    private final DemoRandom random;
    private final List<Service> services;
    private final Map<String, DemoPartners.Entry> partners;
    /** How much families favour each service, by index. */
    private final double[] appeal;
    /** Service indices per life domain, and the schools, so that a draw looks only at what can fit. */
    private final Map<String, List<Integer>> byDomain = new HashMap<>();

    private final List<Integer> schools = new ArrayList<>();
    private final List<Integer> leisure = new ArrayList<>();

    DemoUses(DemoRandom random, List<Service> services, Map<String, DemoPartners.Entry> partners) {
        this.random = random;
        this.services = services;
        this.partners = partners;
        this.appeal = new double[services.size()];
        Set<String> popular = Set.copyOf(DemoNetwork.UNCONNECTED_PARTNERS);
        for (int i = 0; i < appeal.length; i++) {
            Service s = services.get(i);
            DemoPartners.Entry provider = partners.get(s.provider());
            // The unconnected partners are popular with families, which is why their silence matters.
            appeal[i] = Math.sqrt(provider.weight()) * (popular.contains(s.provider()) ? 2.5 : 1.0);
            byDomain.computeIfAbsent(s.domain(), k -> new ArrayList<>()).add(i);
            if (provider.partner().sector().equals("school") && s.domain().equals(EDUCATION)) {
                schools.add(i);
            }
            if (s.domain().equals(LEISURE) || s.domain().equals(YOUTH_WORK)) {
                leisure.add(i);
            }
        }
    }

    List<Use> generate(List<DemoFamilies.Life> lives) {
        List<Use> uses = new ArrayList<>();
        for (DemoFamilies.Life life : lives) {
            if (life.family().neighbourhood().equals(KOUTERVELD)) {
                continue;
            }
            for (int i : choose(life)) {
                uses.add(new Use(life.id(), services.get(i).id(), period(life, i)));
            }
        }
        return List.copyOf(uses);
    }

    private Set<Integer> choose(DemoFamilies.Life life) {
        Set<Integer> chosen = new LinkedHashSet<>();
        for (AgeBand band : life.family().childAgeBands()) {
            basics(life, band, age(band), chosen);
        }
        for (String need : life.family().needs()) {
            if (random.chance(need.equals(HOUSING) ? 0.35 : 0.5)) {
                add(chosen, life, domain(need), s -> fitsAnyChild(s, life), 3);
            }
        }
        return chosen;
    }

    private void basics(DemoFamilies.Life life, AgeBand band, int age, Set<Integer> chosen) {
        switch (band) {
            case INFANT -> {
                if (random.chance(0.8)) {
                    add(chosen, life, domain(HEALTH), s -> s.ageMax() <= 3 && holds(s, age), 5);
                }
                if (random.chance(0.5)) {
                    add(chosen, life, domain(CHILDCARE), s -> holds(s, age), 4);
                }
            }
            case TODDLER, CHILD -> {
                add(chosen, life, schools, s -> holds(s, age), 8);
                if (random.chance(band == AgeBand.TODDLER ? 0.35 : 0.3)) {
                    add(chosen, life, domain(CHILDCARE), s -> holds(s, age), 4);
                }
                if (band == AgeBand.CHILD && random.chance(0.45)) {
                    add(chosen, life, leisure, s -> holds(s, age), 3);
                }
            }
            case TEEN -> {
                add(chosen, life, schools, s -> holds(s, age), 3);
                if (random.chance(0.35)) {
                    add(chosen, life, leisure, s -> holds(s, age), 2);
                }
            }
        }
    }

    private List<Integer> domain(String domain) {
        return byDomain.getOrDefault(domain, List.of());
    }

    /** Draws one service from the pool that fits and is not chosen yet, favouring those close to home. */
    private void add(
            Set<Integer> chosen,
            DemoFamilies.Life life,
            List<Integer> pool,
            Predicate<Service> fits,
            double localBoost) {
        String home = life.family().neighbourhood();
        double[] weights = new double[pool.size()];
        for (int k = 0; k < weights.length; k++) {
            int i = pool.get(k);
            Service s = services.get(i);
            if (!chosen.contains(i) && fits.test(s)) {
                weights[k] = appeal[i] * (home.equals(s.neighbourhood()) ? localBoost : 1) * (serves(s, home) ? 2 : 1);
            }
        }
        int pick = random.weighted(weights);
        if (pick >= 0) {
            chosen.add(pool.get(pick));
        }
    }

    /** A partner that names the neighbourhood among a few, rather than working town-wide. */
    private boolean serves(Service s, String home) {
        List<String> where = partners.get(s.provider()).partner().neighbourhoods();
        return where.size() < TOWN_WIDE && where.contains(home);
    }

    private Period period(DemoFamilies.Life life, int service) {
        LocalDate last = life.last();
        LocalDate since = schools.contains(service)
                ? life.start()
                : random.day(life.start(), DemoFamilies.earlier(life.start().plusDays(90), last));
        if (life.end() != null) {
            return new Period(since, life.end());
        }
        LocalDate earliestEnd = since.plusDays(90);
        if (random.chance(0.18) && earliestEnd.isBefore(END)) {
            return new Period(since, random.day(earliestEnd, END.minusDays(1)));
        }
        return new Period(since, null);
    }

    private int age(AgeBand band) {
        int[] years = years(band);
        return random.between(years[0], years[1]);
    }

    private static boolean holds(Service s, int age) {
        return s.ageMin() <= age && age <= s.ageMax();
    }

    static boolean fitsAnyChild(Service s, DemoFamilies.Life life) {
        for (AgeBand band : life.family().childAgeBands()) {
            int[] years = years(band);
            if (s.ageMin() <= years[1] && s.ageMax() >= years[0]) {
                return true;
            }
        }
        return false;
    }

    /** The band's ages in whole years, both ends included. */
    static int[] years(AgeBand band) {
        return switch (band) {
            case INFANT -> new int[] {0, 2};
            case TODDLER -> new int[] {3, 5};
            case CHILD -> new int[] {6, 11};
            case TEEN -> new int[] {12, 17};
        };
    }
}
