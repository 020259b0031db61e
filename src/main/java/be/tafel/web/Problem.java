package be.tafel.web;

import be.tafel.importing.ImportProblem;
import java.util.List;

/**
 * An error as RFC 9457 problem details: a title and a sentence a person understands, and for imports
 * every problem with its section, row and field.
 */
public record Problem(
        String type, String title, int status, String detail, String instance, List<ImportProblem> errors) {
    public static Problem of(int status, String title, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance, null);
    }
}
