package be.tafel.demo;

import static be.tafel.demo.DemoTown.*;

import be.tafel.model.AgeBand;
import be.tafel.model.Period;
import be.tafel.model.Person;
import be.tafel.model.PersonRole;
import be.tafel.model.Referral;
import be.tafel.model.ReferralStatus;
import be.tafel.model.Service;
import be.tafel.model.Support;
import be.tafel.model.Use;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Referrals over the three years. A family is referred by someone who already reaches it (a provider of a
 * service it uses, a person who supports it) or by one of the hubs it walks into, to a partner active in
 * one of its needs. Weights make the volumes heavy-tailed: the family centre, the CLB and the OCMW send
 * and receive most.
 */
final class DemoReferrals {
    static final int COUNT = 12_000;
    private static final double WALK_IN = 0.35;
    /** Referrals to these partners go to their intake service, where the waiting list is. */
    private static final Map<String, String> INTAKE =
            Map.of("partner-cgg", DemoNetwork.WAITLIST_RECEIVER, "partner-ckg", DemoNetwork.WAITLIST_SECOND_RECEIVER);

    private static final LocalDate RECENT = END.minusDays(45);

    /** Someone who can refer a family while {@code period} holds, with how likely they are to do so. */
    private record Link(String sender, double weight, Period period) {}

    private final DemoRandom random;
    private final Map<String, DemoPartners.Entry> partners;
    private final Map<String, Person> persons = new HashMap<>();
    private final Map<String, List<Service>> servicesByProvider = new HashMap<>();
    private final Map<String, String> providerOf = new HashMap<>();
    private final Map<String, List<DemoPartners.Entry>> receiversByDomain = new HashMap<>();
    /** Receiver weights per domain and neighbourhood, computed once: the inner loop of the generator. */
    private final Map<String, double[]> receiverWeights = new HashMap<>();

    DemoReferrals(
            DemoRandom random, Map<String, DemoPartners.Entry> partners, List<Person> people, List<Service> services) {
        this.random = random;
        this.partners = partners;
        people.forEach(p -> persons.put(p.id(), p));
        for (Service s : services) {
            servicesByProvider
                    .computeIfAbsent(s.provider(), k -> new ArrayList<>())
                    .add(s);
            providerOf.put(s.id(), s.provider());
        }
        for (DemoPartners.Entry entry : partners.values()) {
            entry.partner()
                    .domains()
                    .forEach(d -> receiversByDomain
                            .computeIfAbsent(d, k -> new ArrayList<>())
                            .add(entry));
        }
        receiversByDomain.values().forEach(list -> list.sort(Comparator.comparing(DemoPartners.Entry::id)));
    }

    /** {@code planted}: referrals to add to the drawn ones ({@link DemoChanges#planted}). */
    List<Referral> generate(
            List<DemoFamilies.Life> lives, List<Use> uses, List<Support> supports, List<Referral> planted) {
        Map<String, List<Link>> senders = senders(lives, uses, supports);
        double[] weights = new double[lives.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = lives.get(i).family().needs().size() + 0.5;
        }
        double[] cumulative = DemoFamilies.cumulative(weights);
        List<Referral> drafts = new ArrayList<>(COUNT);
        while (drafts.size() < COUNT) {
            Referral draft = referral(lives.get(random.cumulative(cumulative)), senders);
            if (draft != null && !backOnTheOneWay(draft)) {
                drafts.add(draft);
            }
        }
        drafts.addAll(planted);
        drafts.sort(Comparator.comparing(Referral::date));
        List<Referral> referrals = new ArrayList<>(COUNT);
        for (Referral r : drafts) {
            String id = DemoFamilies.id("ref-", referrals.size() + 1, 6);
            referrals.add(
                    new Referral(id, r.from(), r.to(), r.family(), r.date(), r.domain(), r.status(), r.completedOn()));
        }
        return List.copyOf(referrals);
    }

    /** The one-way relation of {@link DemoChanges} is never used the other way. */
    private boolean backOnTheOneWay(Referral r) {
        String to = providerOf.getOrDefault(r.to(), r.to());
        return partnerOf(r.from()).equals(DemoChanges.ONE_WAY_TO) && to.equals(DemoChanges.ONE_WAY_FROM);
    }

    /** Per family, who can refer it, when, and how likely each is to do so. */
    private Map<String, List<Link>> senders(List<DemoFamilies.Life> lives, List<Use> uses, List<Support> supports) {
        Map<String, List<Link>> senders = new HashMap<>();
        for (Use use : uses) {
            String provider = providerOf.get(use.service());
            senders.computeIfAbsent(use.family(), k -> new ArrayList<>())
                    .add(new Link(provider, partners.get(provider).weight(), use.period()));
        }
        for (Support support : supports) {
            Person person = persons.get(support.person());
            double weight =
                    partners.get(person.worksFor()).weight() * (person.role() == PersonRole.BRIDGE_FIGURE ? 2.0 : 1.2);
            senders.computeIfAbsent(support.family(), k -> new ArrayList<>())
                    .add(new Link(person.id(), weight, support.period()));
        }
        for (DemoFamilies.Life life : lives) {
            if (!life.family().neighbourhood().equals(KOUTERVELD)) {
                List<Link> own = senders.computeIfAbsent(life.id(), k -> new ArrayList<>());
                own.add(walkIn(DemoNetwork.FAMILY_CENTRE));
                own.add(walkIn(DemoNetwork.OCMW));
                if (!life.family().childAgeBands().equals(List.of(AgeBand.INFANT))) {
                    own.add(walkIn(DemoNetwork.CLB));
                }
            }
        }
        return senders;
    }

    private Link walkIn(String hub) {
        return new Link(hub, WALK_IN * partners.get(hub).weight(), Period.ALWAYS);
    }

    /** A referral for the family, or null when nobody reaches it on the day drawn (then another is drawn). */
    private Referral referral(DemoFamilies.Life life, Map<String, List<Link>> senders) {
        LocalDate date = random.day(DemoFamilies.later(life.start(), START), life.last());
        String from = sender(senders.getOrDefault(life.id(), List.of()), date);
        if (from == null) {
            return null;
        }
        String domain = random.pick(life.family().needs());
        DemoPartners.Entry receiver =
                receiver(domain, partnerOf(from), life.family().neighbourhood(), date);
        if (receiver == null) {
            return null;
        }
        String to = destination(receiver, domain, life);
        ReferralStatus status = status(to, date);
        return new Referral(
                null,
                from,
                to,
                life.id(),
                date,
                domain,
                status,
                status == ReferralStatus.COMPLETED ? completion(date) : null);
    }

    /** Someone who reaches the family on that day: a referral comes from a relationship that holds. */
    private String sender(List<Link> links, LocalDate date) {
        double[] weights = new double[links.size()];
        for (int i = 0; i < weights.length; i++) {
            Link link = links.get(i);
            weights[i] = link.period().contains(date) ? link.weight() : 0;
        }
        int pick = random.weighted(weights);
        return pick < 0 ? null : links.get(pick).sender();
    }

    private String partnerOf(String sender) {
        Person person = persons.get(sender);
        return person == null ? sender : person.worksFor();
    }

    /** A partner active in the domain and part of the network on that day, weighted by size and nearness. */
    private DemoPartners.Entry receiver(String domain, String sender, String home, LocalDate date) {
        List<DemoPartners.Entry> candidates = receiversByDomain.getOrDefault(domain, List.of());
        double[] weights = receiverWeights
                .computeIfAbsent(domain + "|" + home, k -> weights(candidates, home))
                .clone();
        for (int i = 0; i < weights.length; i++) {
            String id = candidates.get(i).id();
            if (id.equals(sender) || !DemoChanges.period(id).contains(date)) {
                weights[i] = 0;
            }
        }
        int pick = random.weighted(weights);
        return pick < 0 ? null : candidates.get(pick);
    }

    private static double[] weights(List<DemoPartners.Entry> candidates, String home) {
        double[] weights = new double[candidates.size()];
        for (int i = 0; i < weights.length; i++) {
            DemoPartners.Entry entry = candidates.get(i);
            weights[i] = entry.weight() * (entry.partner().neighbourhoods().contains(home) ? 1.5 : 0.6);
        }
        return weights;
    }

    /** The receiving partner itself, or one of its services that fits the need and the children. */
    private String destination(DemoPartners.Entry receiver, String domain, DemoFamilies.Life life) {
        String intake = INTAKE.get(receiver.id());
        if (intake != null) {
            return intake;
        }
        List<Service> fitting = new ArrayList<>();
        for (Service s : servicesByProvider.getOrDefault(receiver.id(), List.of())) {
            if (s.domain().equals(domain) && DemoUses.fitsAnyChild(s, life)) {
                fitting.add(s);
            }
        }
        return fitting.isEmpty() || random.chance(0.5)
                ? receiver.id()
                : random.pick(fitting).id();
    }

    /** The day a completed referral was completed: within weeks mostly, within months sometimes. */
    private LocalDate completion(LocalDate date) {
        LocalDate day = date.plusDays(random.chance(0.8) ? random.between(3, 42) : random.between(43, 150));
        return day.isAfter(END) ? END : day;
    }

    private ReferralStatus status(String to, LocalDate date) {
        double[] odds; // completed, accepted, dropped, proposed, waitlisted
        if (to.equals(DemoNetwork.WAITLIST_RECEIVER)) {
            odds = new double[] {0.12, 0.10, 0.08, 0.04, 0.66};
        } else if (to.equals(DemoNetwork.WAITLIST_SECOND_RECEIVER)) {
            odds = new double[] {0.35, 0.20, 0.14, 0.06, 0.25};
        } else {
            odds = new double[] {0.57, 0.20, 0.14, 0.08, 0.005};
        }
        ReferralStatus status = switch (random.weighted(odds)) {
            case 0 -> ReferralStatus.COMPLETED;
            case 1 -> ReferralStatus.ACCEPTED;
            case 2 -> ReferralStatus.DROPPED;
            case 3 -> ReferralStatus.PROPOSED;
            default -> ReferralStatus.WAITLISTED;
        };
        // Recent referrals have not had the time to be completed yet.
        if (status == ReferralStatus.COMPLETED && date.isAfter(RECENT) && random.chance(0.7)) {
            return random.chance(0.5) ? ReferralStatus.PROPOSED : ReferralStatus.ACCEPTED;
        }
        return status;
    }
}
