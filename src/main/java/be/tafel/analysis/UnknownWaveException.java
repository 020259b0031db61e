package be.tafel.analysis;

/** A view asked for a survey wave ({@code wave=ID}) that does not exist. */
public final class UnknownWaveException extends RuntimeException {
    public UnknownWaveException(String wave) {
        super("There is no survey wave '" + wave + "'.");
    }
}
