package be.tafel.store;

/** A write met another write on the same rows (a delete under an import, say): nothing was written; retry. */
public final class ConcurrentChangeException extends RuntimeException {
    public ConcurrentChangeException(String message) {
        super(message);
    }
}
