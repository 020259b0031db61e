package be.tafel.model;

/** Where a referral stands. */
public enum ReferralStatus implements Coded {
    PROPOSED("proposed"),
    ACCEPTED("accepted"),
    COMPLETED("completed"),
    WAITLISTED("waitlisted"),
    DROPPED("dropped");

    private final String code;

    ReferralStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
