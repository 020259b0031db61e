package be.tafel.analysis;

import be.tafel.journal.Change;
import be.tafel.journal.Change.ElementChange;
import be.tafel.store.CypherFiles;
import be.tafel.store.GraphStore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Reads the journal's entries between two graph versions from the store ({@code cypher/journal/delta}), so every
 * Tafel instance on one Neo4j catches up on the same changes, whoever wrote them. An entry too large to apply
 * change by change comes with the marker {@link #TOO_LARGE} as its only element change.
 */
final class JournalTail {
    /** The element change standing for the rows of an entry not read (an import, a large change). */
    static final ElementChange TOO_LARGE = new ElementChange("(too large)", "", null, null, false);

    private static final TypeReference<List<ElementChange>> CHANGES = new TypeReference<>() {};
    private static final ObjectMapper JSON = new ObjectMapper();

    private final GraphStore store;

    JournalTail(GraphStore store) {
        this.store = store;
    }

    /**
     * The entries after {@code since} up to {@code until}, oldest first; at most {@code maxElements} of them, and an
     * entry of more elements than that without its rows: a delta of more is projected again instead.
     */
    List<Change> between(long since, long until, int maxElements) {
        Map<String, Object> params =
                Map.of("since", since, "until", until, "limit", maxElements, "maxElements", maxElements);
        return store.read(tx -> tx.run(CypherFiles.load("journal/delta"), params)
                .list(r -> new Change(
                        r.get("version").asLong(),
                        r.get("at").asString(),
                        r.get("who").asString(),
                        r.get("role").asString(),
                        r.get("op").asString(),
                        r.get("target").isNull() ? null : r.get("target").asLong(),
                        r.get("changes").isNull()
                                ? List.of(TOO_LARGE)
                                : parse(r.get("changes").asString()))));
    }

    private static List<ElementChange> parse(String changes) {
        try {
            return JSON.readValue(changes, CHANGES);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
