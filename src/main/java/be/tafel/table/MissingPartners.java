package be.tafel.table;

import be.tafel.analysis.Centrality;
import be.tafel.analysis.Reach;
import be.tafel.analysis.Snapshot;
import be.tafel.analysis.Ties;
import be.tafel.analysis.Vertex;
import be.tafel.analysis.ViewRequest;
import be.tafel.message.Message;
import be.tafel.model.NodeLabel;
import be.tafel.privacy.FamilyCount;
import be.tafel.privacy.FamilyRatio;
import be.tafel.table.Relevance.Part;
import be.tafel.table.TableReport.DomainCount;
import be.tafel.table.TableReport.MissingPartner;
import be.tafel.table.TableReport.Reason;
import be.tafel.table.TableStore.Loaded;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The partners missing at a table on a day, ranked by {@link Relevance}: each part of the score comes with its
 * raw value and a sentence that says what the number means.
 */
final class MissingPartners {
    /** The referral view's window, in the months the reasons name. */
    private static final int REFERRAL_MONTHS = ViewRequest.REFERRAL_WINDOW_DAYS / 365 * 12;

    /** A centrality reason names the rank bracket when the candidate ranks within one of these. */
    static final int[] CENTRALITY_BRACKETS = {5, 10};

    private final Snapshot eco;
    private final Centrality ecoScores;
    private final Reach reach;
    private final Snapshot referral;
    private final Snapshot collaboration;
    private final Loaded loaded;
    private final Map<String, List<String>> present;
    private final Set<String> familyIds;
    private final List<DomainCount> emptyDomains;

    MissingPartners(TableDay day, List<DomainCount> emptyDomains) {
        this.eco = day.eco;
        this.ecoScores = day.ecoScores();
        this.reach = day.reach;
        this.referral = day.referral;
        this.collaboration = day.collaboration;
        this.loaded = day.loaded;
        this.present = day.present;
        this.familyIds = day.familyIds;
        this.emptyDomains = emptyDomains;
    }

    List<MissingPartner> missing(int limit) {
        int[] candidates = IntStream.range(0, eco.size())
                .filter(v -> eco.vertex(v).type() == NodeLabel.PARTNER
                        && !present.containsKey(eco.vertex(v).id()))
                .toArray();
        Parts parts = new Parts(candidates.length);
        for (int c = 0; c < candidates.length; c++) {
            parts.measure(c, eco.vertex(candidates[c]), candidates[c]);
        }
        Relevance relevance = new Relevance(parts.raw);
        Integer[] order = IntStream.range(0, candidates.length).boxed().toArray(Integer[]::new);
        Arrays.sort(
                order,
                Comparator.comparingDouble((Integer c) -> -relevance.score(c))
                        .thenComparing(c -> eco.vertex(candidates[c]).id()));
        List<MissingPartner> missing = new ArrayList<>();
        for (int k = 0; k < Math.min(limit, order.length); k++) {
            int c = order[k];
            Vertex v = eco.vertex(candidates[c]);
            List<Reason> reasons = Arrays.stream(Part.values())
                    .map(p -> reason(p, relevance, c, parts.texts.get(p)[c]))
                    .sorted(Comparator.comparingDouble(
                                    (Reason r) -> r.contribution().doubleValue())
                            .reversed())
                    .toList();
            FamilyCount shared = FamilyCount.of((int) Math.round(relevance.value(Part.SHARED_FAMILIES, c)));
            missing.add(new MissingPartner(
                    v.id(), v.name(), v.sector(), v.kind(), new FamilyRatio(relevance.score(c), shared), reasons));
        }
        return missing;
    }

    /** A part of a score; the shared families are a count, and what is computed from it reads as it does. */
    private static Reason reason(Part p, Relevance relevance, int c, Message text) {
        if (p != Part.SHARED_FAMILIES) {
            return new Reason(
                    p.kind(),
                    relevance.value(p, c),
                    relevance.normalised(p, c),
                    p.weight(),
                    relevance.contribution(p, c),
                    text);
        }
        FamilyCount shared = FamilyCount.of((int) Math.round(relevance.value(p, c)));
        return new Reason(
                p.kind(),
                shared,
                new FamilyRatio(relevance.normalised(p, c), shared),
                p.weight(),
                new FamilyRatio(relevance.contribution(p, c), shared),
                text);
    }

    /** The raw values and sentences of the five parts, per candidate. */
    private final class Parts {
        final double[][] raw = new double[Part.values().length][];
        final Map<Part, Message[]> texts = new EnumMap<>(Part.class);
        private final boolean[] memberInReferral = new boolean[referral.size()];
        private final int[] membersInCollaboration;
        private final Ties referrals = new Ties(referral);
        private final Ties links = new Ties(collaboration);
        private final double[] partnerBetweenness;
        private final Map<Set<String>, Integer> familiesNeeding = new HashMap<>();

        Parts(int n) {
            for (Part p : Part.values()) {
                raw[p.ordinal()] = new double[n];
                texts.put(p, new Message[n]);
            }
            present.keySet().forEach(id -> referral.indexOf(id).ifPresent(i -> memberInReferral[i] = true));
            membersInCollaboration = present.keySet().stream()
                    .mapToInt(id -> collaboration.indexOf(id).orElse(-1))
                    .filter(i -> i >= 0)
                    .toArray();
            partnerBetweenness = IntStream.range(0, eco.size())
                    .filter(v -> eco.vertex(v).type() == NodeLabel.PARTNER)
                    .mapToDouble(v -> ecoScores.betweenness()[v])
                    .sorted()
                    .toArray();
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
            Ties.Tally withMembers = referrals.with(v, memberInReferral);
            double volume = withMembers.weight();
            set(
                    Part.REFERRALS,
                    c,
                    volume,
                    volume == 0
                            ? Message.of("referralsNone", "months", REFERRAL_MONTHS)
                            : Message.of(
                                    "referralsWithMembers",
                                    "referrals",
                                    (long) volume,
                                    "members",
                                    withMembers.others(),
                                    "months",
                                    REFERRAL_MONTHS));
        }

        private void sharedFamilies(int c, String id) {
            long shared = reach.of(id).stream().filter(familyIds::contains).count();
            set(
                    Part.SHARED_FAMILIES,
                    c,
                    shared,
                    shared == 0
                            ? Message.of("sharedFamiliesNone")
                            : Message.of("sharedFamilies", "families", FamilyCount.of((int) shared)));
        }

        private void centrality(int c, double betweenness) {
            int higher = partnerBetweenness.length - upperBound(partnerBetweenness, betweenness);
            int rank = higher + 1;
            Message text;
            if (betweenness == 0) {
                text = Message.of("centralityNone");
            } else {
                int bracket = Arrays.stream(CENTRALITY_BRACKETS)
                        .filter(b -> rank <= b)
                        .findFirst()
                        .orElse(0);
                text = bracket > 0
                        ? Message.of("centralityTop", "top", bracket)
                        : Message.of("centralityRank", "rank", rank, "partners", partnerBetweenness.length);
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
                if (links.adjacent(v, m)) {
                    adjacent++;
                }
                if (links.shareNeighbours(v, m)) {
                    sharing++;
                    score += links.adamicAdar(v, m);
                }
            }
            Message text;
            if (adjacent > 0) {
                text = sharing == 0
                        ? Message.of("collaboratesSharesNone", "collaborating", adjacent)
                        : Message.of(
                                "collaboratesShares", "collaborating", adjacent, "members", sharing, "score", score);
            } else {
                text = sharing == 0
                        ? Message.of("sharesNoPartners")
                        : Message.of("sharesPartners", "members", sharing, "score", score);
            }
            set(Part.LINK_PREDICTION, c, score, text);
        }

        private void emptyChair(int c, Vertex candidate) {
            List<DomainCount> covered = emptyDomains.stream()
                    .filter(d -> candidate.domains().contains(d.domain()))
                    .toList();
            Message text;
            if (covered.isEmpty()) {
                text = Message.of("emptyChairNone");
            } else {
                List<String> names = covered.stream().map(DomainCount::domain).toList();
                int families = familiesNeedingAnyOf(names);
                text = families > 0
                        ? Message.of("emptyChairNeeded", "domains", names, "families", FamilyCount.of(families))
                        : Message.of("emptyChair", "domains", names);
            }
            set(Part.EMPTY_CHAIR, c, covered.size(), text);
        }

        /**
         * How many of the table's families need one of {@code domains}, counted once per set of domains: candidates
         * cover few distinct sets, and a region's table reaches tens of thousands of families.
         */
        private int familiesNeedingAnyOf(List<String> domains) {
            return familiesNeeding.computeIfAbsent(Set.copyOf(domains), needed -> (int) loaded.families().stream()
                    .filter(f -> f.needs().stream().anyMatch(needed::contains))
                    .count());
        }

        private void set(Part part, int c, double value, Message text) {
            raw[part.ordinal()][c] = value;
            texts.get(part)[c] = text;
        }
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
}
