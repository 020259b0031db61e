package be.tafel.web;

import be.tafel.importing.ImportProblem;
import be.tafel.importing.InvalidNetworkException;
import be.tafel.importing.PersonalData;
import be.tafel.importing.TextSafety;
import be.tafel.importing.Vocabulary;
import be.tafel.message.Message;
import be.tafel.store.VocabularyStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/vocabulary}: the life domains and neighbourhoods this network accepts; {@code POST
 * /api/vocabulary} ({@code {"lifeDomains": [...], "neighbourhoods": [...]}}, brokers): adds terms, each checked
 * like any text for personal data.
 */
public final class VocabularyRoutes {
    static final int MAX_TERM_LENGTH = 200;
    private static final Set<String> FIELDS = Set.of("lifeDomains", "neighbourhoods");

    private final VocabularyStore vocabulary;
    private final ObjectMapper json;

    public VocabularyRoutes(VocabularyStore vocabulary, ObjectMapper json) {
        this.vocabulary = vocabulary;
        this.json = json;
    }

    /** The vocabularies, sorted. */
    public record Terms(List<String> lifeDomains, List<String> neighbourhoods) {
        static Terms of(Vocabulary v) {
            return new Terms(
                    v.lifeDomains().stream().sorted().toList(),
                    v.neighbourhoods().stream().sorted().toList());
        }
    }

    public void get(Context ctx) {
        ctx.json(Terms.of(vocabulary.vocabulary()));
    }

    public void add(Context ctx) throws IOException {
        JsonNode body = ctx.bodyAsBytes().length == 0 ? null : json.readTree(ctx.bodyAsBytes());
        if (body == null || !body.isObject()) {
            throw new Problems.BadRequest(
                    "The body must be one JSON object: {\"lifeDomains\": [...]," + " \"neighbourhoods\": [...]}.");
        }
        List<ImportProblem> problems = new ArrayList<>();
        Iterator<String> names = body.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(new ImportProblem(
                        "vocabulary", null, name, Message.of("vocabularyUnknownList", "field", name)));
            }
        }
        List<String> domains = terms(body, "lifeDomains", problems);
        List<String> neighbourhoods = terms(body, "neighbourhoods", problems);
        if (!problems.isEmpty()) {
            throw new InvalidNetworkException(problems);
        }
        vocabulary.add(domains, neighbourhoods);
        ctx.json(Terms.of(vocabulary.vocabulary()));
    }

    static List<String> terms(JsonNode body, String field, List<ImportProblem> problems) {
        List<String> terms = new ArrayList<>();
        JsonNode list = body.get(field);
        if (list == null || list.isNull()) {
            return terms;
        }
        if (!list.isArray()) {
            problems.add(new ImportProblem("vocabulary", null, field, Message.of("importTextList", "field", field)));
            return terms;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String text = item.isTextual() ? item.asText().strip() : "";
            int term = i + 1;
            Message problem = !item.isTextual() || text.isEmpty()
                    ? Message.of("vocabularyTermEmpty", "field", field, "term", term)
                    : text.length() > MAX_TERM_LENGTH
                            ? Message.of("vocabularyTermTooLong", "field", field, "term", term, "max", MAX_TERM_LENGTH)
                            : TextSafety.message(field + " term " + term, text) != null
                                    ? TextSafety.message(field + " term " + term, text)
                                    : PersonalData.kind(text)
                                            .map(kind -> Message.of(
                                                    "vocabularyTermPersonal",
                                                    "field",
                                                    field,
                                                    "term",
                                                    term,
                                                    "kind",
                                                    kind))
                                            .orElse(null);
            if (problem == null) {
                terms.add(text);
            } else {
                problems.add(new ImportProblem("vocabulary", i, field, problem));
            }
        }
        return terms;
    }
}
