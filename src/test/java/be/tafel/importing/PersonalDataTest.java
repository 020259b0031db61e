package be.tafel.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
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
}
