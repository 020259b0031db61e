package be.tafel.importing;

import be.tafel.message.Messages;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what must never reach the store in an id or a free text: a Belgian national register number
 * (rijksregisternummer, checked with its mod-97 checksum, also the variant for births from 2000 on), an
 * e-mail address, a phone number (Belgian national or international format) and a date (it could be a date
 * of birth). Tafel keeps families pseudonymous; partners should send pseudonyms made with the
 * {@code pseudonymise} command, not their own client numbers.
 */
public final class PersonalData {
    /** 11 digits, optionally written YY.MM.DD-SSS.CC (dots, dashes, spaces or slashes between the groups). */
    private static final Pattern NATIONAL_NUMBER = Pattern.compile(
            "(?<!\\d)(\\d{2})[.\\s/-]?(\\d{2})[.\\s/-]?(\\d{2})[.\\s/-]?(\\d{3})[.\\s/-]?(\\d{2})(?!\\d)");

    private static final Pattern EMAIL =
            Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    /** +32 470 12 34 56, 0032 9 123 45 67, +44 20 7946 0958: a country code and 7 to 13 more digits. */
    private static final Pattern INTERNATIONAL_PHONE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\+|00)\\s?[1-9]\\d{0,2}[\\s./-]?(\\(0\\)[\\s./-]?)?\\d([\\s./()-]{0,2}\\d){6,12}(?!\\d)");
    /** 0470 12 34 56, 09/123.45.67, 02-123-45-67: a leading 0 and 8 or 9 more digits (Belgian numbers). */
    private static final Pattern NATIONAL_PHONE =
            Pattern.compile("(?<![\\p{L}\\p{N}+])0\\d([\\s./()-]{0,2}\\d){7,8}(?!\\d)");
    /** 1985-03-12, 1985/3/12, 12-03-1985, 12.03.1985, 12/3/85 is too ambiguous and is left alone. */
    private static final Pattern DATE =
            Pattern.compile("(?<!\\d)((18|19|20)\\d{2}[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|[12]\\d|3[01])"
                    + "|(0?[1-9]|[12]\\d|3[01])[-/.](0?[1-9]|1[0-2])[-/.](18|19|20)\\d{2})(?!\\d)");

    private PersonalData() {}

    /** What kind of personal data {@code text} seems to hold, in words, or empty when none is found. */
    public static Optional<String> find(String text) {
        return kind(text).map(kind -> Messages.catalogue().template("word." + kind, "en"));
    }

    /**
     * The kind of personal data {@code text} looks like it holds, as a code the message catalogue names
     * ({@code word.national-number}, {@code word.email-address}, {@code word.phone-number}, {@code
     * word.possible-birth-date}), or empty.
     */
    public static Optional<String> kind(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        // What each pattern needs at the least, counted in one pass: most ids and terms have too few digits
        // for any of them, and skip the five searches (an import checks several texts per row).
        int digits = 0;
        int dateSeparators = 0;
        boolean at = false;
        boolean plus = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '-' || c == '/' || c == '.') {
                dateSeparators++;
            } else if (c == '@') {
                at = true;
            } else if (c == '+') {
                plus = true;
            }
        }
        return kind(
                text,
                digits >= 11,
                at,
                digits >= 10 || (plus && digits >= 8),
                digits >= 9,
                digits >= 6 && dateSeparators >= 2);
    }

    /** {@link #kind(String)} with every pattern searched, for the test that the shortcut changes no answer. */
    static Optional<String> kindSearchingAll(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        return kind(text, true, true, true, true, true);
    }

    /**
     * The patterns in order, each searched only when {@code text} can hold it: a national number has 11 digits,
     * an e-mail address an {@code @}, an international phone number 8 digits after a {@code +} or 10 with its
     * {@code 00}, a national one 9 digits, a date 6 digits and two of {@code - / .}.
     */
    private static Optional<String> kind(
            String text, boolean national, boolean email, boolean international, boolean phone, boolean date) {
        if (national) {
            Matcher number = NATIONAL_NUMBER.matcher(text);
            while (number.find()) {
                if (isNationalNumber(
                        number.group(1) + number.group(2) + number.group(3) + number.group(4), number.group(5))) {
                    return Optional.of("national-number");
                }
            }
        }
        if (email && EMAIL.matcher(text).find()) {
            return Optional.of("email-address");
        }
        if ((international && INTERNATIONAL_PHONE.matcher(text).find())
                || (phone && NATIONAL_PHONE.matcher(text).find())) {
            return Optional.of("phone-number");
        }
        if (date && DATE.matcher(text).find()) {
            return Optional.of("possible-birth-date");
        }
        return Optional.empty();
    }

    /**
     * True when the 9 digits and the 2 check digits form a valid national register number: the check is
     * 97 minus the 9 digits modulo 97, or, for people born from 2000 on, 97 minus (2 followed by the 9
     * digits) modulo 97. The month may be shifted by 20 or 40 (bis numbers) or be 0 (birth date unknown).
     */
    static boolean isNationalNumber(String nineDigits, String checkDigits) {
        int month = Integer.parseInt(nineDigits.substring(2, 4));
        int day = Integer.parseInt(nineDigits.substring(4, 6));
        if (month % 20 > 12 || month > 52 || day > 31) {
            return false;
        }
        long base = Long.parseLong(nineDigits);
        int check = Integer.parseInt(checkDigits);
        return check == 97 - base % 97 || check == 97 - (2_000_000_000L + base) % 97;
    }
}
