package be.tafel.auth;

import io.javalin.security.RouteRole;
import java.util.Locale;

/**
 * Who may call a route. {@link #PUBLIC} routes need no token; the others are the roles a token carries:
 * brokers read and write, analysts read everything but family-level rows, viewers see the map and the
 * analyses.
 */
public enum Role implements RouteRole {
    PUBLIC,
    BROKER,
    ANALYST,
    VIEWER;

    /** The role a token may carry, from its lower-case name ({@code broker}, {@code analyst}, {@code viewer}). */
    public static Role ofToken(String name) {
        for (Role role : values()) {
            if (role != PUBLIC && role.word().equals(name)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + name + "': use broker, analyst or viewer");
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
