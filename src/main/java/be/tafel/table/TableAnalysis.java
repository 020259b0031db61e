package be.tafel.table;

import be.tafel.analysis.AnalysisService;
import be.tafel.analysis.Centrality;
import be.tafel.analysis.NodeType;
import be.tafel.analysis.Reach;
import be.tafel.analysis.Snapshot;
import be.tafel.analysis.Vertex;
import be.tafel.analysis.ViewAnalysis;
import be.tafel.analysis.ViewKind;
import be.tafel.analysis.ViewRequest;
import be.tafel.analysis.algo.CsrGraph;
import be.tafel.analysis.algo.LinkPrediction;
import be.tafel.model.AgeBand;
import be.tafel.model.PartnerKind;
import be.tafel.model.SeatRole;
import be.tafel.store.GraphStore;
import be.tafel.table.Relevance.Part;
import be.tafel.privacy.FamilyCount;
import be.tafel.privacy.FamilyRatio;
import be.tafel.privacy.FamilyText;
import be.tafel.table.TableComparison.AgeBandChange;
import be.tafel.table.TableComparison.Change;
import be.tafel.table.TableComparison.Gaps;
import be.tafel.table.TableReport.AgeBandCount;
import be.tafel.table.TableReport.DomainCount;
import be.tafel.table.TableReport.EmptyChairs;
import be.tafel.table.TableReport.Engagement;
import be.tafel.table.TableReport.FamiliesReached;
import be.tafel.table.TableReport.Member;
import be.tafel.table.TableReport.MissingPartner;
import be.tafel.table.TableReport.NeighbourhoodCount;
import be.tafel.table.TableReport.Reason;
import be.tafel.table.TableReport.RelativeToMedian;
import be.tafel.table.TableReport.TableInfo;
import be.tafel.table.TableStore.FamilyRow;
import be.tafel.table.TableStore.Loaded;
import be.tafel.table.TableStore.SeatRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Who is at a table on a day and who is missing (design.md, "Who is at the table, and who is missing").
 *
 * <p>A partner is <em>present</em> at the table when it holds a valid seat or one of its people does: a
 * person counts with its partner's domains, places and families. The members' families are the families
 * the present partners reach ({@link Reach}: services used, staff support, referrals in the year up to the
 * day). The scores come from the cached analyses of the ecosystem, referral and collaboration views on
 * that day; only the seats, the members' services and the facts of their families are read from the
 * store, in one transaction of three queries ({@code cypher/table/}).
 *
 * <p>Missing partners are ranked by {@link Relevance}; each part of the score comes with its raw value and
 * a sentence that says what the number means.
 */
public final class TableAnalysis {
    /** How many missing partners a report lists unless asked otherwise. */
    public static final int MISSING_LIMIT_DEFAULT = 20;

    /** A centrality reason names the rank bracket when the candidate ranks within one of these. */
    static final int[] CENTRALITY_BRACKETS = {5, 10};

    /** How many table reports are kept per graph version. */
    static final int CACHE_SIZE = 64;

    private final AnalysisService analyses;
    private final TableStore store;
    private final GraphStore graph;
    private final java.util.Map<ReportKey, TableReport> reports = new java.util.concurrent.ConcurrentHashMap<>();

    private record ReportKey(String tableId, LocalDate at, int limit, long version) {}

    public TableAnalysis(GraphStore store, AnalysisService analyses) {
        this.analyses = Objects.requireNonNull(analyses, "analyses");
        this.graph = Objects.requireNonNull(store, "store");
        this.store = new TableStore(store);
    }

    /**
     * The table on {@code at}, with at most {@code limit} missing partners.
     *
     * @throws UnknownIdsException when there is no table with that id
     */
    public TableReport analyse(String tableId, LocalDate at, int limit) {
        ReportKey key = new ReportKey(tableId, at, limit, graph.version());
        TableReport cached = reports.get(key);
        if (cached != null) {
            return cached;
        }
        TableReport report = day(tableId, at).report(limit);
        reports.keySet().removeIf(k -> k.version() != key.version());
        if (reports.size() < CACHE_SIZE) {
            reports.put(key, report);
        }
        return report;
    }

    /** The table on {@code from} and on {@code to}, each missing list cut at {@code limit}. */
    public TableComparison compare(String tableId, LocalDate from, LocalDate to, int limit) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'from' (" + from + ") must not be after 'to' (" + to + ")");
        }
        TableReport before = analyse(tableId, from, limit);
        TableReport after = analyse(tableId, to, limit);
        Set<String> membersBefore = ids(before.atTheTable(), Member::id);
        Set<String> membersAfter = ids(after.atTheTable(), Member::id);
        Set<String> missingBefore = ids(before.missing(), MissingPartner::id);
        Set<String> missingAfter = ids(after.missing(), MissingPartner::id);
        return new TableComparison(tableId, from, to,
                after.atTheTable().stream().filter(m -> !membersBefore.contains(m.id())).toList(),
                before.atTheTable().stream().filter(m -> !membersAfter.contains(m.id())).toList(),
                after.missing().stream().map(MissingPartner::id).filter(id -> !missingBefore.contains(id)).toList(),
                before.missing().stream().map(MissingPartner::id).filter(id -> !missingAfter.contains(id)).toList(),
                gapsOnlyIn(after.emptyChairs(), before.emptyChairs()),
                gapsOnlyIn(before.emptyChairs(), after.emptyChairs()),
                new Change<>(before.emptyChairs().familyVoice(), after.emptyChairs().familyVoice()),
                new Change<>(before.familiesReached().total(), after.familiesReached().total()),
                ageBandChanges(before.familiesReached(), after.familiesReached()));
    }

    private TableDay day(String tableId, LocalDate at) {
        ViewAnalysis ecosystem = analyses.analyse(new ViewRequest(ViewKind.ECOSYSTEM, at, null, null));
        int table = ecosystem.snapshot().indexOf(tableId).orElse(-1);
        if (table < 0 || ecosystem.snapshot().vertex(table).type() != NodeType.TABLE) {
            throw new UnknownIdsException("table", List.of(tableId));
        }
        ViewAnalysis referral = analyses.analyse(new ViewRequest(ViewKind.REFERRAL, at, null, null));
        ViewAnalysis collaboration = analyses.analyse(new ViewRequest(ViewKind.COLLABORATION, at, null, null));
        Loaded loaded = store.load(tableId, at, ecosystem.reach());
        return new TableDay(ecosystem.snapshot().vertex(table), at, ecosystem, referral, collaboration, loaded);
    }

    /** One table on one day: the views, the seats and the families, and everything derived from them. */
    private static final class TableDay {
        private final Vertex table;
        private final LocalDate at;
        private final Snapshot eco;
        private final Centrality ecoScores;
        private final Reach reach;
        private final Snapshot referral;
        private final Centrality referralScores;
        private final Snapshot collaboration;
        private final Loaded loaded;
        /** Present partners (that exist in the views) with the seats that make them present. */
        private final Map<String, List<String>> present = new LinkedHashMap<>();
        private final Set<String> activeDomains = new HashSet<>();
        private final Set<String> presentPlaces = new HashSet<>();
        private final Set<String> familyIds = new HashSet<>();
        private final List<DomainCount> emptyDomains;

        TableDay(Vertex table, LocalDate at, ViewAnalysis ecosystem, ViewAnalysis referral, ViewAnalysis collaboration,
                Loaded loaded) {
            this.table = table;
            this.at = at;
            this.eco = ecosystem.snapshot();
            this.ecoScores = ecosystem.centrality(false);
            this.reach = ecosystem.reach();
            this.referral = referral.snapshot();
            this.referralScores = referral.centrality(false);
            this.collaboration = collaboration.snapshot();
            this.loaded = loaded;
            TableStore.representedPartners(loaded.seats()).forEach((partner, seats) -> {
                eco.indexOf(partner).ifPresent(i -> {
                    present.put(partner, seats);
                    activeDomains.addAll(eco.vertex(i).domains());
                    presentPlaces.addAll(eco.vertex(i).neighbourhoods());
                });
            });
            loaded.families().forEach(f -> familyIds.add(f.id()));
            this.emptyDomains = emptyDomains();
        }

        TableReport report(int limit) {
            return new TableReport(new TableInfo(table.id(), table.name(), table.kind(), table.domains()), at,
                    members(), missing(limit),
                    new EmptyChairs(emptyDomains, emptyNeighbourhoods(), emptyAgeBands(), familyVoice()),
                    engagement(), familiesReached());
        }

        // ---- at the table

        private List<Member> members() {
            Map<String, SeatRow> first = new LinkedHashMap<>();
            loaded.seats().forEach(s -> first.putIfAbsent(s.member(), s));
            return first.values().stream().map(this::member)
                    .sorted(Comparator.comparingInt((Member m) -> roleRank(m.role()))
                            .thenComparing(Member::name, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(Member::id))
                    .toList();
        }

        private Member member(SeatRow seat) {
            int self = eco.indexOf(seat.member()).orElse(-1);
            String partnerId = seat.representedPartner();
            int partner = partnerId == null ? -1 : eco.indexOf(partnerId).orElse(-1);
            int inReferral = partnerId == null ? -1 : referral.indexOf(partnerId).orElse(-1);
            Vertex partnerVertex = partner < 0 ? null : eco.vertex(partner);
            return new Member(seat.member(), self < 0 ? null : eco.vertex(self).name(), seat.type(), seat.role(),
                    seat.since(), seat.until(), seat.isPerson() ? partnerId : null,
                    partnerVertex == null ? null : partnerVertex.sector(),
                    partnerVertex == null ? List.of() : partnerVertex.domains(),
                    self < 0 ? 0 : ecoScores.betweenness()[self], self < 0 ? 0 : ecoScores.degree()[self],
                    inReferral < 0 ? null : referralScores.betweenness()[inReferral]);
        }

        private static int roleRank(String role) {
            for (SeatRole r : SeatRole.values()) {
                if (r.code().equals(role)) {
                    return r.ordinal();
                }
            }
            return SeatRole.values().length;
        }

        // ---- missing

        private List<MissingPartner> missing(int limit) {
            int[] candidates = IntStream.range(0, eco.size())
                    .filter(v -> eco.vertex(v).type() == NodeType.PARTNER && !present.containsKey(eco.vertex(v).id()))
                    .toArray();
            Parts parts = new Parts(candidates.length);
            for (int c = 0; c < candidates.length; c++) {
                parts.measure(c, eco.vertex(candidates[c]), candidates[c]);
            }
            Relevance relevance = new Relevance(parts.raw);
            Integer[] order = IntStream.range(0, candidates.length).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble((Integer c) -> -relevance.score(c))
                    .thenComparing(c -> eco.vertex(candidates[c]).id()));
            List<MissingPartner> missing = new ArrayList<>();
            for (int k = 0; k < Math.min(limit, order.length); k++) {
                int c = order[k];
                Vertex v = eco.vertex(candidates[c]);
                List<Reason> reasons = Arrays.stream(Part.values())
                        .map(p -> reason(p, relevance, c, parts.texts.get(p)[c]))
                        .sorted(Comparator.comparingDouble((Reason r) -> r.contribution().doubleValue()).reversed())
                        .toList();
                missing.add(new MissingPartner(v.id(), v.name(), v.sector(), v.kind(), relevance.score(c), reasons));
            }
            return missing;
        }

        /** A part of a score; the shared families are a count, and what is computed from it reads as it does. */
        private static Reason reason(Part p, Relevance relevance, int c, FamilyText text) {
            if (p != Part.SHARED_FAMILIES) {
                return new Reason(p.kind(), relevance.value(p, c), relevance.normalised(p, c), p.weight(),
                        relevance.contribution(p, c), text);
            }
            FamilyCount shared = FamilyCount.of((int) Math.round(relevance.value(p, c)));
            return new Reason(p.kind(), shared, new FamilyRatio(relevance.normalised(p, c), shared), p.weight(),
                    new FamilyRatio(relevance.contribution(p, c), shared), text);
        }

        /** The raw values and sentences of the five parts, per candidate. */
        private final class Parts {
            final double[][] raw = new double[Part.values().length][];
            final Map<Part, FamilyText[]> texts = new EnumMap<>(Part.class);
            private final boolean[] memberInReferral = new boolean[referral.size()];
            private final int[] membersInCollaboration;
            private final LinkPrediction links = new LinkPrediction(collaboration.graph());
            private final double[] partnerBetweenness;

            Parts(int n) {
                for (Part p : Part.values()) {
                    raw[p.ordinal()] = new double[n];
                    texts.put(p, new FamilyText[n]);
                }
                present.keySet().forEach(id -> referral.indexOf(id).ifPresent(i -> memberInReferral[i] = true));
                membersInCollaboration = present.keySet().stream()
                        .mapToInt(id -> collaboration.indexOf(id).orElse(-1)).filter(i -> i >= 0).toArray();
                partnerBetweenness = IntStream.range(0, eco.size())
                        .filter(v -> eco.vertex(v).type() == NodeType.PARTNER)
                        .mapToDouble(v -> ecoScores.betweenness()[v]).sorted().toArray();
            }

            void measure(int c, Vertex candidate, int inEco) {
                referrals(c, candidate.id());
                sharedFamilies(c, candidate.id());
                centrality(c, ecoScores.betweenness()[inEco]);
                linkPrediction(c, candidate.id());
                emptyChair(c, candidate);
            }

            private void referrals(int c, String id) {
                int v = referral.indexOf(id).orElse(-1);
                double volume = 0;
                Set<Integer> with = new HashSet<>();
                if (v >= 0) {
                    CsrGraph g = referral.graph();
                    for (CsrGraph.Adjacency rows : List.of(g.out(), g.in())) {
                        for (int i = rows.offsets()[v]; i < rows.offsets()[v + 1]; i++) {
                            if (memberInReferral[rows.targets()[i]]) {
                                volume += rows.weights()[i];
                                with.add(rows.targets()[i]);
                            }
                        }
                    }
                }
                set(Part.REFERRALS, c, volume, volume == 0
                        ? "exchanged no referrals with members in the last 12 months"
                        : String.format(Locale.ROOT, "exchanged %s with %s in the last 12 months",
                                plural((long) volume, "referral"), plural(with.size(), "member")));
            }

            private void sharedFamilies(int c, String id) {
                long shared = reach.of(id).stream().filter(familyIds::contains).count();
                set(Part.SHARED_FAMILIES, c, shared, shared == 0
                        ? FamilyText.plain("reaches no families that members also reach")
                        : FamilyText.of("reaches {families} that members also reach", FamilyCount.of((int) shared)));
            }

            private void centrality(int c, double betweenness) {
                int higher = partnerBetweenness.length - upperBound(partnerBetweenness, betweenness);
                int rank = higher + 1;
                String text;
                if (betweenness == 0) {
                    text = "lies on no shortest path between others in the ecosystem";
                } else {
                    int bracket = Arrays.stream(CENTRALITY_BRACKETS).filter(b -> rank <= b).findFirst().orElse(0);
                    text = bracket > 0
                            ? "among the " + bracket + " most central partners of the ecosystem"
                            : String.format(Locale.ROOT, "ranks %s of %d partners by betweenness in the ecosystem",
                                    ordinal(rank), partnerBetweenness.length);
                }
                set(Part.CENTRALITY, c, betweenness, text);
            }

            private void linkPrediction(int c, String id) {
                int v = collaboration.indexOf(id).orElse(-1);
                double score = 0;
                int adjacent = 0;
                int sharing = 0;
                for (int m : v < 0 ? new int[0] : membersInCollaboration) {
                    if (m == v) {
                        continue;
                    }
                    if (collaboration.graph().hasEdge(v, m)) {
                        adjacent++;
                    }
                    if (links.commonNeighbours(v, m).length > 0) {
                        sharing++;
                        score += links.score(LinkPrediction.Method.ADAMIC_ADAR, v, m);
                    }
                }
                List<String> text = new ArrayList<>();
                if (adjacent > 0) {
                    text.add("collaborates with " + plural(adjacent, "member"));
                }
                text.add(sharing == 0
                        ? "shares no collaboration partners with members"
                        : String.format(Locale.ROOT, "shares collaboration partners with %s (Adamic–Adar %.2f)",
                                plural(sharing, "member"), score));
                set(Part.LINK_PREDICTION, c, score, String.join(" and ", text));
            }

            private void emptyChair(int c, Vertex candidate) {
                List<DomainCount> covered = emptyDomains.stream()
                        .filter(d -> candidate.domains().contains(d.domain())).toList();
                FamilyText text;
                if (covered.isEmpty()) {
                    text = FamilyText.plain("covers no domain that nobody at the table covers");
                } else {
                    String names = covered.stream().map(d -> "'" + d.domain() + "'").collect(joiningAnd());
                    int families = (int) loaded.families().stream()
                            .filter(f -> covered.stream().anyMatch(d -> f.needs().contains(d.domain()))).count();
                    String sentence = "no member covers its domain" + (covered.size() > 1 ? "s " : " ") + names;
                    text = families > 0
                            ? FamilyText.of(sentence + " (needed by {families} members reach)", FamilyCount.of(families))
                            : FamilyText.plain(sentence);
                }
                set(Part.EMPTY_CHAIR, c, covered.size(), text);
            }

            private void set(Part part, int c, double value, String text) {
                set(part, c, value, FamilyText.plain(text));
            }

            private void set(Part part, int c, double value, FamilyText text) {
                raw[part.ordinal()][c] = value;
                texts.get(part)[c] = text;
            }
        }

        // ---- empty chairs

        private List<DomainCount> emptyDomains() {
            Map<String, Integer> needing = new TreeMap<>();
            table.domains().forEach(d -> needing.put(d, 0));
            for (FamilyRow f : loaded.families()) {
                f.needs().forEach(d -> needing.merge(d, 1, Integer::sum));
            }
            return needing.entrySet().stream().filter(e -> !activeDomains.contains(e.getKey()))
                    .map(e -> new DomainCount(e.getKey(), FamilyCount.of(e.getValue())))
                    .sorted(Comparator.comparing(DomainCount::families, Comparator.reverseOrder())
                            .thenComparing(DomainCount::domain))
                    .toList();
        }

        private List<NeighbourhoodCount> emptyNeighbourhoods() {
            Map<String, Integer> living = new TreeMap<>();
            loaded.families().stream().map(FamilyRow::neighbourhood)
                    .filter(n -> n != null && !presentPlaces.contains(n))
                    .forEach(n -> living.merge(n, 1, Integer::sum));
            return living.entrySet().stream().map(e -> new NeighbourhoodCount(e.getKey(), FamilyCount.of(e.getValue())))
                    .sorted(Comparator.comparing(NeighbourhoodCount::families, Comparator.reverseOrder())
                            .thenComparing(NeighbourhoodCount::neighbourhood))
                    .toList();
        }

        private List<AgeBandCount> emptyAgeBands() {
            int[] families = familiesByBand();
            List<AgeBandCount> empty = new ArrayList<>();
            for (AgeBand band : AgeBand.values()) {
                boolean served = loaded.services().stream().filter(s -> present.containsKey(s.partner()))
                        .anyMatch(s -> AgeCoverage.covers(s.ageMin(), s.ageMax(), band));
                if (!served && families[band.ordinal()] > 0) {
                    empty.add(new AgeBandCount(band.code(), FamilyCount.of(families[band.ordinal()])));
                }
            }
            return empty;
        }

        private boolean familyVoice() {
            return present.keySet().stream().map(id -> eco.vertex(eco.indexOf(id).getAsInt()))
                    .anyMatch(v -> PartnerKind.PARENTS.code().equals(v.kind()));
        }

        private FamiliesReached familiesReached() {
            int[] families = familiesByBand();
            return new FamiliesReached(FamilyCount.of(loaded.families().size()), Arrays.stream(AgeBand.values())
                    .map(b -> new AgeBandCount(b.code(), FamilyCount.of(families[b.ordinal()]))).toList());
        }

        private int[] familiesByBand() {
            int[] families = new int[AgeBand.values().length];
            loaded.families().forEach(f -> f.childAgeBands().forEach(b -> families[b.ordinal()]++));
            return families;
        }

        // ---- engagement

        private List<Engagement> engagement() {
            List<Engagement> rows = new ArrayList<>();
            CsrGraph collaborations = collaboration.graph();
            CsrGraph referrals = referral.graph();
            Set<Integer> membersInCollaboration = present.keySet().stream()
                    .map(id -> collaboration.indexOf(id).orElse(-1)).collect(Collectors.toSet());
            present.forEach((id, seats) -> {
                int c = collaboration.indexOf(id).orElse(-1);
                int r = referral.indexOf(id).orElse(-1);
                int withMembers = 0;
                if (c >= 0) {
                    for (int i = collaborations.out().offsets()[c]; i < collaborations.out().offsets()[c + 1]; i++) {
                        if (membersInCollaboration.contains(collaborations.out().targets()[i])) {
                            withMembers++;
                        }
                    }
                }
                rows.add(new Engagement(id, eco.vertex(eco.indexOf(id).getAsInt()).name(), seats,
                        c < 0 ? 0 : collaborations.out().degree(c), withMembers,
                        r < 0 ? 0 : (int) Math.round(referrals.out().strength(r)),
                        r < 0 ? 0 : (int) Math.round(referrals.in().strength(r)), FamilyCount.of(reach.of(id).size()), null));
            });
            double collab = median(rows, Engagement::collaborations);
            double sent = median(rows, Engagement::referralsSent);
            double received = median(rows, Engagement::referralsReceived);
            double families = median(rows, e -> e.families().value());
            return rows.stream()
                    .map(e -> new Engagement(e.id(), e.name(), e.seatedAs(), e.collaborations(),
                            e.collaborationsWithMembers(), e.referralsSent(), e.referralsReceived(), e.families(),
                            new RelativeToMedian(ratio(e.collaborations(), collab), ratio(e.referralsSent(), sent),
                                    ratio(e.referralsReceived(), received),
                                    new FamilyRatio(nullToNaN(ratio(e.families().value(), families)), e.families()))))
                    .sorted(Comparator.comparing(Engagement::name, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(Engagement::id))
                    .toList();
        }
    }

    // ---- small helpers

    /** The median of a figure over the rows: the middle value, or the mean of the two middle ones. */
    static <T> double median(List<T> rows, ToIntFunction<T> figure) {
        int[] values = rows.stream().mapToInt(figure).sorted().toArray();
        if (values.length == 0) {
            return 0;
        }
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
    }

    private static double nullToNaN(Double ratio) {
        return ratio == null ? Double.NaN : ratio;
    }

    private static Double ratio(int value, double median) {
        return median == 0 ? null : value / median;
    }

    /** The number of values <= x in a sorted array. */
    private static int upperBound(double[] sorted, double x) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= x) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    static String plural(long count, String noun) {
        if (count == 1) {
            return "1 " + noun;
        }
        return count + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static java.util.stream.Collector<CharSequence, ?, String> joiningAnd() {
        return Collectors.collectingAndThen(Collectors.toList(), list -> list.size() <= 1
                ? String.join("", list)
                : String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.getLast());
    }

    private static <T> Set<String> ids(List<T> rows, Function<T, String> id) {
        return rows.stream().map(id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Gaps gapsOnlyIn(EmptyChairs these, EmptyChairs others) {
        Set<String> domains = ids(others.domains(), DomainCount::domain);
        Set<String> places = ids(others.neighbourhoods(), NeighbourhoodCount::neighbourhood);
        Set<String> bands = ids(others.ageBands(), AgeBandCount::ageBand);
        return new Gaps(these.domains().stream().filter(d -> !domains.contains(d.domain())).toList(),
                these.neighbourhoods().stream().filter(n -> !places.contains(n.neighbourhood())).toList(),
                these.ageBands().stream().filter(b -> !bands.contains(b.ageBand())).toList());
    }

    private static List<AgeBandChange> ageBandChanges(FamiliesReached from, FamiliesReached to) {
        List<AgeBandChange> changes = new ArrayList<>();
        for (int i = 0; i < from.byAgeBand().size(); i++) {
            changes.add(new AgeBandChange(from.byAgeBand().get(i).ageBand(), from.byAgeBand().get(i).families(),
                    to.byAgeBand().get(i).families()));
        }
        return changes;
    }
}
