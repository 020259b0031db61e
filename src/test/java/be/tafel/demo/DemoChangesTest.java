package be.tafel.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.model.Collaboration;
import be.tafel.model.Network;
import be.tafel.model.Partner;
import be.tafel.model.Person;
import be.tafel.model.Referral;
import be.tafel.model.Service;
import be.tafel.model.Use;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The changes planted in the demo, checked on the generated network itself. */
class DemoChangesTest {
    private static Network net;
    private static Map<String, String> partnerOf;
    private static Map<String, Partner> partners;

    @BeforeAll
    static void generate() {
        net = new DemoNetwork().generate();
        partnerOf = new HashMap<>();
        net.services().forEach(s -> partnerOf.put(s.id(), s.provider()));
        net.persons().forEach(p -> partnerOf.put(p.id(), p.worksFor()));
        partners = net.partners().stream().collect(Collectors.toMap(Partner::id, p -> p));
    }

    private static String partnerOf(String id) {
        return partnerOf.getOrDefault(id, id);
    }

    @Test
    void joinedAndLeftPartnersCarryTheirDatesAndNothingOfThemHoldsOutsideThem() {
        DemoChanges.JOINED.forEach(
                (id, day) -> assertEquals(day, partners.get(id).since(), id));
        DemoChanges.LEFT.forEach((id, day) -> assertEquals(day, partners.get(id).until(), id));
        for (Collaboration c : net.collaborations()) {
            for (String end : List.of(c.a(), c.b())) {
                Partner p = partners.get(end);
                assertTrue(p.since() == null || !c.period().since().isBefore(p.since()), c.toString());
                assertTrue(
                        p.until() == null
                                || (c.period().until() != null
                                        && !c.period().until().isAfter(p.until())),
                        c.toString());
            }
        }
        Map<String, String> providers =
                net.services().stream().collect(Collectors.toMap(Service::id, Service::provider));
        for (Use u : net.uses()) {
            Partner p = partners.get(providers.get(u.service()));
            assertTrue(p.since() == null || !u.period().since().isBefore(p.since()), u.toString());
        }
        for (Referral r : net.referrals()) {
            Partner to = partners.get(partnerOf(r.to()));
            assertTrue(to.period().contains(r.date()) || isPlanted(r), r.toString());
        }
        for (Person p : net.persons()) {
            assertFalse(DemoChanges.JOINED.containsKey(p.worksFor()) || DemoChanges.LEFT.containsKey(p.worksFor()));
        }
        // every partner in the network at the end has a tie then
        assertTrue(net.partners().stream()
                .filter(p -> p.period().contains(DemoTown.END))
                .allMatch(p -> net.collaborations().stream()
                        .anyMatch(c -> (c.a().equals(p.id()) || c.b().equals(p.id()))
                                && c.period().contains(DemoTown.END))));
    }

    private static boolean isPlanted(Referral r) {
        return partnerOf(r.from()).equals(DemoChanges.ONE_WAY_FROM)
                || partnerOf(r.from()).startsWith(DemoChanges.LOOP_A);
    }

    @Test
    void tiesGainedSinceDecember2025AreMostlyBetweenSchoolsAndWelfare() {
        Map<String, Long> bySectors = net.collaborations().stream()
                .filter(c -> !c.period().since().isBefore(DemoChanges.NEW_TIES_FROM))
                .collect(Collectors.groupingBy(c -> sectors(c), Collectors.counting()));
        String top = bySectors.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        assertEquals("school|welfare", top, bySectors.toString());
        assertTrue(bySectors.get(top) >= DemoChanges.NEW_TIES, bySectors.toString());
    }

    private static String sectors(Collaboration c) {
        List<String> s = new java.util.ArrayList<>(
                List.of(partners.get(c.a()).sector(), partners.get(c.b()).sector()));
        java.util.Collections.sort(s);
        return s.get(0) + "|" + s.get(1);
    }

    @Test
    void theOneWayRelationIsNeverUsedBackAndLoopsGoThereAndBackForTheSameFamily() {
        long there = net.referrals().stream()
                .filter(r -> partnerOf(r.from()).equals(DemoChanges.ONE_WAY_FROM)
                        && partnerOf(r.to()).equals(DemoChanges.ONE_WAY_TO))
                .count();
        long back = net.referrals().stream()
                .filter(r -> partnerOf(r.from()).equals(DemoChanges.ONE_WAY_TO)
                        && partnerOf(r.to()).equals(DemoChanges.ONE_WAY_FROM))
                .count();
        assertTrue(there >= DemoChanges.ONE_WAY_REFERRALS, "one way: " + there);
        assertEquals(0, back);
        Map<String, List<Referral>> byFamily = net.referrals().stream()
                .filter(r -> r.from().equals(DemoChanges.LOOP_A) && r.to().equals(DemoChanges.LOOP_B)
                        || r.from().equals(DemoChanges.LOOP_B) && r.to().equals(DemoChanges.LOOP_A))
                .collect(Collectors.groupingBy(Referral::family));
        long loops = byFamily.values().stream()
                .filter(rs -> rs.stream().map(Referral::from).distinct().count() == 2)
                .count();
        assertTrue(loops >= DemoChanges.LOOP_FAMILIES, "loops " + loops);
    }
}
