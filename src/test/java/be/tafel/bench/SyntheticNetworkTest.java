package be.tafel.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.bench.SyntheticNetwork.Scale;
import be.tafel.model.Network;
import be.tafel.model.Partner;
import be.tafel.model.Referral;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The town scale only: small, and generated in well under a second. */
class SyntheticNetworkTest {
    private static Network town;

    @BeforeAll
    static void generate() {
        town = new SyntheticNetwork(Scale.TOWN, 7L).generate();
    }

    @Test
    void sameSeedGivesAnEqualNetworkAndAnotherSeedAnother() {
        assertEquals(town, new SyntheticNetwork(Scale.TOWN, 7L).generate());
        assertNotEquals(town, new SyntheticNetwork(Scale.TOWN, 8L).generate());
    }

    @Test
    void hasTheTownsProportions() {
        assertEquals(100, town.partners().size());
        assertEquals(400, town.persons().size());
        assertEquals(300, town.services().size());
        assertEquals(5_000, town.families().size());
        assertEquals(30_000, town.referrals().size());
        assertEquals(3, town.tables().size());
        double meanDegree = 2.0 * town.collaborations().size() / town.partners().size();
        assertTrue(meanDegree > 6 && meanDegree < 30, "mean collaboration degree " + meanDegree);
        assertEquals(
                11, town.partners().stream().map(Partner::sector).distinct().count());
        assertEquals(
                8,
                town.families().stream().map(f -> f.neighbourhood()).distinct().count());
    }

    @Test
    void idsAreUniqueAndEveryReferenceResolves() {
        Set<String> ids = new HashSet<>();
        town.partners().forEach(p -> assertTrue(ids.add(p.id())));
        town.persons().forEach(p -> assertTrue(ids.add(p.id())));
        town.services().forEach(s -> assertTrue(ids.add(s.id())));
        town.families().forEach(f -> assertTrue(ids.add(f.id())));
        town.referrals().forEach(r -> assertTrue(ids.add(r.id())));
        for (Referral r : town.referrals()) {
            assertTrue(ids.contains(r.from()) && ids.contains(r.to()) && ids.contains(r.family()), r.toString());
            assertTrue(!r.date().isBefore(SyntheticNetwork.START) && !r.date().isAfter(SyntheticNetwork.END));
        }
        town.collaborations()
                .forEach(c -> assertTrue(ids.contains(c.a()) && ids.contains(c.b()) && !c.a().equals(c.b())));
        town.uses().forEach(u -> assertTrue(ids.contains(u.family()) && ids.contains(u.service())));
        town.supports().forEach(s -> assertTrue(ids.contains(s.person()) && ids.contains(s.family())));
        assertEquals(
                town.seats().size(),
                town.seats().stream().map(s -> s.key()).distinct().count());
    }

    @Test
    void partnerDegreesAreHeavyTailed() {
        Map<String, Integer> degree = new HashMap<>();
        town.collaborations().forEach(c -> {
            degree.merge(c.a(), 1, Integer::sum);
            degree.merge(c.b(), 1, Integer::sum);
        });
        List<Integer> sorted = degree.values().stream().sorted((a, b) -> b - a).toList();
        double mean = sorted.stream().mapToInt(Integer::intValue).average().orElseThrow();
        assertTrue(sorted.getFirst() > 3 * mean, "max " + sorted.getFirst() + " vs mean " + mean);
    }

    @Test
    void familiesAreReachedThroughAFewPartnersAndReferralsClusterInTime() {
        Map<String, List<Referral>> byFamily =
                town.referrals().stream().collect(Collectors.groupingBy(Referral::family));
        double spanDays = 0;
        int counted = 0;
        for (List<Referral> rs : byFamily.values()) {
            if (rs.size() >= 2 && rs.size() <= 3) {
                long min =
                        rs.stream().mapToLong(r -> r.date().toEpochDay()).min().orElseThrow();
                long max =
                        rs.stream().mapToLong(r -> r.date().toEpochDay()).max().orElseThrow();
                spanDays += max - min;
                counted++;
            }
        }
        // one episode of a few weeks, not spread over the three years (uniform would give about 500 days)
        assertTrue(spanDays / counted < 120, "mean span " + spanDays / counted);
        double meanPartnersPerFamily = town.uses().stream()
                .collect(Collectors.groupingBy(u -> u.family(), Collectors.counting()))
                .values()
                .stream()
                .mapToLong(Long::longValue)
                .average()
                .orElseThrow();
        assertTrue(meanPartnersPerFamily >= 1 && meanPartnersPerFamily <= 4);
    }
}
