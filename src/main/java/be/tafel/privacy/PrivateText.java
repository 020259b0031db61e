package be.tafel.privacy;

/**
 * A sentence whose wording depends on who reads it (it names family counts): written to JSON as the string
 * {@link #shownTo} gives for the writer's audience ({@link PrivacyModule}).
 */
@FunctionalInterface
public interface PrivateText {
    String shownTo(Audience audience);
}
