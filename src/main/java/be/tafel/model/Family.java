package be.tafel.model;

import java.util.List;
import java.util.Set;

/**
 * A household with children, pseudonymous by construction: an opaque id and the allowlisted facts
 * below. Nothing that identifies a family is ever accepted.
 */
public record Family(String id, String neighbourhood, List<AgeBand> childAgeBands, List<String> needs) {
    /** The only fields a family may carry, on every path in. */
    public static final Set<String> ALLOWED_FIELDS = Set.of("id", "neighbourhood", "childAgeBands", "needs");

    public Family {
        childAgeBands = List.copyOf(childAgeBands);
        needs = List.copyOf(needs);
    }
}
