package be.tafel.survey;

import be.tafel.importing.ImportProblem;
import java.util.List;

/** What can go wrong with a survey request, each mapped to one problem+json answer in the web layer. */
public final class SurveyExceptions {
    private SurveyExceptions() {}

    /**
     * A survey link that does not open: unknown, guessed, revoked, or of a closed wave. Deliberately one
     * exception with one message for all of them, so the answer tells a guesser nothing.
     */
    public static final class DeadLink extends RuntimeException {
        public DeadLink() {
            super("This survey link is not valid (any more). Ask the network's coordinator for a new one.");
        }
    }

    /** A wave id that names no wave. */
    public static final class UnknownWave extends RuntimeException {
        public UnknownWave(String id) {
            super("There is no survey wave '" + id + "'.");
        }
    }

    /** A name no respondent of the wave gave as missing. */
    public static final class UnknownName extends RuntimeException {
        public UnknownName(String wave, String key) {
            super("No respondent of the survey wave '" + wave + "' named an organisation '" + key + "' as missing.");
        }
    }

    /** A name given as missing that a broker resolved already (confirmed or matched), or an id taken. */
    public static final class NameResolved extends RuntimeException {
        public NameResolved(String message) {
            super(message);
        }
    }

    /** A wave that is already closed, asked to change. */
    public static final class WaveClosed extends RuntimeException {
        public WaveClosed(String id) {
            super("The survey wave '" + id + "' is closed.");
        }
    }

    /** Answers or a wave request that do not make sense, with every field at fault; nothing was written. */
    public static final class InvalidSurvey extends RuntimeException {
        private final List<ImportProblem> problems;

        public InvalidSurvey(List<ImportProblem> problems) {
            super(summary(problems));
            this.problems = List.copyOf(problems);
        }

        public List<ImportProblem> problems() {
            return problems;
        }

        private static String summary(List<ImportProblem> problems) {
            ImportProblem first = problems.get(0);
            String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
            return first.field() + ": " + first.message() + more;
        }
    }
}
