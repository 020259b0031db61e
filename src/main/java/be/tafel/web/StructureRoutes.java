package be.tafel.web;

import be.tafel.analysis.AnalysisService;
import be.tafel.analysis.BrokerageRoles;
import be.tafel.analysis.Communities;
import be.tafel.analysis.Groups;
import be.tafel.analysis.MissingLinks;
import be.tafel.analysis.Snapshot;
import be.tafel.analysis.ViewAnalysis;
import be.tafel.analysis.ViewKind;
import be.tafel.analysis.ViewRequest;
import be.tafel.privacy.FamilyCount;
import be.tafel.privacy.FamilyRows;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/analysis/missing-links}, {@code /communities} and {@code /brokerage}: each checks its
 * parameters before it reads a view, and asks {@link AnalysisService} for the analysis.
 */
public final class StructureRoutes {
    private final AnalysisService analyses;

    public StructureRoutes(AnalysisService analyses) {
        this.analyses = analyses;
    }

    /** {@code familiesLeftOut}: links with a family at one end, left out for everyone but brokers. */
    public record LinksResponse(
            String view, LocalDate at, String method, List<MissingLinks.Link> links, FamilyCount familiesLeftOut) {}

    public record CommunitiesResponse(
            String view,
            LocalDate at,
            double modularity,
            Double eiIndex,
            Double sectorEiIndex,
            List<Communities.Community> communities,
            List<Communities.SectorTies> sectors) {}

    public record BrokerageResponse(String view, LocalDate at, String groupBy, List<BrokerageRoles.Roles> nodes) {}

    public void missingLinks(Context ctx) {
        ViewRequest request = ViewParams.from(ctx, ViewKind.COLLABORATION);
        String method = ctx.queryParamAsClass("method", String.class).getOrDefault("adamic-adar");
        try {
            MissingLinks.checkMethod(method);
        } catch (IllegalArgumentException e) {
            throw new Problems.BadRequest(e.getMessage());
        }
        int limit = ViewParams.limit(ctx, 20, 10_000);
        List<MissingLinks.Link> links;
        if (method.equals(MissingLinks.SHARED_FAMILIES)) {
            AnalysisService.OneVersion<Void> views = analyses.oneVersion(
                    List.of(request.withView(ViewKind.COLLABORATION), request.withView(ViewKind.SHARED_FAMILIES)));
            links = MissingLinks.sharedFamiliesWithoutTie(
                    views.view(0).snapshot(), views.view(1).snapshot(), limit);
        } else {
            links = MissingLinks.predicted(analyses.analyse(request).snapshot(), method, limit);
        }
        FamilyRows rows = FamilyRows.forCurrentAudience();
        List<MissingLinks.Link> shown = links.stream()
                .filter(l -> rows.keepAll(List.of(l.source(), l.target())))
                .map(l -> l.withCommonNeighbours(rows.visible(l.commonNeighbours())))
                .toList();
        ctx.json(new LinksResponse(request.view().code(), request.at(), method, shown, rows.leftOut()));
    }

    public void communities(Context ctx) {
        ViewAnalysis analysis = analyses.analyse(ViewParams.from(ctx, ViewKind.COLLABORATION));
        Snapshot snapshot = analysis.snapshot();
        Communities c = analysis.communityStructure();
        FamilyRows rows = FamilyRows.forCurrentAudience();
        List<Communities.Community> communities = c.communities().stream()
                .map(community -> community.withMembers(rows.visible(community.members())))
                .toList();
        ctx.json(new CommunitiesResponse(
                snapshot.request().view().code(),
                snapshot.request().at(),
                c.modularity(),
                c.eiIndex(),
                c.sectorEiIndex(),
                communities,
                c.sectors()));
    }

    public void brokerage(Context ctx) {
        ViewRequest request = ViewParams.from(ctx, ViewKind.REFERRAL);
        if (!request.view().directed()) {
            throw new Problems.BadRequest("Brokerage roles need a directed view: use view=referral.");
        }
        String groupBy = ctx.queryParamAsClass("groupBy", String.class).getOrDefault("sector");
        Groups.By by = switch (groupBy) {
            case "sector" -> Groups.By.SECTOR;
            case "domain" -> Groups.By.DOMAIN;
            default -> throw new Problems.BadRequest("groupBy must be sector or domain, not '" + groupBy + "'.");
        };
        int limit = ViewParams.limit(ctx, 100_000, 100_000);
        ViewAnalysis analysis = analyses.analyse(request);
        List<BrokerageRoles.Roles> nodes =
                analysis.brokerage(by).stream().limit(limit).toList();
        ctx.json(new BrokerageResponse(request.view().code(), request.at(), groupBy, nodes));
    }
}
