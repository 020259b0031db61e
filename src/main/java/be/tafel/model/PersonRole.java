package be.tafel.model;

/** A professional's or volunteer's role in the network. */
public enum PersonRole implements Coded {
    BRIDGE_FIGURE("bridge-figure"),
    COORDINATOR("coordinator"),
    STAFF("staff"),
    VOLUNTEER("volunteer");

    private final String code;

    PersonRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
