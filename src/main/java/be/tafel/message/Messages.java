package be.tafel.message;

import be.tafel.privacy.Audience;
import be.tafel.privacy.FamilyCount;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message catalogue: for every code an English and a Dutch template, read from {@code web/messages.json}
 * (the file the app reads too). In a template {@code {name}} is a parameter and {@code {name:one|other}} a
 * word chosen by it: the first when the parameter is 1 (a list of one, a family count shown as 1), the second
 * otherwise ("&lt;5" included). Numbers are written as the API writes them: integers without grouping,
 * decimals with two digits; lists as "a, b and c" ("a, b en c"). {@code {name#format}} writes the parameter
 * in a format: {@code date} ("1 december 2025"), {@code month} ("januari 2025"), {@code percent} ("−34%",
 * "+12%"), {@code share} (0.7 as "70%"), {@code figure} (a decimal with all its digits), {@code text} (as
 * it is: an id, a field name, a value someone sent), and {@code word}, {@code band}, {@code score}, {@code
 * label}: the catalogue's name {@code word.CODE}, {@code band.CODE}, {@code score.CODE} or {@code label.CODE}
 * (a kind of node; a code with a dot is a name, not a message), or the code itself when the catalogue has no
 * name for it.
 */
public final class Messages {
    public static final List<String> LANGUAGES = List.of("en", "nl");
    static final String RESOURCE = "/web/messages.json";
    private static final Pattern PLACE = Pattern.compile("\\{(\\w+)(?:#(\\w+))?(?::([^|}]*)\\|([^}]*))?}");
    private static final Set<String> FORMATS =
            Set.of("date", "month", "percent", "share", "figure", "word", "band", "score", "label", "text");
    private static final Messages CATALOGUE = load();

    /** Per code, per language, the template. */
    private final Map<String, Map<String, String>> templates;

    Messages(Map<String, Map<String, String>> templates) {
        this.templates = templates;
        templates.forEach((code, byLanguage) -> {
            Set<String> english = null;
            for (String language : LANGUAGES) {
                String template = byLanguage.get(language);
                if (template == null || template.isBlank()) {
                    throw new IllegalStateException("message " + code + " has no " + language + " template");
                }
                Matcher formats = PLACE.matcher(template);
                while (formats.find()) {
                    if (formats.group(2) != null && !FORMATS.contains(formats.group(2))) {
                        throw new IllegalStateException(
                                "message " + code + " writes a parameter as " + formats.group(2) + ", not a format");
                    }
                }
                Set<String> names = names(template);
                if (english != null && !english.equals(names)) {
                    throw new IllegalStateException("message " + code + " uses " + names + " in " + language + " but "
                            + english + " in English");
                }
                english = names;
            }
        });
    }

    public static Messages catalogue() {
        return CATALOGUE;
    }

    /** The codes of the messages; not the names ({@code word.CODE}, {@code band.CODE}, {@code score.CODE}). */
    public Set<String> codes() {
        Set<String> codes = new LinkedHashSet<>(templates.keySet());
        codes.removeIf(code -> code.contains("."));
        return codes;
    }

    public String template(String code, String language) {
        return templates.get(code).get(language);
    }

    /** The parameter names the templates of {@code code} use, in order of first use. */
    public Set<String> parameters(String code) {
        return names(templates.get(code).get("en"));
    }

    void check(String code, Set<String> given) {
        if (!templates.containsKey(code) || code.contains(".")) {
            throw new IllegalArgumentException("no message " + code + " in the catalogue");
        }
        Set<String> used = parameters(code);
        if (!used.equals(given)) {
            throw new IllegalArgumentException("message " + code + " takes " + used + ", given " + given);
        }
    }

    String render(Message message, String language, Audience audience) {
        Map<String, String> byLanguage = templates.get(message.code());
        String template = byLanguage.getOrDefault(language, byLanguage.get("en"));
        Matcher m = PLACE.matcher(template);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            Object value = shown(message.parameters().get(m.group(1)), audience);
            String replacement =
                    m.group(3) == null ? format(value, m.group(2), language) : (one(value) ? m.group(3) : m.group(4));
            m.appendReplacement(text, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(text);
        return text.toString();
    }

    private static Object shown(Object value, Audience audience) {
        return value instanceof FamilyCount count ? count.shownTo(audience) : value;
    }

    private static boolean one(Object value) {
        if (value instanceof List<?> list) {
            return list.size() == 1;
        }
        return value instanceof Number n && n.doubleValue() == 1.0;
    }

    private String format(Object value, String as, String language) {
        boolean dutch = language.equals("nl");
        if (value instanceof List<?> list) {
            List<String> items = list.stream().map(v -> format(v, as, language)).toList();
            String and = dutch ? " en " : " and ";
            return items.size() <= 1
                    ? String.join("", items)
                    : String.join(", ", items.subList(0, items.size() - 1)) + and + items.getLast();
        }
        Locale locale = dutch ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
        if ("date".equals(as)) {
            return LocalDate.parse(String.valueOf(value)).format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
        }
        if ("month".equals(as)) {
            return LocalDate.parse(String.valueOf(value)).format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
        }
        if ("percent".equals(as) && value instanceof Number n) {
            long p = Math.round(n.doubleValue());
            return (p < 0 ? "\u2212" + (-p) : "+" + p) + "%";
        }
        if ("share".equals(as) && value instanceof Number n) {
            return Math.round(n.doubleValue() * 100) + "%";
        }
        if ("figure".equals(as) && (value instanceof Double || value instanceof Float)) {
            String text = BigDecimal.valueOf(((Number) value).doubleValue())
                    .stripTrailingZeros()
                    .toPlainString();
            return dutch ? text.replace('.', ',') : text;
        }
        if (as != null && List.of("word", "band", "score", "label").contains(as)) {
            Map<String, String> name = templates.get(as + "." + value);
            if (name != null) {
                return name.get(language);
            }
            return dutch ? String.valueOf(value) : String.valueOf(value).replace('-', ' ');
        }
        if ("text".equals(as)) {
            return String.valueOf(value);
        }
        if (value instanceof Double || value instanceof Float) {
            String text = BigDecimal.valueOf(((Number) value).doubleValue())
                    .setScale(2, RoundingMode.HALF_EVEN)
                    .toPlainString();
            return dutch ? text.replace('.', ',') : text;
        }
        return String.valueOf(value);
    }

    private static Set<String> names(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACE.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Messages load() {
        try (InputStream in = Messages.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the message catalogue " + RESOURCE + " is missing");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Messages parse(JsonNode root) {
        Map<String, Map<String, String>> templates = new LinkedHashMap<>();
        for (var entry : root.properties()) {
            if (entry.getKey().startsWith("_")) {
                continue; // a note for the reader
            }
            Map<String, String> byLanguage = new LinkedHashMap<>();
            for (var language : entry.getValue().properties()) {
                byLanguage.put(language.getKey(), language.getValue().asText());
            }
            templates.put(entry.getKey(), byLanguage);
        }
        return new Messages(templates);
    }
}
