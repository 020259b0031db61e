package be.tafel.importing;

import java.util.Arrays;
import java.util.Optional;

/** The sections of an import document, in the order they are read and written. */
public enum Section {
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

    public String key() {
        return key;
    }

    public static Optional<Section> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
