package be.tafel.importing;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The network's configured vocabularies: the life domains (needs, a service's or referral's domain, a
 * partner's or table's domains) and the neighbourhoods. Defaults ship in {@code cypher/vocabulary/defaults.cypher};
 * brokers add terms. An empty neighbourhood list means the town has not named its neighbourhoods yet: any is
 * accepted until it does.
 */
public record Vocabulary(Set<String> lifeDomains, Set<String> neighbourhoods) {
    /** For readers that check rows alone: every term is accepted. */
    public static final Vocabulary OPEN = new Vocabulary(null, null);

    public Vocabulary {
        lifeDomains = lifeDomains == null ? null : Set.copyOf(lifeDomains);
        neighbourhoods = neighbourhoods == null ? null : Set.copyOf(neighbourhoods);
    }

    /** This vocabulary with more terms. */
    public Vocabulary with(java.util.Collection<String> moreDomains, java.util.Collection<String> moreNeighbourhoods) {
        Set<String> domains = new TreeSet<>(lifeDomains);
        domains.addAll(moreDomains);
        Set<String> places = new TreeSet<>(neighbourhoods);
        places.addAll(moreNeighbourhoods);
        return new Vocabulary(domains, places);
    }

    boolean knowsLifeDomain(String term) {
        return lifeDomains == null || lifeDomains.contains(term);
    }

    boolean knowsNeighbourhood(String term) {
        return neighbourhoods == null || neighbourhoods.isEmpty() || neighbourhoods.contains(term);
    }

    List<String> lifeDomainList() {
        return List.copyOf(new TreeSet<>(lifeDomains));
    }

    List<String> neighbourhoodList() {
        return List.copyOf(new TreeSet<>(neighbourhoods));
    }

    /** Where a reader gets the network's vocabulary (the writer, from the store). */
    @FunctionalInterface
    public interface Source {
        Vocabulary vocabulary();
    }
}
