package be.tafel.web;

import be.tafel.analysis.AnalysisService;
import be.tafel.analysis.Snapshot;
import be.tafel.analysis.ViewAnalysis;
import be.tafel.analysis.ViewKind;
import be.tafel.export.ExportFormat;
import be.tafel.export.ExportGraph;
import be.tafel.export.ViewExporter;
import be.tafel.model.Coded;
import be.tafel.model.NodeLabel;
import be.tafel.privacy.Audience;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code GET /api/export?view=…&format=graphml|gexf|csv}: a view with its scores as a file for Gephi, R,
 * Python or a spreadsheet. Without {@code view} and {@code format} (or with {@code format=json}) the
 * same path answers the whole graph as one import document, as it always has; {@code format=xlsx} answers it as
 * a workbook in the import template's form.
 */
public final class ExportRoutes {
    private final AnalysisService analyses;
    private final Handler importDocument;
    private final Handler importWorkbook;

    public ExportRoutes(AnalysisService analyses, Handler importDocument, Handler importWorkbook) {
        this.analyses = analyses;
        this.importDocument = importDocument;
        this.importWorkbook = importWorkbook;
    }

    public void export(Context ctx) throws Exception {
        String formatText = ctx.queryParam("format");
        if ("xlsx".equals(formatText)) {
            if (ctx.queryParam("view") != null) {
                throw new Problems.BadRequest("format=xlsx is the whole network as a workbook to import again; it"
                        + " takes no view (use graphml, gexf or csv for a view)");
            }
            importWorkbook.handle(ctx);
            return;
        }
        if ((ctx.queryParam("view") == null && formatText == null) || "json".equals(formatText)) {
            importDocument.handle(ctx);
            return;
        }
        ExportFormat format = formatText == null
                ? ExportFormat.GRAPHML
                : Coded.parse(ExportFormat.class, formatText)
                        .orElseThrow(() -> new Problems.BadRequest("Unknown format '" + formatText
                                + "'; formats are json, " + Coded.allowed(ExportFormat.class) + "."));
        ViewExporter.Table table = table(ctx.queryParam("table"), format);
        ViewAnalysis analysis = analyses.analyse(ViewParams.from(ctx, ViewKind.COLLABORATION));
        refuseFamilyRows(analysis.snapshot());
        ExportGraph export = ExportGraph.of(analysis, ViewParams.flag(ctx, "weighted", false));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        String fileName;
        String contentType;
        if (format == ExportFormat.CSV && table == null) {
            ViewExporter.csvZip(export, bytes);
            fileName = export.fileName("zip");
            contentType = "application/zip";
        } else {
            try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                switch (format) {
                    case GRAPHML -> ViewExporter.graphml(export, out);
                    case GEXF -> ViewExporter.gexf(export, out);
                    case CSV -> ViewExporter.csv(export, table, out);
                }
            }
            fileName = table == null
                    ? export.fileName(format.extension())
                    : export.fileName(table.name().toLowerCase(Locale.ROOT) + ".csv");
            contentType = format.contentType() + "; charset=utf-8";
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.contentType(contentType).result(bytes.toByteArray());
    }

    /**
     * A file names every vertex and writes every weight as a number: for everyone but brokers, no view with
     * families as vertices (they would be named) and not the shared-families view (its weights count families
     * per pair, unmasked). Decided on what the file would hold, whatever the path that asked for it.
     */
    private static void refuseFamilyRows(Snapshot snapshot) {
        if (Audience.current().seesFamilies()) {
            return;
        }
        if (snapshot.request().view() == ViewKind.SHARED_FAMILIES) {
            throw new ForbiddenResponse("Only brokers export the shared-families view: its weights count families"
                    + " per pair of partners. Analysts find the pairs, masked, at /api/analysis/missing-links"
                    + "?method=shared-families.");
        }
        for (int v = 0; v < snapshot.size(); v++) {
            if (snapshot.vertex(v).type() == NodeLabel.FAMILY) {
                throw new ForbiddenResponse("Only brokers export views with single families; analysts see them"
                        + " grouped per neighbourhood on /api/graph.");
            }
        }
    }

    private static ViewExporter.Table table(String text, ExportFormat format) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (format != ExportFormat.CSV) {
            throw new Problems.BadRequest("Query parameter 'table' only applies to format=csv.");
        }
        return switch (text) {
            case "nodes" -> ViewExporter.Table.NODES;
            case "edges" -> ViewExporter.Table.EDGES;
            default ->
                throw new Problems.BadRequest("Query parameter 'table' must be nodes or edges, not '" + text + "'.");
        };
    }
}
