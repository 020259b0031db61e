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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message catalogue: for every code an English and a Dutch template, read from {@code web/messages.json}
 * (the file the app reads too). In a template {@code {name}} is a parameter and {@code {name:one|other}} a
 * word chosen by it: the first when the parameter is 1 (a list of one, a family count shown as 1), the second
 * otherwise ("&lt;5" included). Numbers are written as the API writes them: integers without grouping,
 * decimals with two digits; lists as "a, b and c" ("a, b en c").
 */
public final class Messages {
    public static final List<String> LANGUAGES = List.of("en", "nl");
    static final String RESOURCE = "/web/messages.json";
    private static final Pattern PLACE = Pattern.compile("\\{(\\w+)(?::([^|}]*)\\|([^}]*))?}");
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

    public Set<String> codes() {
        return templates.keySet();
    }

    public String template(String code, String language) {
        return templates.get(code).get(language);
    }

    /** The parameter names the templates of {@code code} use, in order of first use. */
    public Set<String> parameters(String code) {
        return names(templates.get(code).get("en"));
    }

    void check(String code, Set<String> given) {
        if (!templates.containsKey(code)) {
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
            String replacement = m.group(2) == null ? format(value, language) : (one(value) ? m.group(2) : m.group(3));
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

    private static String format(Object value, String language) {
        if (value instanceof List<?> list) {
            List<String> items = list.stream().map(v -> format(v, language)).toList();
            String and = language.equals("nl") ? " en " : " and ";
            return items.size() <= 1
                    ? String.join("", items)
                    : String.join(", ", items.subList(0, items.size() - 1)) + and + items.getLast();
        }
        if (value instanceof Double || value instanceof Float) {
            String text = BigDecimal.valueOf(((Number) value).doubleValue())
                    .setScale(2, RoundingMode.HALF_EVEN)
                    .toPlainString();
            return language.equals("nl") ? text.replace('.', ',') : text;
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
