package be.tafel.introduction;

import be.tafel.model.Coded;

/** Where an introduction stands: proposed → contacted → met → collaborating, or declined on the way. */
public enum IntroductionState implements Coded {
    PROPOSED("proposed"),
    CONTACTED("contacted"),
    MET("met"),
    COLLABORATING("collaborating"),
    DECLINED("declined");

    private final String code;

    IntroductionState(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean isFinal() {
        return this == COLLABORATING || this == DECLINED;
    }

    /** A state moves forward only (steps may be skipped), and never out of collaborating or declined. */
    public boolean canMoveTo(IntroductionState next) {
        return !isFinal() && next.ordinal() > ordinal();
    }
}
