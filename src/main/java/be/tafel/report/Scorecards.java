package be.tafel.report;

import be.tafel.analysis.Snapshot;
import be.tafel.analysis.Vertex;
import be.tafel.analysis.algo.CsrGraph;
import be.tafel.analysis.algo.ViewSummary;
import be.tafel.model.PartnerKind;
import be.tafel.report.Scorecard.Coverage;
import be.tafel.report.Scorecard.Gap;
import be.tafel.report.Scorecard.Member;
import be.tafel.report.Scorecard.Pair;
import be.tafel.table.TableAnalysis;
import be.tafel.table.TableReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds a table's {@link Scorecard} on a day from who sits at the table then and a year earlier (turnover), its
 * empty chairs and families reached, and the collaboration and referral views: one read of one graph version
 * ({@link TableAnalysis#seated}), so a write landing meanwhile never mixes two versions in one scorecard. Nothing
 * the scorecard does not show is worked out: no centrality, missing partners or engagement, and no view of the
 * earlier day.
 */
public final class Scorecards {
    private final TableAnalysis tables;

    public Scorecards(TableAnalysis tables) {
        this.tables = Objects.requireNonNull(tables, "tables");
    }

    /**
     * The scorecard of {@code tableId} on {@code at}, turnover counted since {@code from}.
     *
     * @throws be.tafel.table.UnknownIdsException when there is no such table
     */
    public Scorecard scorecard(String tableId, LocalDate at, LocalDate from) {
        TableAnalysis.Seated<List<ReportStore.Collaboration>> read =
                tables.seated(tableId, from, at, (tx, now) -> ReportStore.collaborations(tx, presentPartners(now), at));
        Snapshot collaboration = read.collaboration().snapshot();
        Snapshot referral = read.referral().snapshot();
        List<String> partners = presentPartners(read.now()).stream()
                .filter(p -> collaboration.indexOf(p).isPresent())
                .toList();

        CsrGraph ties = induced(collaboration, partners);
        CsrGraph referrals = induced(referral, partners);
        ViewSummary tiesSummary = ViewSummary.of(ties, 1);
        ViewSummary whole = read.collaboration().summary();
        Scorecard.Structure members = new Scorecard.Structure(
                partners.size(),
                ties.edgeCount(),
                tiesSummary.density(),
                tiesSummary.degreeCentralization(),
                tiesSummary.components(),
                referrals.edgeCount(),
                ViewSummary.of(referrals, 1).reciprocity());
        Scorecard.Structure network = new Scorecard.Structure(
                whole.nodes(),
                whole.edges(),
                whole.density(),
                whole.degreeCentralization(),
                whole.components(),
                referral.graph().edgeCount(),
                read.referral().summary().reciprocity());

        int persons =
                (int) read.now().stream().filter(m -> "person".equals(m.type())).count();
        TableReport.EmptyChairs gaps = read.emptyChairs();
        Set<String> domains = new TreeSet<>();
        Set<String> places = new TreeSet<>();
        List<String> parents = new ArrayList<>();
        for (String p : partners) {
            Vertex v = collaboration.vertex(collaboration.indexOf(p).getAsInt());
            v.domains().stream().filter(Objects::nonNull).forEach(domains::add);
            v.neighbourhoods().stream().filter(Objects::nonNull).forEach(places::add);
            if (PartnerKind.PARENTS.code().equals(v.kind())) {
                parents.add(v.name());
            }
        }
        Set<String> bandGaps = new TreeSet<>();
        gaps.ageBands().forEach(g -> bandGaps.add(g.ageBand()));
        List<String> bandsCovered = read.familiesReached().byAgeBand().stream()
                .filter(b -> b.families().value() > 0 && !bandGaps.contains(b.ageBand()))
                .map(TableReport.AgeBandCount::ageBand)
                .toList();

        Set<String> before = ids(read.before());
        Set<String> now = ids(read.now());
        List<TableAnalysis.Sitter> joined =
                read.now().stream().filter(m -> !before.contains(m.id())).toList();
        List<TableAnalysis.Sitter> left =
                read.before().stream().filter(m -> !now.contains(m.id())).toList();
        int membersOn = read.before().size();
        return new Scorecard(
                new Scorecard.Table(
                        read.table().id(),
                        read.table().name(),
                        read.table().kind(),
                        read.table().domains()),
                at,
                new Scorecard.Size(partners.size(), persons, read.now().size()),
                members,
                network,
                multiplexity(collaboration, referral, partners, read.extra()),
                new Scorecard.Turnover(
                        from,
                        membersOn,
                        read.now().size(),
                        members(joined),
                        members(left),
                        membersOn == 0 ? null : (double) left.size() / membersOn),
                coverage(
                        List.copyOf(domains),
                        gaps.domains().stream()
                                .map(g -> new Gap(g.domain(), g.families()))
                                .toList()),
                coverage(
                        List.copyOf(places),
                        gaps.neighbourhoods().stream()
                                .map(g -> new Gap(g.neighbourhood(), g.families()))
                                .toList()),
                coverage(
                        bandsCovered,
                        gaps.ageBands().stream()
                                .map(g -> new Gap(g.ageBand(), g.families()))
                                .toList()),
                new Scorecard.FamilyVoice(gaps.familyVoice(), List.copyOf(parents)),
                read.familiesReached().total());
    }

    private static Set<String> ids(List<TableAnalysis.Sitter> sitters) {
        Set<String> ids = new HashSet<>();
        sitters.forEach(m -> ids.add(m.id()));
        return ids;
    }

    /** The partners present at the table: seated themselves, or through a person who works for them. */
    private static List<String> presentPartners(List<TableAnalysis.Sitter> sitters) {
        Set<String> present = new LinkedHashSet<>();
        for (TableAnalysis.Sitter m : sitters) {
            String partner = "partner".equals(m.type()) ? m.id() : m.partner();
            if (partner != null) {
                present.add(partner);
            }
        }
        return List.copyOf(present);
    }

    private static List<Member> members(List<TableAnalysis.Sitter> members) {
        return members.stream().map(m -> new Member(m.id(), m.name(), m.type())).toList();
    }

    private static Coverage coverage(List<String> covered, List<Gap> gaps) {
        int all = covered.size() + gaps.size();
        return new Coverage(covered, gaps, all == 0 ? null : (double) covered.size() / all);
    }

    /** The subgraph of {@code snapshot} on {@code ids} (in that order), with the snapshot's direction and weights. */
    static CsrGraph induced(Snapshot snapshot, List<String> ids) {
        CsrGraph graph = snapshot.graph();
        int[] index = new int[snapshot.size()];
        java.util.Arrays.fill(index, -1);
        for (int i = 0; i < ids.size(); i++) {
            index[snapshot.indexOf(ids.get(i)).orElseThrow()] = i;
        }
        CsrGraph.Builder builder = new CsrGraph.Builder(ids.size(), graph.isDirected());
        for (String id : ids) {
            int u = snapshot.indexOf(id).getAsInt();
            CsrGraph.Adjacency out = graph.out();
            for (int k = out.offsets()[u]; k < out.offsets()[u + 1]; k++) {
                int v = out.targets()[k];
                if (index[v] >= 0 && (graph.isDirected() || u < v)) {
                    builder.addEdge(index[u], index[v], out.weights()[k]);
                }
            }
        }
        return builder.build();
    }

    private static Scorecard.Multiplexity multiplexity(
            Snapshot collaboration, Snapshot referral, List<String> partners, List<ReportStore.Collaboration> stored) {
        Set<String> in = Set.copyOf(partners);
        Map<String, Set<String>> ways = new TreeMap<>();
        for (ReportStore.Collaboration c : stored) {
            if (in.contains(c.a()) && in.contains(c.b()) && !c.a().equals(c.b())) {
                ways.computeIfAbsent(key(c.a(), c.b()), k -> new TreeSet<>())
                        .add("collaborates:" + (c.kind() == null ? "unspecified" : c.kind()));
            }
        }
        for (int i = 0; i < partners.size(); i++) {
            int u = referral.indexOf(partners.get(i)).orElse(-1);
            for (int j = i + 1; j < partners.size() && u >= 0; j++) {
                int v = referral.indexOf(partners.get(j)).orElse(-1);
                if (v >= 0
                        && (referral.graph().hasEdge(u, v) || referral.graph().hasEdge(v, u))) {
                    ways.computeIfAbsent(key(partners.get(i), partners.get(j)), k -> new TreeSet<>())
                            .add("referrals");
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        int multiplex = 0;
        for (Map.Entry<String, Set<String>> e : ways.entrySet()) {
            String[] ab = e.getKey().split("\u0000");
            if (e.getValue().size() > 1) {
                multiplex++;
                pairs.add(new Pair(
                        ab[0],
                        name(collaboration, ab[0]),
                        ab[1],
                        name(collaboration, ab[1]),
                        List.copyOf(e.getValue())));
            }
        }
        pairs.sort(Comparator.comparingInt((Pair p) -> -p.ways().size())
                .thenComparing(Pair::a)
                .thenComparing(Pair::b));
        return new Scorecard.Multiplexity(
                ways.size(), multiplex, ways.isEmpty() ? null : (double) multiplex / ways.size(), List.copyOf(pairs));
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    private static String name(Snapshot snapshot, String id) {
        return snapshot.vertex(snapshot.indexOf(id).getAsInt()).name();
    }
}
