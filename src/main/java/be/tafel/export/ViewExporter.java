package be.tafel.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes an {@link ExportGraph} as GraphML or GEXF (through JGraphT's exporters, every attribute
 * declared with its type) or as CSV node and edge tables (Commons CSV; JGraphT's CSV exporter has no
 * attributes). Knows nothing of HTTP: it writes to a stream.
 */
public final class ViewExporter {
    /** The CSV tables: one a file, or both in a zip. */
    public enum Table {
        NODES,
        EDGES
    }

    private ViewExporter() {}

    public static void graphml(ExportGraph export, Writer out) {
        GraphMLExporter<String, ExportEdge> exporter = new GraphMLExporter<>(id -> id);
        exporter.setEdgeIdProvider(ExportEdge::id);
        for (Column c : ExportGraph.GRAPH_COLUMNS) {
            exporter.registerAttribute(c.name(), GraphMLExporter.AttributeCategory.GRAPH, graphmlType(c.type()));
        }
        for (Column c : ExportGraph.NODE_COLUMNS) {
            // GraphML keys attributes by name: "kind" and "betweenness" are one key for nodes and edges alike
            boolean shared = c.name().equals("kind") || c.name().equals("betweenness");
            exporter.registerAttribute(
                    c.name(),
                    shared ? GraphMLExporter.AttributeCategory.ALL : GraphMLExporter.AttributeCategory.NODE,
                    graphmlType(c.type()));
        }
        // the weight as an ordinary attribute, so it is written on every edge (the exporter's own weight
        // key leaves out weights of 1.0 as its default, which NetworkX 2.8 then reads as missing)
        exporter.setExportEdgeWeights(false);
        exporter.setEdgeWeightAttributeName("jgraphtWeight");
        exporter.registerAttribute("weight", GraphMLExporter.AttributeCategory.EDGE, AttributeType.DOUBLE);
        exporter.setVertexAttributeProvider(id -> attributes(export.nodeAttributes(id)));
        exporter.setEdgeAttributeProvider(e -> attributes(export.edgeAttributes(e)));
        StringWriter text = new StringWriter();
        exporter.exportGraph(export.graph(), text);
        try {
            out.write(withGraphData(text.toString(), export.graphAttributes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * JGraphT's GraphML exporter declares graph attributes but writes no values for them; this adds the
     * {@code <data>} elements for the view, date and filters right after the {@code <graph>} tag.
     */
    private static String withGraphData(String graphml, Map<String, Object> values) {
        StringBuilder data = new StringBuilder();
        values.forEach((name, value) -> {
            Matcher key = Pattern.compile(
                            "<key id=\"([^\"]+)\" for=\"graph\" attr\\.name=\"" + Pattern.quote(name) + "\"")
                    .matcher(graphml);
            if (key.find()) {
                data.append("\n        <data key=\"")
                        .append(key.group(1))
                        .append("\">")
                        .append(escape(String.valueOf(value)))
                        .append("</data>");
            }
        });
        Matcher graph = Pattern.compile("<graph [^>]*>").matcher(graphml);
        if (!graph.find()) {
            throw new IllegalStateException("no <graph> element in the GraphML export");
        }
        return graphml.substring(0, graph.end()) + data + graphml.substring(graph.end());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    public static void gexf(ExportGraph export, Writer out) {
        GEXFExporter<String, ExportEdge> exporter = new GEXFExporter<>(id -> id, ExportEdge::id);
        for (Column c : ExportGraph.NODE_COLUMNS) {
            if (!c.name().equals("label")) {
                exporter.registerAttribute(c.name(), GEXFExporter.AttributeCategory.NODE, gexfType(c.type()));
            }
        }
        exporter.registerAttribute("kind", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        exporter.registerAttribute("betweenness", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.DOUBLE);
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_META, true);
        exporter.setCreator("Tafel");
        exporter.setDescription(description(export.graphAttributes()));
        exporter.setVertexAttributeProvider(id -> attributes(export.nodeAttributes(id)));
        exporter.setEdgeAttributeProvider(e -> {
            Map<String, Object> values = new LinkedHashMap<>(export.edgeAttributes(e));
            values.remove("weight"); // GEXF has its own weight
            return attributes(values);
        });
        exporter.exportGraph(export.graph(), out);
    }

    /** One CSV table: nodes ({@code id} then {@link ExportGraph#NODE_COLUMNS}) or edges ({@code id, source, target, kind, weight, betweenness}). */
    public static void csv(ExportGraph export, Table table, Writer out) {
        try {
            CSVPrinter csv = new CSVPrinter(
                    out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
            if (table == Table.NODES) {
                csv.printRecord(header(Table.NODES));
                for (String id : export.graph().vertexSet()) {
                    Map<String, Object> a = export.nodeAttributes(id);
                    csv.print(neutralised(id));
                    for (Column c : ExportGraph.NODE_COLUMNS) {
                        csv.print(neutralised(a.get(c.name())));
                    }
                    csv.println();
                }
            } else {
                csv.printRecord(header(Table.EDGES));
                for (ExportEdge e : export.graph().edgeSet()) {
                    csv.printRecord(
                            neutralised(e.id()),
                            neutralised(export.graph().getEdgeSource(e)),
                            neutralised(export.graph().getEdgeTarget(e)),
                            neutralised(e.kind()),
                            e.weight(),
                            Double.isNaN(e.betweenness()) ? null : e.betweenness());
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A text cell a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return)
     * gets a leading {@code '} (OWASP, CSV injection); numbers and other values are left as they are.
     */
    public static Object neutralised(Object value) {
        if (value instanceof CharSequence text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }

    /** Both CSV tables in a zip: {@code nodes.csv} and {@code edges.csv}. */
    public static void csvZip(ExportGraph export, OutputStream out) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            for (Table table : Table.values()) {
                zip.putNextEntry(new ZipEntry(table.name().toLowerCase(java.util.Locale.ROOT) + ".csv"));
                csv(export, table, writer);
                writer.flush();
                zip.closeEntry();
            }
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String description(Map<String, Object> meta) {
        StringBuilder text = new StringBuilder("Tafel view");
        meta.forEach((k, v) -> text.append(' ').append(k).append('=').append(v));
        return text.toString();
    }

    private static Map<String, Attribute> attributes(Map<String, Object> values) {
        Map<String, Attribute> attributes = new LinkedHashMap<>(values.size() * 2);
        values.forEach((name, value) -> attributes.put(name, attribute(value)));
        return attributes;
    }

    private static Attribute attribute(Object value) {
        return switch (value) {
            case Integer i -> DefaultAttribute.createAttribute(i);
            case Double d -> DefaultAttribute.createAttribute(d);
            case Boolean b -> DefaultAttribute.createAttribute(b);
            default -> DefaultAttribute.createAttribute(value.toString());
        };
    }

    private static AttributeType graphmlType(Column.Type type) {
        return switch (type) {
            case STRING -> AttributeType.STRING;
            case INT -> AttributeType.INT;
            case DOUBLE -> AttributeType.DOUBLE;
            case BOOLEAN -> AttributeType.BOOLEAN;
        };
    }

    private static GEXFAttributeType gexfType(Column.Type type) {
        return switch (type) {
            case STRING -> GEXFAttributeType.STRING;
            case INT -> GEXFAttributeType.INTEGER;
            case DOUBLE -> GEXFAttributeType.DOUBLE;
            case BOOLEAN -> GEXFAttributeType.BOOLEAN;
        };
    }

    /** The column names of one CSV table, header first. */
    public static List<String> header(Table table) {
        if (table == Table.EDGES) {
            return List.of("id", "source", "target", "kind", "weight", "betweenness");
        }
        List<String> names = new java.util.ArrayList<>();
        names.add("id");
        ExportGraph.NODE_COLUMNS.forEach(c -> names.add(c.name()));
        return names;
    }
}
