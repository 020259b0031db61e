package be.tafel.model;

import java.util.List;

/** A body where partners sit together: a steering group, a working group, a broad consultation. */
public record Table(String id, String name, TableKind kind, List<String> domains) {
    public Table {
        domains = List.copyOf(domains);
    }
}
