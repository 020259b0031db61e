package be.tafel.model;

/** The kind of body where partners sit together. */
public enum TableKind implements Coded {
    STEERING("steering"),
    WORKING_GROUP("working-group"),
    BROAD_CONSULTATION("broad-consultation");

    private final String code;

    TableKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
