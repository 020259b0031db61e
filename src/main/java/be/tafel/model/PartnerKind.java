package be.tafel.model;

/** What kind of organisation a partner is; a parents' panel is a partner of kind {@code parents}. */
public enum PartnerKind implements Coded {
    PUBLIC("public"),
    NON_PROFIT("non-profit"),
    PRIVATE("private"),
    VOLUNTEER("volunteer"),
    PARENTS("parents");

    private final String code;

    PartnerKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
