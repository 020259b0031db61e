package be.tafel.survey;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /api/surveys}: a name, the partners to invite ({@code partners}, a {@code table}'s members,
 * or both: the table's wider circle), the closing date and the language of the questionnaire.
 */
public record WaveRequest(String name, List<String> partners, String table, LocalDate closes, String language) {}
