package be.tafel.importing;

import be.tafel.message.Message;
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
        problems.add(new ImportProblem(section, row, null, Message.of("importNotObject", "section", section)));
        return false;
    }

    /**
     * A problem of {@code field}: message {@code code} with parameter {@code field} (the field's full name)
     * and {@code namesAndValues}.
     */
    void problem(String field, String code, Object... namesAndValues) {
        Object[] parameters = new Object[namesAndValues.length + 2];
        parameters[0] = "field";
        parameters[1] = prefix + field;
        System.arraycopy(namesAndValues, 0, parameters, 2, namesAndValues.length);
        problems.add(new ImportProblem(section, row, prefix + field, Message.of(code, parameters)));
    }

    /** Fields outside {@code allowed} are refused; {@code forbidden} ones get the reason why. */
    void rejectUnknown(Set<String> allowed, boolean family) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problem(name, family ? "importFamilyField" : "importUnknownField", "allowed", sorted(allowed));
            }
        }
    }

    String requiredText(String field) {
        String value = optionalText(field);
        if (value == null && !has(field)) {
            problem(field, "importRequired");
        } else if (value == null || value.isBlank()) {
            if (has(field) && node.get(field).asText().isBlank()) {
                problem(field, "importEmpty");
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
        Message illegal = TextSafety.message(prefix + field, text);
        if (illegal != null) {
            problems.add(new ImportProblem(section, row, prefix + field, illegal));
            return false;
        }
        String personal = PersonalData.kind(text).orElse(null);
        if (personal != null) {
            problem(field, "importPersonalData", "kind", personal);
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
            problem(field, "importNotText");
            return null;
        }
        String text = value.asText();
        int max = field.equals("id") ? MAX_ID_LENGTH : MAX_TEXT_LENGTH;
        if (text.length() > max) {
            problem(field, "importTooLong", "max", max);
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
            problem(field, "importWholeNumber", "min", min, "max", max, "value", value.asText());
            return null;
        }
        return number.intValue();
    }

    Integer requiredInt(String field, int min, int max) {
        if (!has(field)) {
            problem(field, "importRequired");
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
            problem(field, "importPositive", "value", node.get(field).asText());
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
                problem(field, "importDateYear", "value", text);
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problem(field, "importDate", "value", text);
            return null;
        }
    }

    LocalDate requiredDate(String field) {
        if (!has(field)) {
            problem(field, "importRequired");
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
            problem(
                    untilField,
                    "importBefore",
                    "value",
                    until.toString(),
                    "since",
                    sinceField,
                    "sinceValue",
                    since.toString());
        }
        return new Period(since, until);
    }

    <E extends Enum<E> & Coded> E requiredEnum(String field, Class<E> type) {
        if (!has(field)) {
            problem(field, "importRequiredOneOf", "allowed", Coded.codes(type));
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
            problem(field, "importOneOf", "allowed", Coded.codes(type), "value", text);
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
            problem(field, "importTextList");
            return values;
        }
        for (JsonNode item : value) {
            if (!item.isTextual() || item.asText().isBlank()) {
                problem(field, "importTextListEmpty");
            } else if (item.asText().length() > MAX_TEXT_LENGTH) {
                problem(field, "importTextListTooLong", "max", MAX_TEXT_LENGTH);
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
                            () -> problem(field, "importListOneOf", "allowed", Coded.codes(type), "value", text));
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
        problem(field, "importNumber", "value", value.asText());
        return null;
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
