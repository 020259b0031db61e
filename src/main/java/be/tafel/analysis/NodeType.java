package be.tafel.analysis;

/** What a vertex of a view stands for. */
public enum NodeType {
    PARTNER, PERSON, SERVICE, FAMILY, TABLE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
