package be.tafel.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Organisations named in free text (a survey's "who is missing in this network?"), grouped so that spellings
 * of one name count once: case, accents, spaces and punctuation do not matter ("Bibliothèek", " bibliotheek ",
 * "BIBLIOTHEEK" are one). Each group counts the distinct partners that named it.
 */
public final class NamedOrganisations {
    private NamedOrganisations() {}

    /** What one partner named. */
    public record Naming(String partner, List<String> names) {}

    /**
     * One organisation as named: {@code key} (the grouped spelling, also a safe URL segment), the spelling
     * most partners used (on a tie the one with most capitals, as a proper name is written, then the first
     * given), and the partners that named it.
     */
    public record Named(String key, String name, List<String> namedBy) {
        public Named {
            namedBy = List.copyOf(namedBy);
        }

        public int count() {
            return namedBy.size();
        }
    }

    /**
     * The grouping key of a name: accents removed, lower case, every run of characters other than letters and
     * digits turned into one dash, no dash at either end; empty when the name holds no letter or digit.
     */
    public static String key(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    }

    /** The names grouped by {@link #key}, named by most partners first, then by key. */
    public static List<Named> group(List<Naming> namings) {
        Map<String, Set<String>> partners = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> spellings = new LinkedHashMap<>();
        for (Naming naming : namings) {
            Set<String> seen = new LinkedHashSet<>();
            for (String name : naming.names()) {
                String key = key(name);
                if (key.isEmpty() || !seen.add(key)) {
                    continue; // one partner naming a name twice counts once
                }
                partners.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(naming.partner());
                spellings
                        .computeIfAbsent(key, k -> new LinkedHashMap<>())
                        .merge(name.strip().replaceAll("\\s+", " "), 1, Integer::sum);
            }
        }
        List<Named> named = new ArrayList<>();
        partners.forEach((key, by) -> {
            String shown = spellings.get(key).entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparingLong(e -> e.getKey()
                                    .chars()
                                    .filter(Character::isUpperCase)
                                    .count()))
                    .orElseThrow()
                    .getKey();
            named.add(new Named(key, shown, new ArrayList<>(by)));
        });
        named.sort(Comparator.comparingInt(Named::count).reversed().thenComparing(Named::key));
        return named;
    }
}
