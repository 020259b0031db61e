package be.tafel.importing;

import be.tafel.message.Message;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One thing wrong with an import, pinned to where it is: the section, the row (the index in a JSON
 * array, the line number in a CSV file) and the field. {@code problem} says what is wrong as a code of the
 * message catalogue with its parameters (the app renders it in Dutch or English), {@code message} is its
 * English text for API users.
 */
@JsonPropertyOrder({"section", "row", "field", "message", "problem"})
public record ImportProblem(String section, Integer row, String field, Message problem) {
    public ImportProblem {
        Objects.requireNonNull(problem, "problem");
    }

    /** The problem in English. */
    @JsonProperty("message")
    public String message() {
        return problem.toString();
    }
}
