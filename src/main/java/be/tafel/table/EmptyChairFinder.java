package be.tafel.table;

import be.tafel.analysis.Snapshot;
import be.tafel.analysis.Vertex;
import be.tafel.model.AgeBand;
import be.tafel.model.PartnerKind;
import be.tafel.privacy.FamilyCount;
import be.tafel.table.TableReport.AgeBandCount;
import be.tafel.table.TableReport.DomainCount;
import be.tafel.table.TableReport.EmptyChairs;
import be.tafel.table.TableReport.FamiliesReached;
import be.tafel.table.TableReport.NeighbourhoodCount;
import be.tafel.table.TableStore.FamilyRow;
import be.tafel.table.TableStore.Loaded;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The empty chairs of a table on a day: the life domains, neighbourhoods and age bands that the families
 * members reach need and no member covers, and whether a parents' organisation sits at the table.
 */
final class EmptyChairFinder {
    private final Vertex table;
    private final Snapshot eco;
    private final Loaded loaded;
    private final Map<String, List<String>> present;
    private final Set<String> activeDomains;
    private final Set<String> presentPlaces;
    private final List<DomainCount> emptyDomains;

    EmptyChairFinder(TableDay day) {
        this.table = day.table;
        this.eco = day.eco;
        this.loaded = day.loaded;
        this.present = day.present;
        this.activeDomains = day.activeDomains;
        this.presentPlaces = day.presentPlaces;
        this.emptyDomains = emptyDomains();
    }

    /** The life domains nobody at the table covers, by families needing them, most first. */
    List<DomainCount> domains() {
        return emptyDomains;
    }

    EmptyChairs emptyChairs() {
        return new EmptyChairs(emptyDomains, emptyNeighbourhoods(), emptyAgeBands(), familyVoice());
    }

    private List<DomainCount> emptyDomains() {
        Map<String, Integer> needing = new TreeMap<>();
        table.domains().forEach(d -> needing.put(d, 0));
        for (FamilyRow f : loaded.families()) {
            f.needs().forEach(d -> needing.merge(d, 1, Integer::sum));
        }
        return needing.entrySet().stream()
                .filter(e -> !activeDomains.contains(e.getKey()))
                .map(e -> new DomainCount(e.getKey(), FamilyCount.of(e.getValue())))
                .sorted(Comparator.comparing(DomainCount::families, Comparator.reverseOrder())
                        .thenComparing(DomainCount::domain))
                .toList();
    }

    private List<NeighbourhoodCount> emptyNeighbourhoods() {
        Map<String, Integer> living = new TreeMap<>();
        loaded.families().stream()
                .map(FamilyRow::neighbourhood)
                .filter(n -> n != null && !presentPlaces.contains(n))
                .forEach(n -> living.merge(n, 1, Integer::sum));
        return living.entrySet().stream()
                .map(e -> new NeighbourhoodCount(e.getKey(), FamilyCount.of(e.getValue())))
                .sorted(Comparator.comparing(NeighbourhoodCount::families, Comparator.reverseOrder())
                        .thenComparing(NeighbourhoodCount::neighbourhood))
                .toList();
    }

    private List<AgeBandCount> emptyAgeBands() {
        int[] families = familiesByBand();
        List<AgeBandCount> empty = new ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            boolean served = loaded.services().stream()
                    .filter(s -> present.containsKey(s.partner()))
                    .anyMatch(s -> AgeCoverage.covers(s.ageMin(), s.ageMax(), band));
            if (!served && families[band.ordinal()] > 0) {
                empty.add(new AgeBandCount(band.code(), FamilyCount.of(families[band.ordinal()])));
            }
        }
        return empty;
    }

    private boolean familyVoice() {
        return present.keySet().stream()
                .map(id -> eco.vertex(eco.indexOf(id).getAsInt()))
                .anyMatch(v -> PartnerKind.PARENTS.code().equals(v.kind()));
    }

    FamiliesReached familiesReached() {
        int[] families = familiesByBand();
        return new FamiliesReached(
                FamilyCount.of(loaded.families().size()),
                Arrays.stream(AgeBand.values())
                        .map(b -> new AgeBandCount(b.code(), FamilyCount.of(families[b.ordinal()])))
                        .toList());
    }

    private int[] familiesByBand() {
        int[] families = new int[AgeBand.values().length];
        loaded.families().forEach(f -> f.childAgeBands().forEach(b -> families[b.ordinal()]++));
        return families;
    }
}
