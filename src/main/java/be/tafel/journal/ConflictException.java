package be.tafel.journal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A write made on an older version of the graph touches elements that changed since: nothing was written.
 * Lists each change in the way, so the client can say what changed and reload those elements.
 */
public final class ConflictException extends RuntimeException {
    private final long since;
    private final List<Conflict> conflicts;

    /** A change in the way: its version, author, kind, and the elements of the request it touched. */
    public record Conflict(long version, String at, String who, String op, List<String> elements) {}

    public ConflictException(long since, List<Conflict> conflicts) {
        super(message(since, conflicts));
        this.since = since;
        this.conflicts = List.copyOf(conflicts);
    }

    public long since() {
        return since;
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    private static String message(long since, List<Conflict> conflicts) {
        return "Changed since version " + since + ": "
                + conflicts.stream()
                        .map(c -> String.join(", ", c.elements()) + " (" + c.op() + " by " + c.who() + " at version "
                                + c.version() + ")")
                        .collect(Collectors.joining("; "))
                + ". Reload these elements and make the edit again.";
    }
}
