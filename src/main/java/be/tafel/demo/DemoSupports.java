package be.tafel.demo;

import static be.tafel.demo.DemoTown.*;

import be.tafel.model.AgeBand;
import be.tafel.model.Period;
import be.tafel.model.Support;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which families each person supports: families in their area whose needs match what their employer
 * does. Kouterveld is left to one bridge figure alone.
 */
final class DemoSupports {
    private final DemoRandom random;
    private final Map<String, DemoPartners.Entry> partners;

    DemoSupports(DemoRandom random, Map<String, DemoPartners.Entry> partners) {
        this.random = random;
        this.partners = partners;
    }

    List<Support> generate(List<DemoPeople.Worker> workers, List<DemoFamilies.Life> lives) {
        List<Support> supports = new ArrayList<>();
        for (DemoPeople.Worker worker : workers) {
            for (DemoFamilies.Life life : caseload(worker, lives)) {
                supports.add(new Support(worker.id(), life.id(), period(life)));
            }
        }
        for (DemoFamilies.Life life : lives) {
            if (life.family().neighbourhood().equals(KOUTERVELD)) {
                supports.add(new Support(DemoNetwork.ISOLATING_BRIDGE_FIGURE, life.id(), period(life)));
            }
        }
        return List.copyOf(supports);
    }

    private List<DemoFamilies.Life> caseload(DemoPeople.Worker worker, List<DemoFamilies.Life> lives) {
        if (worker.caseload() == 0) {
            return List.of();
        }
        DemoPartners.Entry employer = partners.get(worker.person().worksFor());
        double[] weights = new double[lives.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = fit(worker, employer, lives.get(i));
        }
        double[] cumulative = DemoFamilies.cumulative(weights);
        Set<Integer> picked = new HashSet<>();
        List<DemoFamilies.Life> families = new ArrayList<>();
        for (int attempt = 0; families.size() < worker.caseload() && attempt < worker.caseload() * 20; attempt++) {
            int i = random.cumulative(cumulative);
            if (weights[i] > 0 && picked.add(i)) {
                families.add(lives.get(i));
            }
        }
        return families;
    }

    private static double fit(DemoPeople.Worker worker, DemoPartners.Entry employer, DemoFamilies.Life life) {
        String home = life.family().neighbourhood();
        if (home.equals(KOUTERVELD)) {
            return 0;
        }
        List<String> area = worker.focus().isEmpty() ? employer.partner().neighbourhoods() : worker.focus();
        double place = area.size() >= TOWN.size() ? 1 : area.contains(home) ? 5 : 0.3;
        boolean needMatch = false;
        for (String need : life.family().needs()) {
            needMatch |= employer.partner().domains().contains(need);
        }
        return place * (needMatch ? 3 : 0.4) * (agesMatch(employer, life) ? 2 : 0.2);
    }

    private static boolean agesMatch(DemoPartners.Entry employer, DemoFamilies.Life life) {
        for (DemoPartners.Offer offer : employer.offers()) {
            for (AgeBand band : life.family().childAgeBands()) {
                int[] years = DemoUses.years(band);
                if (offer.ageMin() <= years[1] && offer.ageMax() >= years[0]) {
                    return true;
                }
            }
        }
        return false;
    }

    private Period period(DemoFamilies.Life life) {
        LocalDate since =
                random.day(life.start(), DemoFamilies.earlier(life.start().plusDays(365), life.last()));
        if (life.end() != null) {
            return new Period(since, life.end());
        }
        LocalDate earliestEnd = since.plusDays(60);
        if (random.chance(0.35) && earliestEnd.isBefore(END)) {
            return new Period(since, random.day(earliestEnd, END.minusDays(1)));
        }
        return new Period(since, null);
    }
}
