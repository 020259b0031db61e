package be.tafel.demo;

import be.tafel.model.AgeBand;
import be.tafel.model.Collaboration;
import be.tafel.model.Family;
import be.tafel.model.Network;
import be.tafel.model.Partner;
import be.tafel.model.Person;
import be.tafel.model.Referral;
import be.tafel.model.Seat;
import be.tafel.model.Service;
import be.tafel.model.Support;
import be.tafel.model.Use;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo network: the fictional Flemish town of Schelderode over three years (2024-01-01 to 2026-10-31),
 * with about 100 partners, their services, 3,200 pseudonymous families and 12,000 referrals. The same seed
 * always gives the same (equal) network.
 *
 * <p>The data holds the situations the source documents describe, so that the analyses have something true
 * to find; the constants below name them.
 */
public final class DemoNetwork {
    public static final long DEFAULT_SEED = 20240101L;

    public static final String STEERING_TABLE = "table-steering";
    public static final String WORKING_GROUP_TABLE = "table-working-group";
    public static final String BROAD_TABLE = "table-broad";

    public static final String FAMILY_CENTRE = "partner-huis-van-het-kind";
    public static final String CLB = "partner-clb";
    public static final String OCMW = "partner-ocmw";
    /** The families' own voice: at the broad consultation, never at the steering table. */
    public static final String PARENTS_PANEL = "partner-ouderpanel";

    /**
     * (a) Needed by many families that steering members reach, yet no partner at the steering table has it
     * among its domains or offers a service in it.
     */
    public static final String UNCOVERED_DOMAIN = DemoTown.HOUSING;

    /** (b) The neighbourhood whose families are reached only through {@link #ISOLATING_BRIDGE_FIGURE}. */
    public static final String ISOLATED_NEIGHBOURHOOD = DemoTown.KOUTERVELD;
    /** (b) The bridge figure (of the family centre) who is the only link to {@link #ISOLATED_NEIGHBOURHOOD}. */
    public static final String ISOLATING_BRIDGE_FIGURE = "person-samira-el-amrani";

    /** (c) Families with a child in this band fade out of reach over the last year. */
    public static final AgeBand FADING_BAND = AgeBand.TEEN;
    /** (c) A day when those families are still in reach ... */
    public static final LocalDate REACH_BEFORE = LocalDate.of(2025, 10, 31);
    /** (c) ... and a year later, when most of them are gone. */
    public static final LocalDate REACH_AFTER = DemoTown.END;

    /**
     * (d) Partners that share many families with the steering members but never collaborate with any
     * partner that sat at the steering table, and never sat there themselves.
     */
    public static final List<String> UNCONNECTED_PARTNERS =
            List.of("partner-bs-de-regenboog", "partner-sociale-kruidenier", "partner-wgc-de-vonk");

    /** (e) The receiver where most waitlisted referrals end: the intake of the CGG's child and youth team. */
    public static final String WAITLIST_RECEIVER = "svc-cgg-1";
    /** (e) The second, smaller waiting list: mobile family support of the CKG. */
    public static final String WAITLIST_SECOND_RECEIVER = "svc-ckg-1";

    private final long seed;

    public DemoNetwork(long seed) {
        this.seed = seed;
    }

    public DemoNetwork() {
        this(DEFAULT_SEED);
    }

    public long seed() {
        return seed;
    }

    public Network generate() {
        DemoRandom root = new DemoRandom(seed);
        List<DemoPartners.Entry> entries = DemoPartners.catalogue();
        Map<String, DemoPartners.Entry> byId = new LinkedHashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        List<Partner> partners =
                entries.stream().map(e -> DemoChanges.dated(e.partner())).toList();
        List<DemoPeople.Worker> workers = DemoPeople.cast();
        List<Person> persons = workers.stream().map(DemoPeople.Worker::person).toList();
        List<Service> services = new DemoServices(root.split()).generate(entries);
        List<Seat> seats = DemoTables.seats();
        List<Collaboration> ties = DemoChanges.withinMembership(
                new DemoCollaborations(root.split(), entries, everAtSteering(seats)).generate());
        List<DemoFamilies.Life> lives = new DemoFamilies(root.split()).generate();
        Map<String, String> providerOf = services.stream().collect(Collectors.toMap(Service::id, Service::provider));
        List<Use> uses =
                DemoChanges.withinProviders(new DemoUses(root.split(), services, byId).generate(lives), providerOf);
        List<Support> supports = new DemoSupports(root.split(), byId).generate(workers, lives);
        DemoReferrals drawn = new DemoReferrals(root.split(), byId, persons, services);
        DemoRandom changes = root.split(); // after the others, so their draws stay what they were
        List<String> plantedFamilies = lives.stream()
                .filter(l -> !l.family().neighbourhood().equals(DemoTown.KOUTERVELD))
                .map(DemoFamilies.Life::id)
                .toList();
        List<Referral> referrals = drawn.generate(lives, uses, supports, DemoChanges.planted(changes, plantedFamilies));
        List<Collaboration> collaborations = new ArrayList<>(ties);
        collaborations.addAll(DemoChanges.newTies(changes, partners, ties));
        collaborations.addAll(DemoChanges.noneLeftAlone(partners, collaborations));
        List<Family> families = lives.stream().map(DemoFamilies.Life::family).toList();
        return new Network(
                partners,
                persons,
                services,
                families,
                DemoTables.tables(),
                seats,
                collaborations,
                supports,
                uses,
                referrals);
    }

    private static Set<String> everAtSteering(List<Seat> seats) {
        return seats.stream()
                .filter(s -> s.table().equals(STEERING_TABLE) && s.member().startsWith("partner-"))
                .map(Seat::member)
                .collect(Collectors.toSet());
    }
}
