package be.tafel.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.model.Access;
import be.tafel.model.AgeBand;
import be.tafel.model.Collaboration;
import be.tafel.model.Family;
import be.tafel.model.Network;
import be.tafel.model.Partner;
import be.tafel.model.PartnerKind;
import be.tafel.model.Period;
import be.tafel.model.Person;
import be.tafel.model.PersonRole;
import be.tafel.model.Referral;
import be.tafel.model.ReferralStatus;
import be.tafel.model.Seat;
import be.tafel.model.Service;
import be.tafel.model.Support;
import be.tafel.model.Table;
import be.tafel.model.TableKind;
import be.tafel.model.Use;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoNetworkTest {
    private static final LocalDate AT = DemoTown.END;

    private static Network net;
    private static Map<String, String> providerOf;
    private static Map<String, String> employerOf;

    @BeforeAll
    static void generate() {
        net = new DemoNetwork(DemoNetwork.DEFAULT_SEED).generate();
        providerOf = net.services().stream().collect(Collectors.toMap(Service::id, Service::provider));
        employerOf = net.persons().stream().collect(Collectors.toMap(Person::id, Person::worksFor));
    }

    @Test
    void theSameSeedGivesAnEqualNetwork() {
        assertEquals(new DemoNetwork(42).generate(), new DemoNetwork(42).generate());
        assertEquals(net, new DemoNetwork().generate());
    }

    @Test
    void anotherSeedGivesAnotherNetwork() {
        Network other = new DemoNetwork(43).generate();
        assertNotEquals(net.referrals(), other.referrals());
        assertNotEquals(net.families(), other.families());
    }

    @Test
    void generatesQuickly() {
        long start = System.nanoTime();
        new DemoNetwork(7).generate();
        long millis = (System.nanoTime() - start) / 1_000_000;
        // Generous: the target is well under 2 s; this only guards against an accidental blow-up.
        assertTrue(millis < 5_000, "generation took " + millis + " ms");
    }

    @Test
    void sizesMeetTheMinimums() {
        assertTrue(net.partners().size() >= 95, "partners " + net.partners().size());
        assertTrue(net.persons().size() >= 30, "persons " + net.persons().size());
        assertTrue(net.services().size() >= 150, "services " + net.services().size());
        assertTrue(net.families().size() >= 3000, "families " + net.families().size());
        assertEquals(3, net.tables().size());
        assertTrue(
                net.referrals().size() >= 10_000, "referrals " + net.referrals().size());
        assertTrue(
                net.collaborations().size() >= 300,
                "collaborations " + net.collaborations().size());
        assertTrue(net.uses().size() >= 3000, "uses " + net.uses().size());
        assertTrue(net.supports().size() >= 1000, "supports " + net.supports().size());
        assertTrue(net.families().stream().map(Family::neighbourhood).distinct().count() >= 6);
        assertTrue(net.persons().stream()
                        .filter(p -> p.role() == PersonRole.BRIDGE_FIGURE)
                        .count()
                >= 5);
        assertTrue(net.persons().stream().anyMatch(p -> p.role() == PersonRole.COORDINATOR));
    }

    @Test
    void partnersCoverTheSectorsOfATown() {
        Set<String> sectors = net.partners().stream().map(Partner::sector).collect(Collectors.toSet());
        assertTrue(
                sectors.containsAll(List.of(
                        "school",
                        "childcare",
                        "pupil-guidance",
                        "social-welfare",
                        "library",
                        "sport",
                        "culture",
                        "youth-work",
                        "welfare",
                        "health",
                        "employment",
                        "housing",
                        "parents",
                        "local-government",
                        "family-centre")),
                sectors.toString());
        Set<String> domains = new HashSet<>();
        net.partners().forEach(p -> domains.addAll(p.domains()));
        assertTrue(domains.containsAll(DemoTown.DOMAINS));
        assertTrue(DemoTown.DOMAINS.containsAll(domains), domains.toString());
    }

    @Test
    void idsAreUniqueAcrossAllLabelsAndCarryTheirPrefix() {
        Set<String> ids = new HashSet<>();
        int count = 0;
        count += unique(ids, net.partners(), Partner::id, "partner-");
        count += unique(ids, net.persons(), Person::id, "person-");
        count += unique(ids, net.services(), Service::id, "svc-");
        count += unique(ids, net.families(), Family::id, "fam-");
        count += unique(ids, net.tables(), Table::id, "table-");
        count += unique(ids, net.referrals(), Referral::id, "ref-");
        assertEquals(count, ids.size(), "an id is used twice");
    }

    private static <T> int unique(Set<String> ids, List<T> rows, Function<T, String> id, String prefix) {
        rows.forEach(r -> {
            assertTrue(id.apply(r).startsWith(prefix), id.apply(r));
            ids.add(id.apply(r));
        });
        return rows.size();
    }

    @Test
    void everyReferenceResolvesInsideTheNetwork() {
        Set<String> partners = ids(net.partners(), Partner::id);
        Set<String> persons = ids(net.persons(), Person::id);
        Set<String> services = ids(net.services(), Service::id);
        Set<String> families = ids(net.families(), Family::id);
        Set<String> tables = ids(net.tables(), Table::id);
        net.persons().forEach(p -> assertTrue(partners.contains(p.worksFor()), p.toString()));
        net.services().forEach(s -> assertTrue(partners.contains(s.provider()), s.toString()));
        for (Seat s : net.seats()) {
            assertTrue(partners.contains(s.member()) || persons.contains(s.member()), s.toString());
            assertTrue(tables.contains(s.table()), s.toString());
        }
        for (Collaboration c : net.collaborations()) {
            assertTrue(partners.contains(c.a()) && partners.contains(c.b()), c.toString());
            assertNotEquals(c.a(), c.b());
        }
        net.supports().forEach(s -> assertTrue(persons.contains(s.person()) && families.contains(s.family())));
        net.uses().forEach(u -> assertTrue(families.contains(u.family()) && services.contains(u.service())));
        for (Referral r : net.referrals()) {
            assertTrue(partners.contains(r.from()) || persons.contains(r.from()), r.toString());
            assertTrue(partners.contains(r.to()) || services.contains(r.to()), r.toString());
            assertTrue(families.contains(r.family()), r.toString());
        }
    }

    @Test
    void relationshipKeysAreUnique() {
        assertUniqueKeys(net.seats(), Seat::key);
        assertUniqueKeys(net.collaborations(), Collaboration::key);
        assertUniqueKeys(net.supports(), Support::key);
        assertUniqueKeys(net.uses(), Use::key);
    }

    private static <T> void assertUniqueKeys(List<T> rows, Function<T, String> key) {
        assertEquals(rows.size(), rows.stream().map(key).distinct().count());
    }

    @Test
    void valuesAreInRange() {
        List<Period> periods = new ArrayList<>();
        net.seats().forEach(s -> periods.add(s.period()));
        net.collaborations().forEach(c -> periods.add(c.period()));
        net.supports().forEach(s -> periods.add(s.period()));
        net.uses().forEach(u -> periods.add(u.period()));
        for (Period p : periods) {
            assertTrue(p.since() != null && (p.until() == null || !p.until().isBefore(p.since())), p.toString());
        }
        for (Service s : net.services()) {
            for (int score : s.access().scores()) {
                assertTrue(score >= 1 && score <= 5, s.toString());
            }
            assertTrue(0 <= s.ageMin() && s.ageMin() <= s.ageMax() && s.ageMax() <= 25, s.toString());
            assertTrue(s.capacity() > 0 && DemoTown.NEIGHBOURHOODS.contains(s.neighbourhood()), s.toString());
            assertTrue(DemoTown.DOMAINS.contains(s.domain()), s.toString());
        }
        for (Collaboration c : net.collaborations()) {
            assertTrue(c.strength() > 0 && c.strength() <= 5 && c.trust() >= 1 && c.trust() <= 5, c.toString());
        }
        for (Referral r : net.referrals()) {
            assertFalse(r.date().isBefore(DemoTown.START) || r.date().isAfter(DemoTown.END), r.toString());
            assertTrue(DemoTown.DOMAINS.contains(r.domain()), r.toString());
        }
        for (Family f : net.families()) {
            assertFalse(f.childAgeBands().isEmpty() || f.needs().isEmpty(), f.toString());
            assertTrue(DemoTown.DOMAINS.containsAll(f.needs()), f.toString());
            assertTrue(DemoTown.NEIGHBOURHOODS.contains(f.neighbourhood()), f.toString());
        }
        assertTrue(net.referrals().stream()
                .map(Referral::status)
                .collect(Collectors.toSet())
                .containsAll(List.of(ReferralStatus.values())));
    }

    @Test
    void theThreeTablesHaveTheirKindsAndSomeMembersCameOrWent() {
        Map<String, TableKind> kinds = net.tables().stream().collect(Collectors.toMap(Table::id, Table::kind));
        assertEquals(
                Map.of(
                        DemoNetwork.STEERING_TABLE,
                        TableKind.STEERING,
                        DemoNetwork.WORKING_GROUP_TABLE,
                        TableKind.WORKING_GROUP,
                        DemoNetwork.BROAD_TABLE,
                        TableKind.BROAD_CONSULTATION),
                kinds);
        net.tables().forEach(t -> assertFalse(t.domains().isEmpty()));
        assertTrue(net.seats().stream()
                .anyMatch(s -> s.period().until() != null && s.period().until().isBefore(AT)));
        assertTrue(net.seats().stream().anyMatch(s -> s.period().since().isAfter(DemoTown.START)));
        assertTrue(net.seats().stream().anyMatch(s -> s.member().startsWith("person-")));
    }

    @Test
    void parentsPanelSitsAtTheBroadConsultationButNotAtTheSteeringTable() {
        Partner panel = partner(DemoNetwork.PARENTS_PANEL);
        assertEquals(PartnerKind.PARENTS, panel.kind());
        assertTrue(net.seats().stream()
                .noneMatch(s -> s.member().equals(panel.id()) && s.table().equals(DemoNetwork.STEERING_TABLE)));
        assertTrue(membersAt(DemoNetwork.BROAD_TABLE, AT).contains(panel.id()));
    }

    /** (a) */
    @Test
    void noSteeringMemberCoversTheUncoveredDomainThatTheirFamiliesNeed() {
        Set<String> members = membersAt(DemoNetwork.STEERING_TABLE, AT);
        Set<String> covered = new HashSet<>();
        for (String member : members) {
            covered.addAll(partner(member).domains());
            net.services().stream().filter(s -> s.provider().equals(member)).forEach(s -> covered.add(s.domain()));
        }
        assertFalse(covered.contains(DemoNetwork.UNCOVERED_DOMAIN), covered.toString());
        Set<String> reached = reachedBy(members, AT, true);
        Map<String, Family> families = net.families().stream().collect(Collectors.toMap(Family::id, f -> f));
        long needing = reached.stream()
                .filter(id -> families.get(id).needs().contains(DemoNetwork.UNCOVERED_DOMAIN))
                .count();
        assertTrue(needing >= 300, "families reached by steering members needing it: " + needing);
        assertTrue(needing >= 0.15 * reached.size(), needing + " of " + reached.size());
    }

    /** (b) */
    @Test
    void theIsolatedNeighbourhoodIsReachedOnlyThroughOneBridgeFigure() {
        String place = DemoNetwork.ISOLATED_NEIGHBOURHOOD;
        String bridge = DemoNetwork.ISOLATING_BRIDGE_FIGURE;
        assertEquals(
                PersonRole.BRIDGE_FIGURE,
                net.persons().stream()
                        .filter(p -> p.id().equals(bridge))
                        .findFirst()
                        .orElseThrow()
                        .role());
        Set<String> there = net.families().stream()
                .filter(f -> f.neighbourhood().equals(place))
                .map(Family::id)
                .collect(Collectors.toSet());
        assertTrue(there.size() >= 20, "families in " + place + ": " + there.size());
        assertTrue(net.services().stream().noneMatch(s -> place.equals(s.neighbourhood())));
        assertTrue(net.uses().stream().noneMatch(u -> there.contains(u.family())));
        Set<String> supportedByBridge = new HashSet<>();
        for (Support s : net.supports()) {
            if (there.contains(s.family())) {
                assertEquals(bridge, s.person(), s.toString());
                supportedByBridge.add(s.family());
            }
            if (s.person().equals(bridge)) {
                assertTrue(there.contains(s.family()), s.toString());
            }
        }
        assertEquals(there, supportedByBridge);
        List<Referral> theirs =
                net.referrals().stream().filter(r -> there.contains(r.family())).toList();
        assertTrue(theirs.size() >= there.size(), "referrals for " + place + ": " + theirs.size());
        theirs.forEach(r -> assertEquals(bridge, r.from(), r.toString()));
        String employer = employerOf.get(bridge);
        assertTrue(net.partners().stream()
                .filter(p -> p.neighbourhoods().contains(place))
                .allMatch(p -> p.id().equals(employer)));
    }

    /** (c) */
    @Test
    void familiesWithTeenagersFadeOutOfReachOverTheLastYear() {
        Set<String> teens = net.families().stream()
                .filter(f -> f.childAgeBands().contains(DemoNetwork.FADING_BAND))
                .map(Family::id)
                .collect(Collectors.toSet());
        Set<String> others = net.families().stream()
                .map(Family::id)
                .filter(id -> !teens.contains(id))
                .collect(Collectors.toSet());
        long before = countReached(teens, DemoNetwork.REACH_BEFORE);
        long middle = countReached(teens, LocalDate.of(2026, 4, 30));
        long after = countReached(teens, DemoNetwork.REACH_AFTER);
        assertTrue(before >= 500, "teen families reached before: " + before);
        assertTrue(before > middle && middle > after, before + " > " + middle + " > " + after);
        assertTrue(after < 0.5 * before, before + " then " + after);
        long othersBefore = countReached(others, DemoNetwork.REACH_BEFORE);
        long othersAfter = countReached(others, DemoNetwork.REACH_AFTER);
        assertTrue(othersAfter >= 0.9 * othersBefore, othersBefore + " then " + othersAfter);
        assertEquals(AgeBand.TEEN, DemoNetwork.FADING_BAND);
    }

    private static long countReached(Set<String> families, LocalDate day) {
        Set<String> reached = new HashSet<>();
        net.uses().stream().filter(u -> u.period().contains(day)).forEach(u -> reached.add(u.family()));
        net.supports().stream().filter(s -> s.period().contains(day)).forEach(s -> reached.add(s.family()));
        reached.retainAll(families);
        return reached.size();
    }

    /** (d) */
    @Test
    void unconnectedPartnersShareManyFamiliesWithTheSteeringGroupButNeverCollaborateWithIt() {
        Set<String> everAtSteering = net.seats().stream()
                .filter(s -> s.table().equals(DemoNetwork.STEERING_TABLE))
                .map(s -> partnerOf(s.member()))
                .collect(Collectors.toSet());
        Set<String> members = membersAt(DemoNetwork.STEERING_TABLE, AT);
        Set<String> reachedByMembers = reachedBy(members, AT, true);
        assertEquals(3, DemoNetwork.UNCONNECTED_PARTNERS.size());
        for (String id : DemoNetwork.UNCONNECTED_PARTNERS) {
            partner(id);
            assertFalse(everAtSteering.contains(id), id);
            assertTrue(
                    net.collaborations().stream()
                            .noneMatch(c -> c.a().equals(id) && everAtSteering.contains(c.b())
                                    || c.b().equals(id) && everAtSteering.contains(c.a())),
                    id);
            Set<String> shared = reachedBy(Set.of(id), AT, true);
            shared.retainAll(reachedByMembers);
            assertTrue(shared.size() >= 100, id + " shares " + shared.size());
            int best = members.stream()
                    .mapToInt(m -> {
                        Set<String> pair = reachedBy(Set.of(m), AT, true);
                        pair.retainAll(reachedBy(Set.of(id), AT, true));
                        return pair.size();
                    })
                    .max()
                    .orElse(0);
            assertTrue(best >= 50, id + " shares at most " + best + " with one member");
        }
    }

    /** (e) */
    @Test
    void waitlistedReferralsConcentrateAtOneReceiver() {
        Map<String, Long> waitlisted = net.referrals().stream()
                .filter(r -> r.status() == ReferralStatus.WAITLISTED)
                .collect(Collectors.groupingBy(Referral::to, Collectors.counting()));
        long total = waitlisted.values().stream().mapToLong(Long::longValue).sum();
        long atReceiver = waitlisted.getOrDefault(DemoNetwork.WAITLIST_RECEIVER, 0L);
        long atSecond = waitlisted.getOrDefault(DemoNetwork.WAITLIST_SECOND_RECEIVER, 0L);
        assertEquals(
                atReceiver,
                waitlisted.values().stream().mapToLong(Long::longValue).max().orElse(0));
        assertTrue(atReceiver >= 0.5 * total, atReceiver + " of " + total);
        assertTrue(atReceiver + atSecond >= 0.75 * total, (atReceiver + atSecond) + " of " + total);
        long sentThere = net.referrals().stream()
                .filter(r -> r.to().equals(DemoNetwork.WAITLIST_RECEIVER))
                .count();
        assertTrue(atReceiver >= 0.5 * sentThere, atReceiver + " of " + sentThere);
        Access access = net.services().stream()
                .filter(s -> s.id().equals(DemoNetwork.WAITLIST_RECEIVER))
                .findFirst()
                .orElseThrow()
                .access();
        assertEquals(1, access.available());
    }

    @Test
    void theFamilyCentreTheClbAndTheOcmwSendAndReceiveMost() {
        Map<String, Integer> volume = new HashMap<>();
        for (Referral r : net.referrals()) {
            volume.merge(partnerOf(r.from()), 1, Integer::sum);
            volume.merge(partnerOf(r.to()), 1, Integer::sum);
        }
        List<String> top = volume.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(3)
                .map(Map.Entry::getKey)
                .toList();
        assertEquals(Set.of(DemoNetwork.FAMILY_CENTRE, DemoNetwork.CLB, DemoNetwork.OCMW), Set.copyOf(top));
        int topVolume = top.stream().mapToInt(volume::get).sum();
        assertTrue(topVolume >= 0.4 * 2 * net.referrals().size(), "top three: " + topVolume);
    }

    @Test
    void theCollaborationNetworkIsSparserThanReferralsAndCentralised() {
        Map<String, Set<String>> ties = new HashMap<>();
        for (Collaboration c : net.collaborations()) {
            if (c.period().contains(AT)) {
                ties.computeIfAbsent(c.a(), k -> new HashSet<>()).add(c.b());
                ties.computeIfAbsent(c.b(), k -> new HashSet<>()).add(c.a());
            }
        }
        // partners that left the network before AT (DemoChanges) are not part of it
        List<Partner> present =
                net.partners().stream().filter(p -> p.period().contains(AT)).toList();
        int n = present.size();
        int[] degree = present.stream()
                .mapToInt(p -> ties.getOrDefault(p.id(), Set.of()).size())
                .toArray();
        int max = java.util.Arrays.stream(degree).max().orElse(0);
        double mean = java.util.Arrays.stream(degree).average().orElse(0);
        double centralisation =
                java.util.Arrays.stream(degree).map(d -> max - d).sum() / (double) ((n - 1) * (n - 2));
        assertTrue(mean >= 6 && mean <= 20, "mean degree " + mean);
        assertTrue(centralisation >= 0.5, "degree centralisation " + centralisation);
        assertTrue(java.util.Arrays.stream(degree).allMatch(d -> d > 0), "a partner without collaborations");
    }

    private static Partner partner(String id) {
        return net.partners().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no partner " + id));
    }

    /** The partner a partner, person or service stands for. */
    private static String partnerOf(String id) {
        return providerOf.getOrDefault(id, employerOf.getOrDefault(id, id));
    }

    /** Partners at a table on a day; a person at the table counts as the partner it works for. */
    private static Set<String> membersAt(String table, LocalDate day) {
        return net.seats().stream()
                .filter(s -> s.table().equals(table) && s.period().contains(day))
                .map(s -> partnerOf(s.member()))
                .collect(Collectors.toSet());
    }

    /**
     * Families that any of the partners reaches on a day: through a use of its services, a support by its
     * people, and (when asked) a referral from or to it up to that day.
     */
    private static Set<String> reachedBy(Collection<String> partners, LocalDate day, boolean withReferrals) {
        Set<String> reached = new HashSet<>();
        for (Use u : net.uses()) {
            if (u.period().contains(day) && partners.contains(providerOf.get(u.service()))) {
                reached.add(u.family());
            }
        }
        for (Support s : net.supports()) {
            if (s.period().contains(day) && partners.contains(employerOf.get(s.person()))) {
                reached.add(s.family());
            }
        }
        if (withReferrals) {
            for (Referral r : net.referrals()) {
                if (!r.date().isAfter(day)
                        && (partners.contains(partnerOf(r.from())) || partners.contains(partnerOf(r.to())))) {
                    reached.add(r.family());
                }
            }
        }
        return reached;
    }

    private static <T> Set<String> ids(List<T> rows, Function<T, String> id) {
        return rows.stream().map(id).collect(Collectors.toSet());
    }
}
