package be.tafel.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.message.Message;
import be.tafel.message.Messages;
import be.tafel.privacy.Audience;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Import problems are codes of the message catalogue with their parameters: every code the server's sources
 * name is in the catalogue in English and Dutch, and a bad document's problems say what and where in Dutch too.
 */
class ImportMessagesTest {
    private static final Pattern CODE = Pattern.compile(
            "\"((?:import|vocabulary|introduction|meeting|merge|wave|answers|namedMissing)[A-Z]\\w*)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void every_import_code_in_the_sources_is_in_the_catalogue_in_english_and_dutch() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CODE.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() >= 60, "codes found in the sources: " + used);
        Messages catalogue = Messages.catalogue();
        for (String code : used) {
            assertTrue(catalogue.codes().contains(code), code + " is not in web/messages.json");
            String en = catalogue.template(code, "en");
            String nl = catalogue.template(code, "nl");
            assertFalse(en.isBlank() || nl.isBlank(), code);
            assertFalse(en.equals(nl), code + " is not translated");
        }
    }

    @Test
    void a_message_with_an_unknown_code_or_other_parameters_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> Message.of("importNoSuchProblem", "field", "id"));
        assertThrows(IllegalArgumentException.class, () -> Message.of("importRequired"));
        assertThrows(IllegalArgumentException.class, () -> Message.of("importRequired", "field", "id", "value", 3));
        assertThrows(NullPointerException.class, () -> new ImportProblem("partners", 0, "id", (Message) null));
    }

    @Test
    void a_bad_document_answers_codes_with_what_and_where_in_english_and_dutch() throws IOException {
        JsonNode document = JSON.readTree("""
                {"partners": [
                   {"id": "p1", "name": "School", "kind": "castle", "since": "2025-13-01", "domains": ["moon"]},
                   {"id": "p2", "name": "CAW", "since": "2025-03-01", "until": "2024-01-01"}],
                 "services": [{"id": "s1", "name": "Huiswerkklas", "provider": "p2"},
                              {"id": "s2", "name": "Speelpleinwerking", "provider": "p2", "ageMin": 30}],
                 "referrals": [{"id": "r1", "from": "p1", "to": "nobody", "family": "s1", "date": "2025-02-01",
                                "status": "proposed", "email": "a@b.be"}]}
                """);
        Vocabulary vocabulary = new Vocabulary(Set.of("housing", "education"), Set.of());
        InvalidNetworkException e = assertThrows(
                InvalidNetworkException.class, () -> new NetworkReader(KnownIds.NONE, vocabulary).readJson(document));
        Map<String, ImportProblem> byCode = e.problems().stream()
                .collect(Collectors.toMap(p -> p.problem().code(), Function.identity(), (a, b) -> a));

        ImportProblem kind = byCode.get("importOneOf");
        assertEquals(List.of("partners", 0, "kind"), List.of(kind.section(), kind.row(), kind.field()));
        assertEquals("castle", kind.problem().parameters().get("value"));
        assertTrue(kind.problem().parameters().get("allowed") instanceof List<?> l && l.size() > 1, kind.toString());
        assertTrue(kind.message().startsWith("kind must be one of "), kind.message());
        assertTrue(dutch(kind).startsWith("kind moet een van deze waarden zijn: "), dutch(kind));
        assertTrue(dutch(kind).endsWith(", niet 'castle'"), dutch(kind));

        ImportProblem date = byCode.get("importDate");
        assertEquals(
                Map.of("field", "since", "value", "2025-13-01"), date.problem().parameters());
        assertEquals("since must be an ISO date (YYYY-MM-DD), not '2025-13-01'", date.message());
        assertEquals("since moet een datum zijn (JJJJ-MM-DD), niet '2025-13-01'", dutch(date));

        ImportProblem before = byCode.get("importBefore");
        assertEquals(List.of("partners", 1, "until"), List.of(before.section(), before.row(), before.field()));
        assertEquals("until (2024-01-01) ligt vóór since (2025-03-01)", dutch(before));

        ImportProblem age = byCode.get("importWholeNumber");
        assertEquals(
                Map.of("field", "ageMin", "min", 0, "max", 25, "value", "30"),
                age.problem().parameters());
        assertEquals("ageMin moet een geheel getal van 0 tot 25 zijn, niet 30", dutch(age));

        ImportProblem field = byCode.get("importUnknownField");
        assertEquals(List.of("referrals", 0, "email"), List.of(field.section(), field.row(), field.field()));
        assertTrue(dutch(field).startsWith("'email' wordt niet aanvaard; toegelaten velden: completedOn, date,"));
        assertTrue(dutch(field).endsWith(" en to"), dutch(field));

        ImportProblem nobody = byCode.get("importUnknownReference");
        assertEquals(Map.of("field", "to", "id", "nobody"), nobody.problem().parameters());
        assertEquals("to 'nobody' staat niet in dit bestand en ook niet in de databank", dutch(nobody));

        ImportProblem wrongKind = byCode.get("importWrongReference");
        assertEquals("family 's1' is a service, but must be a family", wrongKind.message());
        assertEquals("family 's1' is een aanbod, maar moet een gezin zijn", dutch(wrongKind));

        ImportProblem domain = byCode.get("importUnknownLifeDomain");
        assertEquals(
                List.of("education", "housing"), domain.problem().parameters().get("terms"));
        assertTrue(dutch(domain).startsWith("'moon' is geen levensdomein uit de woordenlijst van dit netwerk"));
    }

    @Test
    void the_field_of_a_problem_is_named_as_the_dutch_workbook_names_its_column() {
        Message message = Message.of("importRequired", "field", "worksFor").with("field", "werktVoor");
        assertEquals("werktVoor is verplicht", message.text("nl", Audience.BROKER));
        assertThrows(IllegalArgumentException.class, () -> message.with("value", 3));
    }

    private static String dutch(ImportProblem problem) {
        return problem.problem().text("nl", Audience.BROKER);
    }
}
