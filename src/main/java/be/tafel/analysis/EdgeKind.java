package be.tafel.analysis;

import be.tafel.model.Coded;
import java.util.Locale;

/** What an edge of a view stands for, with the code the map, the API and the exports show. */
public enum EdgeKind implements Coded {
    /** A person or partner holds a seat at a table. */
    SITS_AT,
    /** Two partners collaborate. */
    COLLABORATES,
    /** A person supports a family. */
    SUPPORTS,
    /** A family uses a service. */
    USES,
    /** A person works for a partner. */
    WORKS_FOR,
    /** A partner offers a service. */
    OFFERS,
    /** A referral from its sender to its receiver. */
    REFERRAL,
    /** Two partners reach families in common (weight: how many). */
    SHARES_FAMILIES;

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind of a stored relationship type, e.g. {@code SITS_AT}; empty for a type no view draws. */
    public static java.util.Optional<EdgeKind> ofRelationshipType(String type) {
        return Coded.parse(EdgeKind.class, type.toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
