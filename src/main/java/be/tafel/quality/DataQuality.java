package be.tafel.quality;

import be.tafel.store.CypherFiles;
import be.tafel.store.GraphStore;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.neo4j.driver.Record;

/**
 * What keeps the network's data clean: isolated partners, ties nobody confirmed or renewed for 18 months,
 * likely duplicate partners and persons (Jaro-Winkler similarity of their normalised names, from Apache
 * Commons Text), persons without an organisation, and services nobody uses.
 */
public final class DataQuality {
    /** A tie older than this, never touched in the journal since, counts as not confirmed. */
    public static final int STALE_MONTHS = 18;
    /** Names at least this similar (Jaro-Winkler, 0 to 1) are likely the same partner or person. */
    public static final double DUPLICATE_SIMILARITY = 0.9;

    public static final int MAX_DUPLICATES = 200;

    private final GraphStore store;
    private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();

    public DataQuality(GraphStore store) {
        this.store = store;
    }

    public record Named(String id, String name) {}

    public record StaleTie(String a, String b, LocalDate since, String key) {}

    /** Two partners or two persons whose names look alike; {@code section} says which. */
    public record Duplicate(String section, Named first, Named second, double similarity) {}

    public record Report(
            LocalDate at,
            List<Named> isolatedPartners,
            List<StaleTie> staleTies,
            List<Duplicate> duplicates,
            List<Named> personsWithoutOrganisation,
            List<Named> unusedServices) {}

    public Report report(LocalDate today) {
        LocalDate cutoff = today.minusMonths(STALE_MONTHS);
        String cutoffAt = cutoff.atStartOfDay().toInstant(ZoneOffset.UTC).toString();
        return store.read(tx -> {
            Map<String, Object> dates = Map.of("today", today, "cutoff", cutoff, "cutoffAt", cutoffAt);
            List<Named> isolated =
                    tx.run(CypherFiles.load("quality/isolated-partners"), dates).list(DataQuality::named);
            List<StaleTie> stale = tx.run(CypherFiles.load("quality/stale-ties"), dates)
                    .list(r -> new StaleTie(
                            r.get("a").asString(),
                            r.get("b").asString(),
                            r.get("since").isNull() ? null : r.get("since").asLocalDate(),
                            r.get("key").asString()));
            List<Record> names = tx.run(CypherFiles.load("quality/names")).list();
            List<Named> withoutOrganisation = tx.run(CypherFiles.load("quality/persons-without-organisation"))
                    .list(DataQuality::named);
            List<Named> unused =
                    tx.run(CypherFiles.load("quality/unused-services"), dates).list(DataQuality::named);
            return new Report(today, isolated, stale, duplicates(names), withoutOrganisation, unused);
        });
    }

    /** Every pair within a section whose normalised names are similar enough, most similar first. */
    List<Duplicate> duplicates(List<Record> names) {
        List<Duplicate> found = new ArrayList<>();
        for (String section : List.of("partners", "persons")) {
            List<Named> named = names.stream()
                    .filter(r -> r.get("section").asString().equals(section))
                    .map(DataQuality::named)
                    .toList();
            List<String> normal = named.stream().map(n -> normalise(n.name())).toList();
            for (int i = 0; i < named.size(); i++) {
                for (int j = i + 1; j < named.size(); j++) {
                    if (normal.get(i).isEmpty() || normal.get(j).isEmpty()) {
                        continue;
                    }
                    double score = similarity.apply(normal.get(i), normal.get(j));
                    if (score >= DUPLICATE_SIMILARITY) {
                        found.add(new Duplicate(section, named.get(i), named.get(j), score));
                    }
                }
            }
        }
        found.sort(Comparator.comparingDouble(Duplicate::similarity)
                .reversed()
                .thenComparing(d -> d.first().id())
                .thenComparing(d -> d.second().id()));
        return found.size() > MAX_DUPLICATES ? List.copyOf(found.subList(0, MAX_DUPLICATES)) : List.copyOf(found);
    }

    /** Lower case, without accents, punctuation or repeated spaces: "CLB  Schelde-Noord" is "clb schelde noord". */
    static String normalise(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    private static Named named(Record r) {
        return new Named(r.get("id").asString(), r.get("name").asString(null));
    }
}
