package be.tafel.importing;

import be.tafel.model.Coded;

/** The sections of an import document, in the order they are read and written. */
public enum Section implements Coded {
    PARTNERS("partners"),
    PERSONS("persons"),
    SERVICES("services"),
    FAMILIES("families"),
    TABLES("tables"),
    SEATS("seats"),
    COLLABORATIONS("collaborations"),
    SUPPORTS("supports"),
    USES("uses"),
    REFERRALS("referrals");

    private final String key;

    Section(String key) {
        this.key = key;
    }

    /** The section's key in an import document and a backup, e.g. {@code partners}. */
    public String key() {
        return key;
    }

    @Override
    public String code() {
        return key;
    }
}
