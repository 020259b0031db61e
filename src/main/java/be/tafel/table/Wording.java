package be.tafel.table;

import java.util.stream.Collector;
import java.util.stream.Collectors;

/** How the table's reasons put counts and ranks into words. */
final class Wording {
    private Wording() {}

    static String plural(long count, String noun) {
        if (count == 1) {
            return "1 " + noun;
        }
        return count + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13
                ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    /** Joins {@code a}, {@code a and b}, {@code a, b and c}. */
    static Collector<CharSequence, ?, String> joiningAnd() {
        return Collectors.collectingAndThen(
                Collectors.toList(),
                list -> list.size() <= 1
                        ? String.join("", list)
                        : String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.getLast());
    }
}
