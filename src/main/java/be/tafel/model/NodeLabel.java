package be.tafel.model;

/**
 * The node labels of the graph, and what a vertex of a view stands for. Labels come from here, never from
 * request text.
 */
public enum NodeLabel implements Coded {
    PARTNER("Partner", "partners"),
    PERSON("Person", "persons"),
    SERVICE("Service", "services"),
    FAMILY("Family", "families"),
    TABLE("Table", "tables"),
    REFERRAL("Referral", "referrals");

    private final String label;
    private final String plural;

    NodeLabel(String label, String plural) {
        this.label = label;
        this.plural = plural;
    }

    /** The Neo4j label. */
    public String label() {
        return label;
    }

    /** The name of the collection in the API and in import documents. */
    public String plural() {
        return plural;
    }

    public String singular() {
        return label.toLowerCase(java.util.Locale.ROOT);
    }

    /** The code of a vertex's type in the API and the exports: the singular, e.g. {@code partner}. */
    @Override
    public String code() {
        return singular();
    }

    public static java.util.Optional<NodeLabel> byLabel(String label) {
        return java.util.Arrays.stream(values())
                .filter(l -> l.label.equals(label))
                .findFirst();
    }

    public static java.util.Optional<NodeLabel> byPlural(String plural) {
        return java.util.Arrays.stream(values())
                .filter(l -> l.plural.equals(plural))
                .findFirst();
    }
}
