package be.tafel.survey;

import java.time.LocalDate;
import java.util.List;

/**
 * A wave whose answers were gathered outside the app (on paper, in a meeting, or the demo's), recorded in
 * one go: the invited partners, each respondent's answers, and the day it closed (null: it stays open).
 */
public record RecordedWave(
        String id,
        String name,
        LocalDate closes,
        String language,
        List<String> partners,
        List<Respondent> respondents,
        LocalDate closedOn) {

    /** One partner's answers; {@code ties} have this partner as {@code from}. */
    public record Respondent(
            String partner,
            List<TieAnswer> ties,
            List<String> leads,
            List<String> missing,
            String comment,
            boolean submitted) {}
}
