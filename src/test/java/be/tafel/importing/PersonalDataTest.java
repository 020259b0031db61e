package be.tafel.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "85.03.12-123.62",
                "85031212362",
                "gezin 85 03 12 123 62",
                "01.03.12-123.73",
                "01031212373",
                "nr 850312/123-62"
            })
    void finds_national_register_numbers_with_a_valid_checksum_before_and_after_2000(String text) {
        assertEquals(Optional.of("a Belgian national register number"), PersonalData.find(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"85.03.12-123.63", "85031212364", "01031212374"})
    void does_not_take_eleven_digits_with_a_wrong_checksum_for_a_national_register_number(String text) {
        assertNotEquals(Optional.of("a Belgian national register number"), PersonalData.find(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jan.peeters@example.be", "mail: an+zorg@kind-en-gezin.vlaanderen"})
    void finds_email_addresses(String text) {
        assertEquals(Optional.of("an e-mail address"), PersonalData.find(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Jan Peeters, Kerkstraat 5, tel 0470 12 34 56",
                "0470123456",
                "09/123.45.67",
                "02-123-45-67",
                "+32 470 12 34 56",
                "+32 (0)9 123 45 67",
                "0032 9 123 45 67",
                "+44 20 7946 0958",
                "+31612345678"
            })
    void finds_belgian_and_international_phone_numbers(String text) {
        assertEquals(Optional.of("a phone number"), PersonalData.find(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jan Peeters 1985-03-12", "geboren 12/03/1985", "12.03.1985", "2019-7-4"})
    void finds_dates_that_could_be_dates_of_birth(String text) {
        assertTrue(PersonalData.find(text).orElseThrow().startsWith("a date"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "fam-00042",
                "family-0001234",
                "ref-000123",
                "Noord",
                "Basisschool De Linde",
                "CAW Oost-Vlaanderen - onthaal Schelderode",
                "6-12",
                "p-clb",
                "Wijk 12",
                "youth-work",
                "Huiswerkklas 2 x per week",
                "capaciteit 120 plaatsen",
                "x@y",
                "Kerkstraat 5"
            })
    void leaves_pseudonymous_ids_and_ordinary_words_alone(String text) {
        assertEquals(Optional.empty(), PersonalData.find(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"naam\u0001", "a\u0000b", "\uFFFE", "f-\uD800", "\uDC00x"})
    void refuses_control_characters_and_lone_surrogates(String text) {
        assertTrue(TextSafety.message("name", text) != null, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tab\there", "two\nlines", "emoji \uD83D\uDE00 ok", "Zoë"})
    void accepts_tabs_line_breaks_and_surrogate_pairs(String text) {
        assertNull(TextSafety.message("name", text));
    }

    @Test
    void counting_digits_first_finds_what_searching_every_pattern_finds() {
        // Random texts over the characters the patterns turn on, and texts of every kind with characters
        // dropped, added or changed (near the least each pattern needs): the shortcut that skips a pattern the
        // text cannot hold (too few digits, no @, no +, no two date separators) changes no answer.
        String alphabet = "0123456789000111223399++@@--//..  ()xX.ab\u00e9";
        List<String> seeds = List.of(
                "85.03.12-123.62",
                "01031212373",
                "jan.peeters@example.be",
                "+32 470 12 34 56",
                "+32 (0)9 123 45 67",
                "0032 9 123 45 67",
                "+31612345678",
                "02-123-45-67",
                "0470123456",
                "1985-03-12",
                "12/03/1985",
                "2019-7-4",
                "ref-00000123");
        Random random = new Random(20261207);
        Map<String, Integer> found = new TreeMap<>();
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text;
            if (i % 2 == 0) {
                text = new StringBuilder();
                int length = 1 + random.nextInt(30);
                for (int j = 0; j < length; j++) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            } else {
                text = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
                for (int edits = random.nextInt(4); edits > 0 && !text.isEmpty(); edits--) {
                    int at = random.nextInt(text.length());
                    char c = alphabet.charAt(random.nextInt(alphabet.length()));
                    switch (random.nextInt(3)) {
                        case 0 -> text.deleteCharAt(at);
                        case 1 -> text.insert(at, c);
                        default -> text.setCharAt(at, c);
                    }
                }
            }
            String t = text.toString();
            Optional<String> all = PersonalData.kindSearchingAll(t);
            assertEquals(all, PersonalData.kind(t), t);
            all.ifPresent(kind -> found.merge(kind, 1, Integer::sum));
        }
        assertEquals(
                List.of("email-address", "national-number", "phone-number", "possible-birth-date"),
                List.copyOf(found.keySet()));
        assertTrue(found.values().stream().allMatch(n -> n > 1_000), "each kind found often: " + found);
    }
}
