package be.tafel.model;

import java.util.Arrays;
import java.util.Optional;

/** The relationships that the API manages as rows of their own (seats, collaborations, supports, uses). */
public enum RelationshipKind {
    SEATS("seats"),
    COLLABORATIONS("collaborations"),
    SUPPORTS("supports"),
    USES("uses");

    private final String plural;

    RelationshipKind(String plural) {
        this.plural = plural;
    }

    public String plural() {
        return plural;
    }

    public static Optional<RelationshipKind> byPlural(String plural) {
        return Arrays.stream(values()).filter(k -> k.plural.equals(plural)).findFirst();
    }
}
