package be.tafel.table;

import java.util.List;
import java.util.stream.Collectors;

/** A request named ids that are not in the graph (or not of the kind asked for); the web layer answers 404. */
public final class UnknownIdsException extends RuntimeException {
    private final List<String> ids;

    public UnknownIdsException(String what, List<String> ids) {
        super("There is no " + what + " with id "
                + ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", ")) + ".");
        this.ids = List.copyOf(ids);
    }

    public List<String> ids() {
        return ids;
    }
}
