package be.tafel.web;

import be.tafel.report.PartnerReports;
import be.tafel.report.Scorecards;
import be.tafel.table.UnknownIdsException;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/partners/{id}/report} and {@code /api/tables/{id}/scorecard}: the reports for a steering group.
 * Family counts in them are {@code be.tafel.privacy} values, so each role reads them as it may.
 */
public final class ReportRoutes {
    /** The query parameters of each route, for {@code WarmResponses.around}. */
    public static final List<String> PARTNER_PARAMETERS = List.of("at");

    public static final List<String> SCORECARD_PARAMETERS = List.of("at", "from");

    private final PartnerReports partners;
    private final Scorecards scorecards;

    public ReportRoutes(PartnerReports partners, Scorecards scorecards) {
        this.partners = partners;
        this.scorecards = scorecards;
    }

    /** {@code GET /api/partners/{id}/report?at=}: one partner's page. */
    public void partner(Context ctx) {
        LocalDate at = ViewParams.date(ctx, "at", LocalDate.now());
        try {
            ctx.json(partners.report(ctx.pathParam("id"), at));
        } catch (UnknownIdsException e) {
            throw new NotFoundResponse(e.getMessage());
        }
    }

    /** {@code GET /api/tables/{id}/scorecard?at=&from=}: {@code from} (turnover) defaults to a year before {@code at}. */
    public void scorecard(Context ctx) {
        LocalDate at = ViewParams.date(ctx, "at", LocalDate.now());
        LocalDate from = ViewParams.date(ctx, "from", at.minusYears(1));
        if (from.isAfter(at)) {
            throw new Problems.BadRequest("Query parameter 'from' (" + from + ") must not be after 'at' (" + at + ").");
        }
        try {
            ctx.json(scorecards.scorecard(ctx.pathParam("id"), at, from));
        } catch (UnknownIdsException e) {
            throw new NotFoundResponse(e.getMessage());
        }
    }
}
