package be.tafel.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One entry of the journal: the graph version the change produced, who made it and when, what kind of
 * change it was, and every element it changed with its row before and after (null where the element did
 * not exist). {@code target} is the version an undo or redo acted on.
 */
public record Change(
        long version, String at, String who, String role, String op, Long target, List<ElementChange> changes) {

    /** One element's row before and after a change, as rows of the import document. */
    public record ElementChange(
            String section,
            String id,
            @JsonInclude(JsonInclude.Include.ALWAYS) JsonNode before,
            @JsonInclude(JsonInclude.Include.ALWAYS) JsonNode after,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean cascade) {

        public ElementRef ref() {
            return new ElementRef(section, id, cascade);
        }
    }
}
