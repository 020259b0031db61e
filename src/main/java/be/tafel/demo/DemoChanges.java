package be.tafel.demo;

import be.tafel.model.Collaboration;
import be.tafel.model.Partner;
import be.tafel.model.Period;
import be.tafel.model.Referral;
import be.tafel.model.ReferralStatus;
import be.tafel.model.Use;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changes in Schelderode over the three years, planted so that "is the network getting better?" has
 * true answers: partners that join and leave, a wave of new ties between schools and welfare partners, a
 * one-way referral relation and families sent back and forth between two partners.
 */
public final class DemoChanges {
    /** Partners that join the network on the day given (they were not part of it before). */
    public static final Map<String, LocalDate> JOINED = Map.of(
            "partner-psychologie-het-anker", LocalDate.of(2025, 3, 1),
            "partner-circusschool-rode-neus", LocalDate.of(2025, 9, 1),
            "partner-mfc-de-kade", LocalDate.of(2026, 1, 15));
    /** Partners that leave the network after the day given. */
    public static final Map<String, LocalDate> LEFT = Map.of(
            "partner-tennisclub-de-linde", LocalDate.of(2025, 5, 31),
            "partner-jobkanaal", LocalDate.of(2026, 3, 31));

    /**
     * From this day, schools and welfare partners start working together: the new ties of the last year
     * (besides those of a partner that joins then, no other tie starts after this day).
     */
    public static final LocalDate NEW_TIES_FROM = LocalDate.of(2025, 12, 1);

    public static final LocalDate NEW_TIES_TO = LocalDate.of(2026, 5, 31);
    public static final String NEW_TIES_SECTOR_A = "school";
    public static final String NEW_TIES_SECTOR_B = "welfare";
    public static final int NEW_TIES = 12;

    /** A relation used one way only: this partner refers families to the other, which never refers back. */
    public static final String ONE_WAY_FROM = "partner-clb-go";

    public static final String ONE_WAY_TO = "partner-logopedie-babbel";
    public static final int ONE_WAY_REFERRALS = 15;

    /** Families referred from one partner to another and back again (A to B to A). */
    public static final String LOOP_A = "partner-clb";

    public static final String LOOP_B = "partner-caw";
    public static final int LOOP_FAMILIES = 6;

    /** Partners that may not gain a planted tie: they must never tie with the steering group. */
    private static final Set<String> KEEP_APART = Set.copyOf(DemoNetwork.UNCONNECTED_PARTNERS);

    private DemoChanges() {}

    /** When a partner belongs to the network. */
    static Period period(String partner) {
        return new Period(JOINED.get(partner), LEFT.get(partner));
    }

    static Partner dated(Partner p) {
        Period period = period(p.id());
        return new Partner(
                p.id(),
                p.name(),
                p.sector(),
                p.domains(),
                p.neighbourhoods(),
                p.kind(),
                period.since(),
                period.until());
    }

    /** Ties held only while both partners belong to the network; a tie that never does is gone. */
    static List<Collaboration> withinMembership(List<Collaboration> ties) {
        List<Collaboration> kept = new ArrayList<>();
        for (Collaboration c : ties) {
            Period p = clip(c.period(), period(c.a()));
            p = p == null ? null : clip(p, period(c.b()));
            if (p != null) {
                kept.add(new Collaboration(c.a(), c.b(), c.kind(), c.strength(), c.trust(), p));
            }
        }
        return kept;
    }

    /** Uses of a service held only while its provider belongs to the network. */
    static List<Use> withinProviders(List<Use> uses, Map<String, String> providerOf) {
        List<Use> kept = new ArrayList<>();
        for (Use u : uses) {
            Period p = clip(u.period(), period(providerOf.get(u.service())));
            if (p != null) {
                kept.add(new Use(u.family(), u.service(), p));
            }
        }
        return kept;
    }

    /** The wave of new ties between schools and welfare partners, each between two partners not yet tied. */
    static List<Collaboration> newTies(DemoRandom random, List<Partner> partners, List<Collaboration> existing) {
        Set<String> tied = new HashSet<>();
        existing.forEach(c -> tied.add(c.a() + "|" + c.b()));
        List<Partner> schools = partners.stream()
                .filter(p -> p.sector().equals(NEW_TIES_SECTOR_A) && !KEEP_APART.contains(p.id()))
                .toList();
        List<Partner> welfare = partners.stream()
                .filter(p -> p.sector().equals(NEW_TIES_SECTOR_B)
                        && !KEEP_APART.contains(p.id())
                        && !JOINED.containsKey(p.id()))
                .toList();
        List<Collaboration> ties = new ArrayList<>();
        int attempts = 0;
        while (ties.size() < NEW_TIES && attempts++ < 10_000) {
            Collaboration tie = new Collaboration(
                    random.pick(schools).id(),
                    random.pick(welfare).id(),
                    "case-consultation",
                    random.between(2, 4),
                    random.between(3, 5),
                    new Period(random.day(NEW_TIES_FROM, NEW_TIES_TO), null));
            if (tied.add(tie.a() + "|" + tie.b())) {
                ties.add(tie);
            }
        }
        return ties;
    }

    /**
     * Referrals planted on top of the drawn ones (ids are given when all are numbered): the one-way
     * relation and the loops, for families {@code families} (the first ones the generator made).
     */
    static List<Referral> planted(DemoRandom random, List<String> families) {
        List<Referral> referrals = new ArrayList<>();
        for (int i = 0; i < ONE_WAY_REFERRALS; i++) {
            LocalDate day = random.day(LocalDate.of(2024, 3, 1), LocalDate.of(2026, 9, 30));
            boolean completed = random.chance(0.7);
            referrals.add(new Referral(
                    null,
                    ONE_WAY_FROM,
                    ONE_WAY_TO,
                    families.get(i),
                    day,
                    DemoTown.HEALTH,
                    completed ? ReferralStatus.COMPLETED : ReferralStatus.ACCEPTED,
                    completed ? day.plusDays(random.between(7, 30)) : null));
        }
        for (int i = 0; i < LOOP_FAMILIES; i++) {
            String family = families.get(ONE_WAY_REFERRALS + i);
            LocalDate day = random.day(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 30));
            referrals.add(new Referral(null, LOOP_A, LOOP_B, family, day, DemoTown.WELFARE, ReferralStatus.DROPPED));
            referrals.add(new Referral(
                    null,
                    LOOP_B,
                    LOOP_A,
                    family,
                    day.plusDays(random.between(14, 60)),
                    DemoTown.EDUCATION,
                    ReferralStatus.PROPOSED));
        }
        return referrals;
    }

    /**
     * A partner in the network at the end whose every tie has ended by then gets one with the family centre
     * from the day after its last tie ended: nobody in the network is left without a collaboration.
     */
    static List<Collaboration> noneLeftAlone(List<Partner> partners, List<Collaboration> ties) {
        List<Collaboration> added = new ArrayList<>();
        for (Partner p : partners) {
            if (!p.period().contains(DemoTown.END)
                    || p.id().equals(DemoNetwork.FAMILY_CENTRE)
                    || KEEP_APART.contains(p.id())) {
                continue;
            }
            List<Collaboration> own = ties.stream()
                    .filter(c -> c.a().equals(p.id()) || c.b().equals(p.id()))
                    .toList();
            if (own.stream().anyMatch(c -> c.period().contains(DemoTown.END))) {
                continue;
            }
            LocalDate since = p.since() == null ? DemoTown.START : p.since();
            for (Collaboration c : own) {
                since = DemoFamilies.later(since, c.period().until().plusDays(1));
            }
            added.add(new Collaboration(
                    p.id(), DemoNetwork.FAMILY_CENTRE, "information-exchange", 1, 3, new Period(since, null)));
        }
        return added;
    }

    /** The intersection of two periods, or null when they do not overlap. */
    private static Period clip(Period p, Period q) {
        LocalDate since = later(p.since(), q.since());
        LocalDate until = earlier(p.until(), q.until());
        if (since != null && until != null && until.isBefore(since)) {
            return null;
        }
        return new Period(since, until);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : DemoFamilies.later(a, b);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : DemoFamilies.earlier(a, b);
    }
}
