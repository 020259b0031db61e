package be.tafel.export;

import be.tafel.model.Coded;
import java.util.Locale;

/** The file formats a view is exported in, with their media types and file name extensions. */
public enum ExportFormat implements Coded {
    /** GraphML (yEd, Cytoscape desktop, NetworkX {@code read_graphml}, igraph). */
    GRAPHML("application/graphml+xml", "graphml"),
    /** GEXF 1.2 (Gephi, NetworkX {@code read_gexf}), attributes declared with their types. */
    GEXF("application/gexf+xml", "gexf"),
    /** A node table and an edge table (R, pandas, a spreadsheet): one of them, or both in a zip. */
    CSV("text/csv", "csv");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
