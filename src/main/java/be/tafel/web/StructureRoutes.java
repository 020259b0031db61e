package be.tafel.web;

import be.tafel.analysis.AnalysisService;
import be.tafel.analysis.Groups;
import be.tafel.analysis.Snapshot;
import be.tafel.analysis.Vertex;
import be.tafel.analysis.ViewAnalysis;
import be.tafel.analysis.ViewKind;
import be.tafel.analysis.ViewRequest;
import be.tafel.analysis.algo.Brokerage;
import be.tafel.analysis.algo.CsrGraph;
import be.tafel.analysis.algo.EIIndex;
import be.tafel.analysis.algo.LinkPrediction;
import be.tafel.analysis.algo.Louvain;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/** {@code /api/analysis/missing-links}, {@code /communities} and {@code /brokerage}. */
public final class StructureRoutes {
    private final AnalysisService analyses;

    public StructureRoutes(AnalysisService analyses) {
        this.analyses = analyses;
    }

    public record Link(String source, String target, double score, List<String> commonNeighbours) {}

    public record LinksResponse(String view, LocalDate at, String method, List<Link> links) {}

    public record Community(int id, List<String> members, Map<String, Integer> sectors, Double eiIndex) {}

    public record CommunitiesResponse(String view, LocalDate at, double modularity, Double eiIndex,
            Double sectorEiIndex, List<Community> communities) {}

    public record BrokerRoles(String id, String name, String group, long coordinator, long itinerant,
            long representative, long gatekeeper, long liaison, long total) {}

    public record BrokerageResponse(String view, LocalDate at, String groupBy, List<BrokerRoles> nodes) {}

    public void missingLinks(Context ctx) {
        ViewRequest request = ViewParams.from(ctx, ViewKind.COLLABORATION);
        String method = ctx.queryParamAsClass("method", String.class).getOrDefault("adamic-adar");
        int limit = ViewParams.limit(ctx, 20, 10_000);
        ViewAnalysis analysis = analyses.analyse(request);
        List<Link> links = method.equals("shared-families")
                ? sharedFamiliesWithoutTie(request, limit)
                : predicted(analysis.snapshot(), method(method), limit);
        ctx.json(new LinksResponse(request.view().code(), request.at(), method, links));
    }

    public void communities(Context ctx) {
        ViewAnalysis analysis = analyses.analyse(ViewParams.from(ctx, ViewKind.COLLABORATION));
        Snapshot snapshot = analysis.snapshot();
        CsrGraph graph = snapshot.graph().undirected();
        Louvain louvain = analysis.communities();
        int[] community = louvain.getCommunities();
        EIIndex byCommunity = new EIIndex(graph, community);
        Groups sectors = Groups.of(snapshot, Groups.By.SECTOR);
        List<Community> communities = new ArrayList<>();
        for (int c = 0; c < louvain.getCommunityCount(); c++) {
            int id = c;
            int[] members = IntStream.range(0, community.length).filter(v -> community[v] == id).toArray();
            Map<String, Integer> bySector = new TreeMap<>();
            for (int v : members) {
                bySector.merge(sectors.name(sectors.groupOf()[v]), 1, Integer::sum);
            }
            communities.add(new Community(c, Arrays.stream(members).mapToObj(v -> snapshot.vertex(v).id()).toList(),
                    bySector, finite(byCommunity.getGroupIndex(c))));
        }
        ctx.json(new CommunitiesResponse(snapshot.request().view().code(), snapshot.request().at(),
                louvain.getModularity(), finite(byCommunity.getIndex()),
                finite(new EIIndex(graph, sectors.groupOf()).getIndex()), communities));
    }

    public void brokerage(Context ctx) {
        ViewAnalysis analysis = analyses.analyse(ViewParams.from(ctx, ViewKind.REFERRAL));
        Snapshot snapshot = analysis.snapshot();
        if (!snapshot.graph().isDirected()) {
            throw new Problems.BadRequest("Brokerage roles need a directed view: use view=referral.");
        }
        String groupBy = ctx.queryParamAsClass("groupBy", String.class).getOrDefault("sector");
        Groups groups = Groups.of(snapshot, switch (groupBy) {
            case "sector" -> Groups.By.SECTOR;
            case "domain" -> Groups.By.DOMAIN;
            default -> throw new Problems.BadRequest("groupBy must be sector or domain, not '" + groupBy + "'.");
        });
        Brokerage brokerage = new Brokerage(snapshot.graph(), groups.groupOf());
        List<BrokerRoles> nodes = IntStream.range(0, snapshot.size())
                .mapToObj(v -> roles(snapshot.vertex(v), groups.name(groups.groupOf()[v]), brokerage.getCounts(v)))
                .sorted(Comparator.comparingLong(BrokerRoles::total).reversed().thenComparing(BrokerRoles::id))
                .limit(ViewParams.limit(ctx, 100_000, 100_000))
                .toList();
        ctx.json(new BrokerageResponse(snapshot.request().view().code(), snapshot.request().at(), groupBy, nodes));
    }

    private static BrokerRoles roles(Vertex vertex, String group, Brokerage.Counts c) {
        return new BrokerRoles(vertex.id(), vertex.name(), group, c.coordinator(), c.itinerant(), c.representative(),
                c.gatekeeper(), c.liaison(),
                c.coordinator() + c.itinerant() + c.representative() + c.gatekeeper() + c.liaison());
    }

    private static List<Link> predicted(Snapshot snapshot, LinkPrediction.Method method, int limit) {
        return new LinkPrediction(snapshot.graph().undirected()).top(method, limit).stream()
                .map(p -> link(snapshot.vertex(p.u()).id(), snapshot.vertex(p.v()).id(), p.score(),
                        Arrays.stream(p.commonNeighbours()).mapToObj(w -> snapshot.vertex(w).id()).toList()))
                .toList();
    }

    /** A link with its ends in id order, so a pair reads the same whichever way the graph numbered it. */
    private static Link link(String a, String b, double score, List<String> commonNeighbours) {
        return a.compareTo(b) <= 0 ? new Link(a, b, score, commonNeighbours) : new Link(b, a, score, commonNeighbours);
    }

    /** Partner pairs that reach the same families but have no collaboration on the date, by families shared. */
    private List<Link> sharedFamiliesWithoutTie(ViewRequest request, int limit) {
        Snapshot collaboration = analyses.analyse(request.withView(ViewKind.COLLABORATION)).snapshot();
        Snapshot shared = analyses.analyse(request.withView(ViewKind.SHARED_FAMILIES)).snapshot();
        Set<String> tied = new HashSet<>();
        CsrGraph ties = collaboration.graph();
        for (int u = 0; u < ties.vertexCount(); u++) {
            for (int i = ties.out().offsets()[u]; i < ties.out().offsets()[u + 1]; i++) {
                tied.add(pair(collaboration.vertex(u).id(), collaboration.vertex(ties.out().targets()[i]).id()));
            }
        }
        List<Link> links = new ArrayList<>();
        CsrGraph g = shared.graph();
        for (int u = 0; u < g.vertexCount(); u++) {
            for (int i = g.out().offsets()[u]; i < g.out().offsets()[u + 1]; i++) {
                int v = g.out().targets()[i];
                String a = shared.vertex(u).id();
                String b = shared.vertex(v).id();
                if (u < v && !tied.contains(pair(a, b))) {
                    links.add(new Link(a.compareTo(b) < 0 ? a : b, a.compareTo(b) < 0 ? b : a, g.out().weights()[i], List.of()));
                }
            }
        }
        links.sort(Comparator.comparingDouble(Link::score).reversed().thenComparing(Link::source).thenComparing(Link::target));
        return links.subList(0, Math.min(limit, links.size()));
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    private static LinkPrediction.Method method(String name) {
        try {
            return LinkPrediction.Method.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new Problems.BadRequest("Unknown method '" + name + "'; use common-neighbours, jaccard, adamic-adar, "
                    + "resource-allocation, preferential-attachment, salton, sorensen, hub-promoted, hub-depressed, "
                    + "leicht-holme-newman or shared-families.");
        }
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
