package be.tafel.bench;

import be.tafel.demo.DemoTown;
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
import be.tafel.model.SeatRole;
import be.tafel.model.Service;
import be.tafel.model.Support;
import be.tafel.model.Table;
import be.tafel.model.TableKind;
import be.tafel.model.Use;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A synthetic network for benchmarks, deterministic from a seed, with the structure design.md describes
 * ("What real networks look like"): partners in 11 sectors spread over neighbourhoods, heavy-tailed
 * (Pareto) partner sizes so a few hubs send and receive most referrals, ties mostly local, each family
 * reached through a small circle of partners, and referrals clustered in time around each family's
 * episodes of need. Same scale and seed, equal network.
 */
public final class SyntheticNetwork {
    public static final long DEFAULT_SEED = 20261124L;
    public static final LocalDate START = DemoTown.START;
    public static final LocalDate END = DemoTown.END;
    public static final String STEERING_TABLE = "table-steering";

    static final List<String> SECTORS = List.of(
            "childcare",
            "education",
            "welfare",
            "health",
            "mental-health",
            "youth-work",
            "leisure",
            "work-and-income",
            "housing",
            "justice",
            "parents");
    static final List<String> COLLABORATION_KINDS =
            List.of("case-consultation", "joint-project", "co-location", "referral-agreement", "information");

    /**
     * design.md's town, ten towns, and design.md's region; and a sparse network of 10,000 partners with about 30,000
     * collaboration ties (issue 19's 10,000/30,000 graph), for the partner views' path scores at that size.
     */
    public enum Scale {
        TOWN(100, 400, 300, 5_000, 30_000, 8, 12),
        CITY(1_000, 4_000, 3_000, 50_000, 300_000, 80, 12),
        REGION(5_000, 20_000, 15_000, 200_000, 2_000_000, 400, 12),
        PARTNERS10K(10_000, 10_000, 5_000, 20_000, 100_000, 400, 7);

        public final int partners;
        public final int persons;
        public final int services;
        public final int families;
        public final int referrals;
        public final int neighbourhoods;
        /**
         * Mean number of collaboration partners per partner: 12 is design.md's 20-26 contacts, about half of them
         * formal ties.
         */
        public final int collaborationDegree;

        Scale(
                int partners,
                int persons,
                int services,
                int families,
                int referrals,
                int neighbourhoods,
                int collaborationDegree) {
            this.partners = partners;
            this.persons = persons;
            this.services = services;
            this.families = families;
            this.referrals = referrals;
            this.neighbourhoods = neighbourhoods;
            this.collaborationDegree = collaborationDegree;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Scale of(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    private final Scale scale;
    private final long seed;

    public SyntheticNetwork(Scale scale, long seed) {
        this.scale = scale;
        this.seed = seed;
    }

    public SyntheticNetwork(Scale scale) {
        this(scale, DEFAULT_SEED);
    }

    public Network generate() {
        return new Builder(scale, new SplittableRandom(seed)).build();
    }

    private static final class Builder {
        final Scale s;
        final SplittableRandom rnd;
        final String[] neighbourhoods;
        // partners
        final String[] partnerId;
        final double[] size;
        final int[] home;
        final String[] sector;
        final List<List<String>> domainsOf = new ArrayList<>();
        int[][] partnersIn; // neighbourhood -> partners present there
        double[][] cumulativeIn; // neighbourhood -> cumulative size of those partners
        double[] cumulativeAll;
        // persons and services per partner
        int[][] personsOf;
        int[][] servicesOf;
        final List<Person> persons = new ArrayList<>();
        final List<Service> services = new ArrayList<>();

        Builder(Scale s, SplittableRandom rnd) {
            this.s = s;
            this.rnd = rnd;
            neighbourhoods = new String[s.neighbourhoods];
            for (int i = 0; i < neighbourhoods.length; i++) {
                neighbourhoods[i] = "wijk-" + (i + 1);
            }
            partnerId = new String[s.partners];
            size = new double[s.partners];
            home = new int[s.partners];
            sector = new String[s.partners];
        }

        Network build() {
            List<Partner> partners = partners();
            personsAndServices();
            List<Collaboration> collaborations = collaborations();
            List<Family> families = new ArrayList<>(s.families);
            List<Use> uses = new ArrayList<>();
            List<Support> supports = new ArrayList<>();
            List<Referral> referrals = new ArrayList<>(s.referrals);
            familiesAndReferrals(families, uses, supports, referrals);
            List<Table> tables = new ArrayList<>();
            List<Seat> seats = new ArrayList<>();
            tables(tables, seats);
            return new Network(
                    partners, persons, services, families, tables, seats, collaborations, supports, uses, referrals);
        }

        private List<Partner> partners() {
            List<Partner> partners = new ArrayList<>(s.partners);
            List<Set<Integer>> present = new ArrayList<>();
            for (int i = 0; i < neighbourhoods.length; i++) {
                present.add(new HashSet<>());
            }
            for (int p = 0; p < s.partners; p++) {
                partnerId[p] = String.format(Locale.ROOT, "partner-%05d", p);
                // Pareto(1.3): a few partners (the family centre, the CLB, the OCMW) are many times the rest.
                size[p] = Math.min(200.0, Math.pow(1.0 - rnd.nextDouble(), -1.0 / 1.3));
                home[p] = rnd.nextInt(neighbourhoods.length);
                sector[p] = SECTORS.get(rnd.nextInt(SECTORS.size()));
                int reach =
                        Math.min(neighbourhoods.length, 1 + (int) Math.round(Math.log(size[p]) * 2) + rnd.nextInt(2));
                List<String> where = new ArrayList<>();
                present.get(home[p]).add(p);
                where.add(neighbourhoods[home[p]]);
                for (int k = 1; k < reach; k++) {
                    // mostly the adjacent neighbourhoods, sometimes anywhere
                    int n = rnd.nextDouble() < 0.7
                            ? Math.floorMod(home[p] + rnd.nextInt(7) - 3, neighbourhoods.length)
                            : rnd.nextInt(neighbourhoods.length);
                    if (present.get(n).add(p)) {
                        where.add(neighbourhoods[n]);
                    }
                }
                List<String> domains = new ArrayList<>();
                int nd = 1 + rnd.nextInt(3);
                while (domains.size() < nd) {
                    String d = DemoTown.DOMAINS.get(rnd.nextInt(DemoTown.DOMAINS.size()));
                    if (!domains.contains(d)) {
                        domains.add(d);
                    }
                }
                domainsOf.add(domains);
                PartnerKind kind =
                        sector[p].equals("parents") ? PartnerKind.PARENTS : PartnerKind.values()[rnd.nextInt(4)];
                partners.add(new Partner(
                        partnerId[p], "Partner " + p + " (" + sector[p] + ")", sector[p], domains, where, kind));
            }
            partnersIn = new int[neighbourhoods.length][];
            cumulativeIn = new double[neighbourhoods.length][];
            for (int n = 0; n < neighbourhoods.length; n++) {
                partnersIn[n] = present.get(n).stream()
                        .mapToInt(Integer::intValue)
                        .sorted()
                        .toArray();
                if (partnersIn[n].length == 0) {
                    partnersIn[n] = new int[] {n % s.partners};
                }
                cumulativeIn[n] = cumulative(partnersIn[n]);
            }
            cumulativeAll = cumulative(null);
            return partners;
        }

        private double[] cumulative(int[] among) {
            int len = among == null ? size.length : among.length;
            double[] c = new double[len];
            double sum = 0;
            for (int i = 0; i < len; i++) {
                sum += size[among == null ? i : among[i]];
                c[i] = sum;
            }
            return c;
        }

        private int pick(double[] cumulative) {
            double x = rnd.nextDouble() * cumulative[cumulative.length - 1];
            int i = Arrays.binarySearch(cumulative, x);
            return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
        }

        private int partnerIn(int neighbourhood) {
            return partnersIn[neighbourhood][pick(cumulativeIn[neighbourhood])];
        }

        private void personsAndServices() {
            List<List<Integer>> people = new ArrayList<>();
            List<List<Integer>> offers = new ArrayList<>();
            for (int p = 0; p < s.partners; p++) {
                people.add(new ArrayList<>());
                offers.add(new ArrayList<>());
            }
            for (int i = 0; i < s.persons; i++) {
                int p = i < s.partners ? i : pick(cumulativeAll); // every partner has someone
                double r = rnd.nextDouble();
                PersonRole role = r < 0.12
                        ? PersonRole.BRIDGE_FIGURE
                        : r < 0.22 ? PersonRole.COORDINATOR : r < 0.92 ? PersonRole.STAFF : PersonRole.VOLUNTEER;
                people.get(p).add(i);
                persons.add(
                        new Person(String.format(Locale.ROOT, "person-%06d", i), "Person " + i, role, partnerId[p]));
            }
            for (int i = 0; i < s.services; i++) {
                int p = pick(cumulativeAll);
                offers.get(p).add(i);
                List<String> domains = domainsOf.get(p);
                int ageMin = rnd.nextInt(4) * 3;
                Access access = rnd.nextDouble() < 0.2
                        ? null
                        : new Access(
                                1 + rnd.nextInt(5),
                                1 + rnd.nextInt(5),
                                1 + rnd.nextInt(5),
                                1 + rnd.nextInt(5),
                                1 + rnd.nextInt(5));
                services.add(new Service(
                        String.format(Locale.ROOT, "svc-%06d", i),
                        "Service " + i,
                        partnerId[p],
                        domains.get(rnd.nextInt(domains.size())),
                        ageMin,
                        Math.min(18, ageMin + 3 + rnd.nextInt(10)),
                        neighbourhoods[home[p]],
                        10 + rnd.nextInt(200),
                        access));
            }
            personsOf = people.stream()
                    .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
            servicesOf = offers.stream()
                    .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
        }

        private List<Collaboration> collaborations() {
            double meanSize = cumulativeAll[cumulativeAll.length - 1] / s.partners;
            Set<Long> seen = new HashSet<>();
            List<Collaboration> out = new ArrayList<>();
            for (int u = 0; u < s.partners; u++) {
                // half the stubs for everyone, half in proportion to size: mean MEAN/2 stubs, hubs with many more
                double quarter = s.collaborationDegree / 4.0;
                int stubs = (int) Math.round(quarter + quarter * size[u] / meanSize);
                stubs = Math.min(stubs, s.partners - 1);
                for (int k = 0; k < stubs; k++) {
                    double r = rnd.nextDouble();
                    int v;
                    if (r < 0.55) {
                        v = partnerIn(Math.floorMod(home[u] + rnd.nextInt(3) - 1, neighbourhoods.length)); // local
                    } else if (r < 0.8) {
                        v = sameSector(u);
                    } else {
                        v = pick(cumulativeAll); // hubs attract
                    }
                    if (v == u) {
                        continue;
                    }
                    long key = (long) Math.min(u, v) * s.partners + Math.max(u, v);
                    if (!seen.add(key)) {
                        continue;
                    }
                    LocalDate since = rnd.nextDouble() < 0.85
                            ? START.minusDays(rnd.nextInt(1500))
                            : START.plusDays(rnd.nextInt(700));
                    Period period =
                            new Period(since, rnd.nextDouble() < 0.05 ? END.minusDays(1 + rnd.nextInt(300)) : null);
                    out.add(new Collaboration(
                            partnerId[u],
                            partnerId[v],
                            COLLABORATION_KINDS.get(rnd.nextInt(COLLABORATION_KINDS.size())),
                            Math.round((0.2 + 0.8 * rnd.nextDouble()) * 100) / 100.0,
                            1 + rnd.nextInt(5),
                            period));
                }
            }
            return out;
        }

        private int sameSector(int u) {
            for (int attempt = 0; attempt < 20; attempt++) {
                int v = pick(cumulativeAll);
                if (sector[v].equals(sector[u])) {
                    return v;
                }
            }
            return pick(cumulativeAll);
        }

        private void familiesAndReferrals(
                List<Family> families, List<Use> uses, List<Support> supports, List<Referral> referrals) {
            long days = ChronoUnit.DAYS.between(START, END);
            ReferralStatus[] statuses = ReferralStatus.values();
            double[] statusShare = {0.10, 0.25, 0.45, 0.12, 0.08};
            int[] quota = referralQuota();
            int referralNo = 0;
            for (int f = 0; f < s.families; f++) {
                int n = rnd.nextInt(neighbourhoods.length);
                String id = String.format(Locale.ROOT, "family-%07d", f);
                List<AgeBand> bands = new ArrayList<>();
                for (AgeBand b : AgeBand.values()) {
                    if (rnd.nextDouble() < 0.35 || (bands.isEmpty() && b == AgeBand.TEEN)) {
                        bands.add(b);
                    }
                }
                List<String> needs = new ArrayList<>();
                int nn = 1 + rnd.nextInt(3);
                while (needs.size() < nn) {
                    String d = DemoTown.DOMAINS.get(rnd.nextInt(DemoTown.DOMAINS.size()));
                    if (!needs.contains(d)) {
                        needs.add(d);
                    }
                }
                families.add(new Family(id, neighbourhoods[n], bands, needs));
                // reached through a few partners: 1 to 4, mostly of its own neighbourhood
                int circleSize = 1 + Math.min(3, (int) Math.floor(-Math.log(1 - rnd.nextDouble()) * 1.2));
                int[] circle = new int[circleSize];
                for (int i = 0; i < circleSize; i++) {
                    circle[i] = rnd.nextDouble() < 0.85 ? partnerIn(n) : pick(cumulativeAll);
                }
                LocalDate since = START.plusDays(rnd.nextInt((int) days));
                Period spell = new Period(since, rnd.nextDouble() < 0.3 ? since.plusDays(90 + rnd.nextInt(400)) : null);
                Set<String> used = new HashSet<>();
                for (int p : circle) {
                    if (servicesOf[p].length > 0 && rnd.nextDouble() < 0.7) {
                        String svc = services.get(servicesOf[p][rnd.nextInt(servicesOf[p].length)])
                                .id();
                        if (used.add(svc)) {
                            uses.add(new Use(id, svc, spell));
                        }
                    }
                }
                int p0 = circle[0];
                if (rnd.nextDouble() < 0.25 && personsOf[p0].length > 0) {
                    supports.add(new Support(
                            persons.get(personsOf[p0][rnd.nextInt(personsOf[p0].length)])
                                    .id(),
                            id,
                            spell));
                }
                // referrals clustered in time: one or two episodes, each a burst of weeks
                int episodes = quota[f] > 3 ? 2 : 1;
                long[] centre = new long[episodes];
                for (int e = 0; e < episodes; e++) {
                    centre[e] = rnd.nextLong(days);
                }
                for (int k = 0; k < quota[f]; k++) {
                    long day = Math.max(
                            0, Math.min(days, centre[rnd.nextInt(episodes)] + (long) (rnd.nextGaussian() * 21)));
                    int from = circle[rnd.nextInt(circleSize)];
                    int to = circleSize > 1 && rnd.nextDouble() < 0.8
                            ? circle[rnd.nextInt(circleSize)]
                            : pick(cumulativeAll);
                    if (to == from) {
                        to = pick(cumulativeAll);
                    }
                    String sender = rnd.nextDouble() < 0.3 && personsOf[from].length > 0
                            ? persons.get(personsOf[from][rnd.nextInt(personsOf[from].length)])
                                    .id()
                            : partnerId[from];
                    String receiver = rnd.nextDouble() < 0.5 && servicesOf[to].length > 0
                            ? services.get(servicesOf[to][rnd.nextInt(servicesOf[to].length)])
                                    .id()
                            : partnerId[to];
                    double r = rnd.nextDouble();
                    int st = 0;
                    for (double acc = statusShare[0]; r > acc && st < statuses.length - 1; acc += statusShare[++st]) {
                        // walk the shares
                    }
                    referrals.add(new Referral(
                            String.format(Locale.ROOT, "ref-%08d", referralNo++),
                            sender,
                            receiver,
                            id,
                            START.plusDays(day),
                            needs.get(rnd.nextInt(needs.size())),
                            statuses[st]));
                }
            }
        }

        /** Referrals per family, heavy-tailed, summing exactly to the scale's count. */
        private int[] referralQuota() {
            double[] w = new double[s.families];
            double sum = 0;
            for (int f = 0; f < w.length; f++) {
                w[f] = Math.min(50.0, Math.pow(1.0 - rnd.nextDouble(), -1.0 / 2.0));
                sum += w[f];
            }
            int[] quota = new int[s.families];
            int given = 0;
            for (int f = 0; f < w.length; f++) {
                quota[f] = (int) Math.floor(w[f] / sum * s.referrals);
                given += quota[f];
            }
            for (int f = 0; given < s.referrals; f = (f + 1) % quota.length) {
                quota[f]++;
                given++;
            }
            return quota;
        }

        private void tables(List<Table> tables, List<Seat> seats) {
            Integer[] bySize = new Integer[s.partners];
            for (int i = 0; i < bySize.length; i++) {
                bySize[i] = i;
            }
            Arrays.sort(
                    bySize, (a, b) -> a.equals(b) ? 0 : size[b] != size[a] ? Double.compare(size[b], size[a]) : a - b);
            Object[][] defs = {
                {STEERING_TABLE, "Steering group", TableKind.STEERING, 12},
                {"table-working-group", "Working group", TableKind.WORKING_GROUP, 25},
                {"table-broad", "Broad consultation", TableKind.BROAD_CONSULTATION, 60}
            };
            for (Object[] d : defs) {
                String table = (String) d[0];
                tables.add(new Table(table, (String) d[1], (TableKind) d[2], List.copyOf(DemoTown.DOMAINS)));
                int members = Math.min(s.partners, (Integer) d[3]);
                for (int i = 0; i < members; i++) {
                    int p = table.equals("table-broad") ? rnd.nextInt(s.partners) : bySize[i];
                    seats.add(new Seat(
                            partnerId[p], table, i == 0 ? SeatRole.CHAIR : SeatRole.MEMBER, new Period(START, null)));
                }
            }
            List<Seat> unique = new ArrayList<>(seats.stream()
                    .collect(java.util.stream.Collectors.toMap(
                            Seat::key, x -> x, (a, b) -> a, java.util.LinkedHashMap::new))
                    .values());
            seats.clear();
            seats.addAll(unique);
        }
    }
}
