package be.tafel.importing;

import java.util.List;

/** An import document that cannot be written, with every problem found in it. */
public class InvalidNetworkException extends RuntimeException {
    private final List<ImportProblem> problems;

    public InvalidNetworkException(List<ImportProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    private static String summary(List<ImportProblem> problems) {
        return problems.size() == 1
                ? "The import has 1 problem: " + problems.getFirst().message()
                : "The import has " + problems.size() + " problems; nothing was written.";
    }
}
