package be.tafel.model;

/** An offer a partner provides. Ages are in years; {@code access} may be unknown (null). */
public record Service(
        String id,
        String name,
        String provider,
        String domain,
        Integer ageMin,
        Integer ageMax,
        String neighbourhood,
        Integer capacity,
        Access access) {}
