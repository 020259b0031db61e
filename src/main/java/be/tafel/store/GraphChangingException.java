package be.tafel.store;

/** Writes kept landing while a consistent read was attempted; the caller may try again in a moment. */
public final class GraphChangingException extends RuntimeException {
    public GraphChangingException(int attempts) {
        super("the graph changed during each of " + attempts + " attempts to read one version of it");
    }
}
