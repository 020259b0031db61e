package be.tafel.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.privacy.Audience;
import be.tafel.privacy.FamilyCount;
import be.tafel.privacy.PrivacyModule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The message catalogue: every code speaks English and Dutch, with the same parameters, all of them used. */
class MessagesTest {
    private static final Messages CATALOGUE = Messages.catalogue();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)(:[^}]*)?}");

    @Test
    void every_code_has_an_english_and_a_dutch_template_with_the_same_parameters() {
        assertTrue(CATALOGUE.codes().size() >= 14, "codes: " + CATALOGUE.codes());
        for (String code : CATALOGUE.codes()) {
            String en = CATALOGUE.template(code, "en");
            String nl = CATALOGUE.template(code, "nl");
            assertFalse(en.isBlank(), code);
            assertFalse(nl.isBlank(), code);
            assertFalse(en.equals(nl), code + " is not translated");
            assertEquals(names(en), names(nl), code + ": the parameters of both templates");
        }
    }

    @Test
    void a_catalogue_with_a_missing_language_or_a_parameter_used_in_one_language_only_is_refused() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThrows(
                IllegalStateException.class, () -> Messages.parse(json.readTree("{\"a\": {\"en\": \"one {n}\"}}")));
        assertThrows(
                IllegalStateException.class,
                () -> Messages.parse(json.readTree("{\"a\": {\"en\": \"one {n}\", \"nl\": \"een\"}}")));
    }

    @Test
    void a_message_takes_exactly_the_parameters_its_templates_use() {
        assertThrows(IllegalArgumentException.class, () -> Message.of("noSuchCode"));
        assertThrows(IllegalArgumentException.class, () -> Message.of("referralsWithMembers", "referrals", 3));
        assertThrows(
                IllegalArgumentException.class,
                () -> Message.of("sharedFamiliesNone", "families", FamilyCount.of(3)),
                "a parameter no template uses");
        for (String code : CATALOGUE.codes()) {
            List<Object> arguments = new ArrayList<>();
            for (String name : CATALOGUE.parameters(code)) {
                arguments.add(name);
                arguments.add(
                        switch (name) {
                            case "domains", "names", "sectors" -> List.of("housing");
                            case "date", "from", "to", "since" -> "2025-01-31";
                            default -> 7;
                        });
            }
            Message message = Message.of(code, arguments.toArray());
            for (String language : Messages.LANGUAGES) {
                String text = message.text(language, Audience.BROKER);
                assertFalse(text.contains("{"), code + " " + language + ": " + text);
            }
        }
    }

    @Test
    void english_and_dutch_read_with_plurals_lists_and_the_languages_decimal_separator() {
        Message referrals = Message.of("referralsWithMembers", "referrals", 147, "members", 1, "months", 12);
        assertEquals("exchanged 147 referrals with 1 member in the last 12 months", referrals.toString());
        assertEquals(
                "wisselde 147 doorverwijzingen uit met 1 lid in de laatste 12 maanden",
                referrals.text("nl", Audience.BROKER));
        Message shares = Message.of("sharesPartners", "members", 2, "score", 8.1666);
        assertEquals("shares collaboration partners with 2 members (Adamic–Adar 8.17)", shares.toString());
        assertEquals("deelt samenwerkingspartners met 2 leden (Adamic–Adar 8,17)", shares.text("nl", Audience.BROKER));
        Message chair = Message.of("emptyChair", "domains", List.of("housing", "income", "health"));
        assertEquals("no member covers its domains housing, income and health", chair.toString());
        assertEquals(
                "geen lid is actief in zijn levensdomeinen housing, income en health",
                chair.text("nl", Audience.BROKER));
    }

    @Test
    void dates_months_percentages_figures_and_vocabulary_names_are_written_in_the_language() {
        Message period = Message.of("period", "from", "2025-12-01", "to", "2026-10-31");
        assertEquals("Between 1 December 2025 and 31 October 2026 the network changed as follows.", period.toString());
        assertEquals(
                "Tussen 1 december 2025 en 31 oktober 2026 veranderde het netwerk zo.",
                period.text("nl", Audience.BROKER));
        Message score = Message.of("scoreChanged", "score", "density", "before", 0.0523, "after", 0.061);
        assertEquals("The density went from 0.0523 to 0.061.", score.toString());
        assertEquals("De dichtheid ging van 0,0523 naar 0,061.", score.text("nl", Audience.BROKER));
        Message ties = Message.of(
                "tiesGainedBetween", "count", 1, "sectors", List.of("school", "pupil-guidance"), "sectorCount", 1);
        assertEquals("1 collaboration was gained, mostly between school and pupil guidance (1).", ties.toString());
        assertEquals(
                "Er kwamen 1 samenwerking bij, vooral tussen onderwijs en leerlingenbegeleiding (1).",
                ties.text("nl", Audience.BROKER));
        Message fading = Message.of(
                "fading",
                "group",
                "12-18",
                "changePercent",
                -34,
                "since",
                "2025-01-31",
                "familiesBefore",
                FamilyCount.of(40),
                "familiesAfter",
                FamilyCount.of(3));
        assertEquals(
                "Families with teenagers (12–18) drop out of sight: \u221234% since January 2025 (from 40 to <5).",
                fading.text("en", Audience.RESTRICTED));
        assertEquals(
                "Gezinnen met tieners (12–18) vallen uit beeld: \u221234% sinds januari 2025 (van 40 naar 3).",
                fading.text("nl", Audience.BROKER));
        assertThrows(IllegalArgumentException.class, () -> Message.of("word.school"), "a name is not a message");
    }

    @Test
    void a_family_count_under_five_reads_as_under_five_for_analysts_in_the_text_and_in_the_parameters()
            throws Exception {
        Message message = Message.of("sharedFamilies", "families", FamilyCount.of(1));
        assertEquals("reaches 1 family that members also reach", message.text("en", Audience.BROKER));
        assertEquals("reaches <5 families that members also reach", message.text("en", Audience.RESTRICTED));
        assertEquals("bereikt <5 gezinnen die ook leden bereiken", message.text("nl", Audience.RESTRICTED));

        ObjectMapper mapper = new ObjectMapper().registerModule(new PrivacyModule());
        record Holder(Message message, be.tafel.privacy.PrivateText text) {}
        JsonNode restricted = mapper.readTree(mapper.writer()
                .withAttribute(Audience.class, Audience.RESTRICTED)
                .writeValueAsString(new Holder(message, message.english())));
        assertEquals("sharedFamilies", restricted.at("/message/code").asText());
        assertEquals("<5", restricted.at("/message/families").asText());
        assertEquals(
                "reaches <5 families that members also reach",
                restricted.get("text").asText());
        JsonNode broker = mapper.readTree(mapper.writer()
                .withAttribute(Audience.class, Audience.BROKER)
                .writeValueAsString(new Holder(message, message.english())));
        assertEquals(1, broker.at("/message/families").asInt());
        assertTrue(broker.at("/message/families").isInt());
    }

    private static Set<String> names(String template) {
        Set<String> names = new java.util.TreeSet<>();
        PLACEHOLDER.matcher(template).results().forEach(m -> names.add(m.group(1)));
        return names;
    }
}
