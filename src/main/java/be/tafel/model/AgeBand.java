package be.tafel.model;

/** A child age band, in years. */
public enum AgeBand implements Coded {
    INFANT("0-3"),
    TODDLER("3-6"),
    CHILD("6-12"),
    TEEN("12-18");

    private final String code;

    AgeBand(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
