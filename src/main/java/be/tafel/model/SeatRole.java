package be.tafel.model;

/** The role of a member at a table. */
public enum SeatRole implements Coded {
    CHAIR("chair"),
    MEMBER("member"),
    OBSERVER("observer");

    private final String code;

    SeatRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
