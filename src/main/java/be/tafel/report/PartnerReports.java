package be.tafel.report;

import be.tafel.analysis.AnalysisService;
import be.tafel.analysis.Centrality;
import be.tafel.analysis.Snapshot;
import be.tafel.analysis.Vertex;
import be.tafel.analysis.ViewKind;
import be.tafel.analysis.ViewRequest;
import be.tafel.analysis.algo.CsrGraph;
import be.tafel.analysis.algo.LinkPrediction;
import be.tafel.model.NodeLabel;
import be.tafel.privacy.FamilyCount;
import be.tafel.privacy.FamilyCounts;
import be.tafel.report.PartnerReport.AgeBandCount;
import be.tafel.report.PartnerReport.Collaboration;
import be.tafel.report.PartnerReport.Edge;
import be.tafel.report.PartnerReport.FamiliesReached;
import be.tafel.report.PartnerReport.KindCount;
import be.tafel.report.PartnerReport.Neighbourhood;
import be.tafel.report.PartnerReport.NeighbourhoodCount;
import be.tafel.report.PartnerReport.Node;
import be.tafel.report.PartnerReport.ReferralPartner;
import be.tafel.report.PartnerReport.SharedFamilies;
import be.tafel.report.PartnerReport.Standing;
import be.tafel.report.PartnerReport.SuggestedIntroduction;
import be.tafel.report.PartnerReport.TableSeat;
import be.tafel.report.PartnerReport.TableToJoin;
import be.tafel.report.PartnerReport.Ties;
import be.tafel.table.UnknownIdsException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntToDoubleFunction;

/**
 * Builds the {@link PartnerReport} of one partner on one day from the ecosystem, collaboration, referral and
 * shared-families views and the seats, all read at one graph version ({@link AnalysisService#oneVersion}).
 * Scores are those of the collaboration view, unweighted, as {@code /api/analysis/centrality} gives them.
 */
public final class PartnerReports {
    /** The most neighbours the small map draws. */
    public static final int NEIGHBOURS_MAX = 24;
    /** How many introductions a report suggests. */
    public static final int INTRODUCTIONS_MAX = 5;
    /** How many partners the lists of referral and shared-family partners hold. */
    public static final int PARTNERS_LISTED = 10;

    private static final int ECOSYSTEM = 0;
    private static final int COLLABORATION = 1;
    private static final int REFERRAL = 2;
    private static final int SHARED = 3;

    private final AnalysisService analyses;

    public PartnerReports(AnalysisService analyses) {
        this.analyses = Objects.requireNonNull(analyses, "analyses");
    }

    private record Read(
            List<ReportStore.Seat> seats,
            List<ReportStore.Collaboration> collaborations,
            List<ReportStore.FamilyFacts> families) {}

    /**
     * The report of {@code partnerId} on {@code at}.
     *
     * @throws UnknownIdsException when no partner with that id is in the network on that day
     */
    public PartnerReport report(String partnerId, LocalDate at) {
        List<ViewRequest> requests = List.of(
                new ViewRequest(ViewKind.ECOSYSTEM, at, null, null),
                new ViewRequest(ViewKind.COLLABORATION, at, null, null),
                new ViewRequest(ViewKind.REFERRAL, at, null, null),
                new ViewRequest(ViewKind.SHARED_FAMILIES, at, null, null));
        AnalysisService.OneVersion<Read> read = analyses.oneVersion(requests, true, (tx, views) -> {
            Snapshot eco = views.view(ECOSYSTEM).snapshot();
            int p = eco.indexOf(partnerId).orElse(-1);
            if (p < 0 || eco.vertex(p).type() != NodeLabel.PARTNER) {
                throw new UnknownIdsException("partner in the network on " + at + ",", List.of(partnerId));
            }
            return new Read(
                    ReportStore.seats(tx, at),
                    ReportStore.collaborations(tx, List.of(partnerId), at),
                    ReportStore.families(tx, views.reach(ECOSYSTEM).of(partnerId)));
        });
        Snapshot eco = read.view(ECOSYSTEM).snapshot();
        Snapshot collaboration = read.view(COLLABORATION).snapshot();
        Snapshot referral = read.view(REFERRAL).snapshot();
        Snapshot shared = read.view(SHARED).snapshot();
        Vertex self = eco.vertex(eco.indexOf(partnerId).getAsInt());
        Centrality scores = read.view(COLLABORATION).centrality(false);
        return new PartnerReport(
                at,
                new PartnerReport.Partner(
                        self.id(),
                        self.name(),
                        self.sector(),
                        self.kind(),
                        distinctSorted(self.domains()),
                        distinctSorted(self.neighbourhoods())),
                neighbourhood(partnerId, collaboration, referral),
                ties(partnerId, collaboration, referral, shared, read.extra().collaborations()),
                standing(partnerId, collaboration, scores),
                families(read.extra().families()),
                seats(partnerId, eco, read.extra().seats()),
                tablesToJoin(
                        partnerId,
                        self,
                        eco,
                        collaboration,
                        referral,
                        read.extra().seats()),
                introductions(partnerId, collaboration, shared));
    }

    private static Neighbourhood neighbourhood(String id, Snapshot collaboration, Snapshot referral) {
        Map<String, Double> weightTo = new HashMap<>();
        collaboration
                .indexOf(id)
                .ifPresent(u -> eachNeighbour(
                        collaboration.graph(),
                        u,
                        (v, w) -> weightTo.merge(collaboration.vertex(v).id(), w, Double::sum)));
        referral.indexOf(id)
                .ifPresent(u -> eachNeighbour(
                        referral.graph(),
                        u,
                        (v, w) -> weightTo.merge(referral.vertex(v).id(), w, Double::sum)));
        List<String> neighbours = weightTo.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
        List<String> shown = new ArrayList<>();
        shown.add(id);
        shown.addAll(neighbours.subList(0, Math.min(NEIGHBOURS_MAX, neighbours.size())));
        Set<String> onMap = new LinkedHashSet<>(shown);
        List<Node> nodes = new ArrayList<>();
        for (String n : shown) {
            Vertex v = vertexIn(n, collaboration, referral);
            nodes.add(new Node(n, v == null ? n : v.name(), v == null ? null : v.sector(), n.equals(id)));
        }
        List<Edge> edges = new ArrayList<>();
        addEdges(collaboration, onMap, "collaborates", edges);
        addEdges(referral, onMap, "referral", edges);
        return new Neighbourhood(nodes, edges, neighbours.size() - (shown.size() - 1));
    }

    private static void addEdges(Snapshot snapshot, Set<String> onMap, String kind, List<Edge> edges) {
        CsrGraph graph = snapshot.graph();
        for (String a : onMap) {
            int u = snapshot.indexOf(a).orElse(-1);
            if (u < 0) {
                continue;
            }
            eachNeighbour(graph, u, (v, w) -> {
                String b = snapshot.vertex(v).id();
                if (onMap.contains(b) && (graph.isDirected() || u < v)) {
                    edges.add(new Edge(a, b, kind, w));
                }
            });
        }
    }

    private static Vertex vertexIn(String id, Snapshot... snapshots) {
        for (Snapshot s : snapshots) {
            int i = s.indexOf(id).orElse(-1);
            if (i >= 0) {
                return s.vertex(i);
            }
        }
        return null;
    }

    private interface NeighbourVisitor {
        void visit(int v, double weight);
    }

    /** Out-neighbours of {@code u} (every neighbour on an undirected graph). */
    private static void eachNeighbour(CsrGraph graph, int u, NeighbourVisitor visitor) {
        CsrGraph.Adjacency out = graph.out();
        for (int k = out.offsets()[u]; k < out.offsets()[u + 1]; k++) {
            visitor.visit(out.targets()[k], out.weights()[k]);
        }
        if (graph.isDirected()) {
            CsrGraph.Adjacency in = graph.in();
            for (int k = in.offsets()[u]; k < in.offsets()[u + 1]; k++) {
                visitor.visit(in.targets()[k], in.weights()[k]);
            }
        }
    }

    private static Ties ties(
            String id,
            Snapshot collaboration,
            Snapshot referral,
            Snapshot shared,
            List<ReportStore.Collaboration> stored) {
        List<Collaboration> collaborations = new ArrayList<>();
        Map<String, Integer> byKind = new TreeMap<>();
        for (ReportStore.Collaboration c : stored) {
            String other = c.other(id);
            Vertex v = vertexIn(other, collaboration);
            if (v == null) {
                continue; // the other partner is not in the network on the day
            }
            collaborations.add(new Collaboration(other, v.name(), v.sector(), c.kind(), c.strength(), c.trust()));
            byKind.merge(c.kind() == null ? "unspecified" : c.kind(), 1, Integer::sum);
        }
        collaborations.sort(Comparator.comparing(Collaboration::name, Comparator.nullsLast(Comparator.naturalOrder())));
        List<KindCount> kinds = byKind.entrySet().stream()
                .map(e -> new KindCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(KindCount::ties).reversed().thenComparing(KindCount::kind))
                .toList();

        int sent = 0;
        int received = 0;
        List<ReferralPartner> referralPartners = new ArrayList<>();
        int r = referral.indexOf(id).orElse(-1);
        if (r >= 0) {
            CsrGraph g = referral.graph();
            Map<Integer, int[]> byPartner = new TreeMap<>();
            for (int k = g.out().offsets()[r]; k < g.out().offsets()[r + 1]; k++) {
                int n = (int) Math.round(g.out().weights()[k]);
                sent += n;
                byPartner.computeIfAbsent(g.out().targets()[k], x -> new int[2])[0] += n;
            }
            for (int k = g.in().offsets()[r]; k < g.in().offsets()[r + 1]; k++) {
                int n = (int) Math.round(g.in().weights()[k]);
                received += n;
                byPartner.computeIfAbsent(g.in().targets()[k], x -> new int[2])[1] += n;
            }
            byPartner.forEach((v, counts) -> referralPartners.add(new ReferralPartner(
                    referral.vertex(v).id(), referral.vertex(v).name(), counts[0], counts[1])));
            referralPartners.sort(Comparator.comparingInt((ReferralPartner p) -> p.sent() + p.received())
                    .reversed()
                    .thenComparing(ReferralPartner::partner));
        }

        List<SharedFamilies> sharedFamilies = new ArrayList<>();
        int s = shared.indexOf(id).orElse(-1);
        if (s >= 0) {
            CsrGraph g = shared.graph();
            int c = collaboration.indexOf(id).orElse(-1);
            List<int[]> rows = new ArrayList<>();
            for (int k = g.out().offsets()[s]; k < g.out().offsets()[s + 1]; k++) {
                rows.add(new int[] {
                    g.out().targets()[k], (int) Math.round(g.out().weights()[k])
                });
            }
            rows.sort(Comparator.comparingInt((int[] x) -> -x[1])
                    .thenComparing(x -> shared.vertex(x[0]).id()));
            for (int[] row : rows.subList(0, Math.min(PARTNERS_LISTED, rows.size()))) {
                Vertex v = shared.vertex(row[0]);
                int other = collaboration.indexOf(v.id()).orElse(-1);
                boolean tied = c >= 0 && other >= 0 && collaboration.graph().hasEdge(c, other);
                sharedFamilies.add(new SharedFamilies(v.id(), v.name(), FamilyCount.of(row[1]), tied));
            }
        }
        return new Ties(
                List.copyOf(collaborations),
                kinds,
                sent,
                received,
                List.copyOf(referralPartners.subList(0, Math.min(PARTNERS_LISTED, referralPartners.size()))),
                List.copyOf(sharedFamilies));
    }

    private static List<Standing> standing(String id, Snapshot collaboration, Centrality scores) {
        int p = collaboration.indexOf(id).orElse(-1);
        if (p < 0) {
            return List.of();
        }
        String sector = collaboration.vertex(p).sector();
        List<Standing> standing = new ArrayList<>();
        Map<String, IntToDoubleFunction> named = new LinkedHashMap<>();
        named.put("degree", v -> scores.degree()[v]);
        named.put("betweenness", v -> scores.betweenness()[v]);
        named.put("pagerank", v -> scores.pagerank()[v]);
        named.put("harmonic", v -> scores.harmonic()[v]);
        named.forEach((score, of) -> {
            int n = collaboration.size();
            double[] all = new double[n];
            List<Double> sectorValues = new ArrayList<>();
            for (int v = 0; v < n; v++) {
                all[v] = of.applyAsDouble(v);
                if (Objects.equals(collaboration.vertex(v).sector(), sector)) {
                    sectorValues.add(all[v]);
                }
            }
            double value = all[p];
            int rank = 1;
            for (double x : all) {
                rank += x > value ? 1 : 0;
            }
            double[] inSector =
                    sectorValues.stream().mapToDouble(Double::doubleValue).toArray();
            standing.add(new Standing(
                    score,
                    value,
                    rank,
                    n,
                    Stats.median(all),
                    Stats.percentileRank(all, value),
                    sector,
                    inSector.length,
                    Stats.median(inSector),
                    Stats.percentileRank(inSector, value)));
        });
        return List.copyOf(standing);
    }

    private static FamiliesReached families(List<ReportStore.FamilyFacts> families) {
        Map<String, Integer> byPlace = new TreeMap<>();
        Map<String, Integer> byBand = new TreeMap<>();
        for (ReportStore.FamilyFacts f : families) {
            byPlace.merge(f.neighbourhood() == null ? "?" : f.neighbourhood(), 1, Integer::sum);
            new LinkedHashSet<>(f.childAgeBands()).forEach(b -> byBand.merge(b, 1, Integer::sum));
        }
        FamilyCounts group = FamilyCounts.adding();
        List<NeighbourhoodCount> places = new ArrayList<>();
        byPlace.forEach((place, n) -> places.add(new NeighbourhoodCount(place, group.cell(n))));
        FamilyCount total = group.total();
        List<AgeBandCount> bands = new ArrayList<>();
        byBand.forEach((band, n) -> bands.add(new AgeBandCount(band, FamilyCount.of(n))));
        return new FamiliesReached(total, List.copyOf(places), List.copyOf(bands));
    }

    private static List<TableSeat> seats(String id, Snapshot eco, List<ReportStore.Seat> seats) {
        List<TableSeat> result = new ArrayList<>();
        for (ReportStore.Seat seat : seats) {
            if (id.equals(seat.partner())) {
                Vertex table = eco.vertex(eco.indexOf(seat.table()).orElseThrow());
                boolean own = seat.member().equals(id);
                result.add(new TableSeat(
                        table.id(),
                        table.name(),
                        table.kind(),
                        own ? null : seat.member(),
                        own ? null : seat.memberName(),
                        seat.role(),
                        seat.since()));
            }
        }
        return List.copyOf(result);
    }

    private static List<TableToJoin> tablesToJoin(
            String id,
            Vertex self,
            Snapshot eco,
            Snapshot collaboration,
            Snapshot referral,
            List<ReportStore.Seat> seats) {
        Map<String, Set<String>> present = new TreeMap<>();
        for (Vertex v : eco.vertices()) {
            if (v.type() == NodeLabel.TABLE) {
                present.put(v.id(), new LinkedHashSet<>());
            }
        }
        for (ReportStore.Seat seat : seats) {
            if (seat.partner() != null && present.containsKey(seat.table())) {
                present.get(seat.table()).add(seat.partner());
            }
        }
        Set<String> domains = new LinkedHashSet<>(self.domains());
        List<TableToJoin> result = new ArrayList<>();
        present.forEach((tableId, members) -> {
            if (members.contains(id)) {
                return;
            }
            Vertex table = eco.vertex(eco.indexOf(tableId).orElseThrow());
            List<String> sharedDomains = table.domains().stream()
                    .filter(domains::contains)
                    .distinct()
                    .sorted()
                    .toList();
            List<String> worksWith = new ArrayList<>();
            int referrals = 0;
            int c = collaboration.indexOf(id).orElse(-1);
            int r = referral.indexOf(id).orElse(-1);
            for (String m : members) {
                int cm = collaboration.indexOf(m).orElse(-1);
                if (c >= 0 && cm >= 0 && collaboration.graph().hasEdge(c, cm)) {
                    worksWith.add(collaboration.vertex(cm).name());
                }
                int rm = referral.indexOf(m).orElse(-1);
                if (r >= 0 && rm >= 0) {
                    referrals += (int) Math.round(
                            referral.graph().weight(r, rm) + referral.graph().weight(rm, r));
                }
            }
            if (!sharedDomains.isEmpty() || !worksWith.isEmpty() || referrals > 0) {
                worksWith.sort(Comparator.nullsLast(Comparator.naturalOrder()));
                result.add(new TableToJoin(
                        tableId, table.name(), table.kind(), sharedDomains, List.copyOf(worksWith), referrals));
            }
        });
        result.sort(Comparator.comparingInt((TableToJoin t) ->
                        -(t.membersItWorksWith().size() + t.sharedDomains().size()))
                .thenComparingInt(t -> -t.referralsWithMembers())
                .thenComparing(TableToJoin::table));
        return List.copyOf(result);
    }

    private static List<SuggestedIntroduction> introductions(String id, Snapshot collaboration, Snapshot shared) {
        int u = collaboration.indexOf(id).orElse(-1);
        if (u < 0) {
            return List.of();
        }
        CsrGraph graph = collaboration.graph().undirected();
        LinkPrediction links = new LinkPrediction(graph);
        int s = shared.indexOf(id).orElse(-1);
        record Candidate(int v, int[] common, double adamicAdar, int families) {}
        List<Candidate> candidates = new ArrayList<>();
        for (int v = 0; v < collaboration.size(); v++) {
            if (v == u || graph.hasEdge(u, v) || collaboration.vertex(v).type() != NodeLabel.PARTNER) {
                continue;
            }
            int[] common = links.commonNeighbours(u, v);
            int sv = shared.indexOf(collaboration.vertex(v).id()).orElse(-1);
            int families = s >= 0 && sv >= 0 ? (int) Math.round(shared.graph().weight(s, sv)) : 0;
            if (common.length > 0 || families > 0) {
                candidates.add(
                        new Candidate(v, common, links.score(LinkPrediction.Method.ADAMIC_ADAR, u, v), families));
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.families())
                .thenComparingDouble(c -> -c.adamicAdar())
                .thenComparing(c -> collaboration.vertex(c.v()).id()));
        return candidates.subList(0, Math.min(INTRODUCTIONS_MAX, candidates.size())).stream()
                .map(c -> {
                    Vertex v = collaboration.vertex(c.v());
                    return new SuggestedIntroduction(
                            v.id(),
                            v.name(),
                            v.sector(),
                            Arrays.stream(c.common())
                                    .mapToObj(w -> collaboration.vertex(w).name())
                                    .toList(),
                            c.adamicAdar(),
                            FamilyCount.of(c.families()));
                })
                .toList();
    }

    private static List<String> distinctSorted(List<String> values) {
        return values.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }
}
