package be.tafel.web;

import be.tafel.model.Coded;
import be.tafel.analysis.AnalysisService;
import be.tafel.analysis.ViewKind;
import be.tafel.export.ExportFormat;
import be.tafel.export.ExportGraph;
import be.tafel.export.ViewExporter;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code GET /api/export?view=…&format=graphml|gexf|csv}: a view with its scores as a file for Gephi, R,
 * Python or a spreadsheet. Without {@code view} and {@code format} (or with {@code format=json}) the
 * same path answers the whole graph as one import document, as it always has.
 */
public final class ExportRoutes {
    private final AnalysisService analyses;
    private final Handler importDocument;

    public ExportRoutes(AnalysisService analyses, Handler importDocument) {
        this.analyses = analyses;
        this.importDocument = importDocument;
    }

    public void export(Context ctx) throws Exception {
        String formatText = ctx.queryParam("format");
        if ((ctx.queryParam("view") == null && formatText == null) || "json".equals(formatText)) {
            importDocument.handle(ctx);
            return;
        }
        ExportFormat format = formatText == null ? ExportFormat.GRAPHML : Coded.parse(ExportFormat.class, formatText).orElseThrow(() ->
                new Problems.BadRequest("Unknown format '" + formatText + "'; formats are json, " + Coded.allowed(ExportFormat.class) + "."));
        ViewExporter.Table table = table(ctx.queryParam("table"), format);
        ExportGraph export = ExportGraph.of(analyses.analyse(ViewParams.from(ctx, ViewKind.COLLABORATION)),
                ViewParams.flag(ctx, "weighted", false));
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
            fileName = table == null ? export.fileName(format.extension())
                    : export.fileName(table.name().toLowerCase(Locale.ROOT) + ".csv");
            contentType = format.contentType() + "; charset=utf-8";
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.contentType(contentType).result(bytes.toByteArray());
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
            default -> throw new Problems.BadRequest("Query parameter 'table' must be nodes or edges, not '" + text + "'.");
        };
    }
}
