package be.tafel.analysis;

import be.tafel.model.Coded;

/** The graphs an analysis runs on: projections of the stored graph (design.md, "Views"). */
public enum ViewKind implements Coded {
    /** Partners; COLLABORATES valid on the date, undirected, weight = strength. */
    COLLABORATION("collaboration", false),
    /** Partners; one arc a→b per pair with referrals from a to b in the year up to the date, weight = count. */
    REFERRAL("referral", true),
    /** Partners; undirected, weight = number of families both reach on the date. */
    SHARED_FAMILIES("shared-families", false),
    /** Partners, persons, services, families and tables with every relationship, undirected, unweighted. */
    ECOSYSTEM("ecosystem", false);

    private final String code;
    private final boolean directed;

    ViewKind(String code, boolean directed) {
        this.code = code;
        this.directed = directed;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean directed() {
        return directed;
    }
}
