package be.tafel.journal;

/** Undo with no change of one's own left to undo, or redo with nothing undone to redo. */
public final class NothingToDoException extends RuntimeException {
    public NothingToDoException(String message) {
        super(message);
    }
}
