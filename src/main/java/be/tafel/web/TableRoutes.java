package be.tafel.web;

import be.tafel.analysis.ViewKind;
import be.tafel.table.TableAnalysis;
import be.tafel.table.UnknownIdsException;
import be.tafel.table.WhatIf;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code /api/tables/{id}/analysis}, {@code /api/tables/{id}/compare} and {@code /api/what-if}: parses the
 * query, asks {@link TableAnalysis} or {@link WhatIf}, and writes the record they return.
 */
public final class TableRoutes {
    static final int MAX_MISSING = 1_000;

    private final TableAnalysis tables;
    private final WhatIf whatIf;

    public TableRoutes(TableAnalysis tables, WhatIf whatIf) {
        this.tables = tables;
        this.whatIf = whatIf;
    }

    /** {@code GET /api/tables/{id}/analysis?at=&limit=}. */
    public void analysis(Context ctx) {
        LocalDate at = ViewParams.date(ctx, "at", LocalDate.now());
        int limit = ViewParams.limit(ctx, TableAnalysis.MISSING_LIMIT_DEFAULT, MAX_MISSING);
        ctx.json(answer(() -> tables.analyse(ctx.pathParam("id"), at, limit)));
    }

    /**
     * {@code GET /api/tables/{id}/compare?from=&to=&limit=}: {@code to} defaults to today, {@code from} to a
     * year earlier.
     */
    public void compare(Context ctx) {
        LocalDate to = ViewParams.date(ctx, "to", LocalDate.now());
        LocalDate from = ViewParams.date(ctx, "from", to.minusYears(1));
        if (from.isAfter(to)) {
            throw new Problems.BadRequest("'from' (" + from + ") must not be after 'to' (" + to + ").");
        }
        int limit = ViewParams.limit(ctx, TableAnalysis.MISSING_LIMIT_DEFAULT, MAX_MISSING);
        ctx.json(answer(() -> tables.compare(ctx.pathParam("id"), from, to, limit)));
    }

    /** {@code GET /api/what-if?remove=ID[,ID…]&view=ecosystem&at=}. */
    public void whatIf(Context ctx) {
        String text = ctx.queryParam("remove");
        List<String> ids = text == null
                ? List.of()
                : Arrays.stream(text.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
        if (ids.isEmpty()) {
            throw new Problems.BadRequest(
                    "Query parameter 'remove' must name one or more partner or person ids, " + "separated by commas.");
        }
        ViewKind view = ViewParams.from(ctx, ViewKind.ECOSYSTEM).view();
        LocalDate at = ViewParams.date(ctx, "at", LocalDate.now());
        ctx.json(answer(() -> whatIf.remove(ids, view, at)));
    }

    private static <T> T answer(Supplier<T> work) {
        try {
            return work.get();
        } catch (UnknownIdsException e) {
            throw new NotFoundResponse(e.getMessage());
        }
    }
}
