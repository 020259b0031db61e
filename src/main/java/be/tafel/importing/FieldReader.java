package be.tafel.importing;

import be.tafel.model.Coded;
import be.tafel.model.Period;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads the fields of one row (a JSON object, or a CSV record turned into one) and records a problem
 * for every field that is missing or malformed, so a whole document can be checked before anything is
 * written. Numbers may come as JSON numbers or as text (CSV).
 */
final class FieldReader {
    static final int MAX_TEXT_LENGTH = 10_000;
    /**
     * Ids are indexed, and Neo4j cannot index a value over about 8 kB (ids also make up relationship keys):
     * 500 characters keep any id, in any script, well below that.
     */
    static final int MAX_ID_LENGTH = 500;

    private final String section;
    private final Integer row;
    private final JsonNode node;
    private final List<ImportProblem> problems;
    private final String prefix;

    FieldReader(String section, Integer row, JsonNode node, List<ImportProblem> problems) {
        this(section, row, node, problems, "");
    }

    private FieldReader(String section, Integer row, JsonNode node, List<ImportProblem> problems, String prefix) {
        this.section = section;
        this.row = row;
        this.node = node;
        this.problems = problems;
        this.prefix = prefix;
    }

    boolean isObject() {
        if (node != null && node.isObject()) {
            return true;
        }
        problems.add(new ImportProblem(section, row, null, "each " + section + " row must be a JSON object"));
        return false;
    }

    void problem(String field, String message) {
        problems.add(new ImportProblem(section, row, field == null ? null : prefix + field, message));
    }

    /** Fields outside {@code allowed} are refused; {@code forbidden} ones get the reason why. */
    void rejectUnknown(Set<String> allowed, String reason) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problem(
                        name,
                        "'" + name + "' is not accepted" + reason + "; allowed fields: "
                                + String.join(", ", sorted(allowed)));
            }
        }
    }

    String requiredText(String field) {
        String value = optionalText(field);
        if (value == null && !has(field)) {
            problem(field, field + " is required");
        } else if (value == null || value.isBlank()) {
            if (has(field) && node.get(field).asText().isBlank()) {
                problem(field, field + " must not be empty");
            }
            return null;
        }
        return value;
    }

    /** A text field: also refused when it holds characters XML cannot carry or looks like personal data. */
    String optionalText(String field) {
        String text = plainText(field);
        if (text == null || !acceptable(field, text)) {
            return null;
        }
        return text;
    }

    private boolean acceptable(String field, String text) {
        String illegal = TextSafety.problem(text);
        if (illegal != null) {
            problem(field, field + " " + illegal);
            return false;
        }
        String personal = PersonalData.find(text).orElse(null);
        if (personal != null) {
            problem(
                    field,
                    field + " looks like it holds " + personal + "; Tafel keeps no personal data: send"
                            + " pseudonymous ids (see the pseudonymise command) and words from the network's vocabulary");
            return false;
        }
        return true;
    }

    private String plainText(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.isTextual() && !value.isNumber()) {
            problem(field, field + " must be text");
            return null;
        }
        String text = value.asText();
        int max = field.equals("id") ? MAX_ID_LENGTH : MAX_TEXT_LENGTH;
        if (text.length() > max) {
            problem(field, field + " is longer than " + max + " characters");
            return null;
        }
        return text;
    }

    Integer optionalInt(String field, int min, int max) {
        if (!has(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        Double number = number(field, value);
        if (number == null) {
            return null;
        }
        if (number != Math.rint(number) || number < min || number > max) {
            problem(field, field + " must be a whole number from " + min + " to " + max + ", not " + value.asText());
            return null;
        }
        return number.intValue();
    }

    Integer requiredInt(String field, int min, int max) {
        if (!has(field)) {
            problem(field, field + " is required");
            return null;
        }
        return optionalInt(field, min, max);
    }

    Double optionalPositive(String field) {
        if (!has(field)) {
            return null;
        }
        Double number = number(field, node.get(field));
        if (number != null && !(number > 0 && Double.isFinite(number))) {
            problem(
                    field,
                    field + " must be a positive number, not " + node.get(field).asText());
            return null;
        }
        return number;
    }

    LocalDate optionalDate(String field) {
        String text = plainText(field);
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < 1000 || date.getYear() > 9999) {
                problem(field, field + " must be a date from year 1000 to 9999, not '" + text + "'");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problem(field, field + " must be an ISO date (YYYY-MM-DD), not '" + text + "'");
            return null;
        }
    }

    LocalDate requiredDate(String field) {
        if (!has(field)) {
            problem(field, field + " is required");
            return null;
        }
        return optionalDate(field);
    }

    /** {@code since} and {@code until}, with {@code since <= until}. */
    Period period() {
        return period("since", "until");
    }

    /** Two date fields that bound a period, the second not before the first. */
    Period period(String sinceField, String untilField) {
        LocalDate since = optionalDate(sinceField);
        LocalDate until = optionalDate(untilField);
        if (since != null && until != null && until.isBefore(since)) {
            problem(untilField, untilField + " (" + until + ") is before " + sinceField + " (" + since + ")");
        }
        return new Period(since, until);
    }

    <E extends Enum<E> & Coded> E requiredEnum(String field, Class<E> type) {
        if (!has(field)) {
            problem(field, field + " is required (one of " + Coded.allowed(type) + ")");
            return null;
        }
        return optionalEnum(field, type);
    }

    <E extends Enum<E> & Coded> E optionalEnum(String field, Class<E> type) {
        String text = optionalText(field);
        if (text == null) {
            return null;
        }
        E value = Coded.parse(type, text).orElse(null);
        if (value == null) {
            problem(field, field + " must be one of " + Coded.allowed(type) + ", not '" + text + "'");
        }
        return value;
    }

    List<String> textList(String field) {
        List<String> values = new ArrayList<>();
        if (!has(field)) {
            return values;
        }
        JsonNode value = node.get(field);
        if (!value.isArray()) {
            problem(field, field + " must be a list of text");
            return values;
        }
        for (JsonNode item : value) {
            if (!item.isTextual() || item.asText().isBlank()) {
                problem(field, field + " must hold only non-empty text");
            } else if (item.asText().length() > MAX_TEXT_LENGTH) {
                problem(field, field + " holds a text longer than " + MAX_TEXT_LENGTH + " characters");
            } else if (acceptable(field, item.asText())) {
                values.add(item.asText());
            }
        }
        return values;
    }

    <E extends Enum<E> & Coded> List<E> enumList(String field, Class<E> type) {
        List<E> values = new ArrayList<>();
        for (String text : textList(field)) {
            Coded.parse(type, text)
                    .ifPresentOrElse(
                            values::add,
                            () -> problem(
                                    field, field + " may hold only " + Coded.allowed(type) + ", not '" + text + "'"));
        }
        return values;
    }

    /** A reader for the object in {@code field}, whose problems name {@code field.inner}. */
    FieldReader nested(String field) {
        return new FieldReader(section, row, node.get(field), problems, prefix + field + ".");
    }

    boolean has(String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    private Double number(String field, JsonNode value) {
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isTextual()) {
            try {
                return Double.parseDouble(value.asText().trim());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problem(field, field + " must be a number, not '" + value.asText() + "'");
        return null;
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
