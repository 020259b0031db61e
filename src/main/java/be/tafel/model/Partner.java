package be.tafel.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An organisation in the network. {@code domains} and {@code neighbourhoods} are open vocabularies.
 * {@code since} and {@code until} (inclusive, either may be null) say when it belongs to the network, where
 * the data knows; views at a date leave out a partner that has not joined yet or has left.
 */
public record Partner(
        String id,
        String name,
        String sector,
        List<String> domains,
        List<String> neighbourhoods,
        PartnerKind kind,
        LocalDate since,
        LocalDate until) {
    public Partner {
        domains = List.copyOf(domains);
        neighbourhoods = List.copyOf(neighbourhoods);
    }

    /** A partner that belongs to the network as far as the data knows: no since, no until. */
    public Partner(
            String id,
            String name,
            String sector,
            List<String> domains,
            List<String> neighbourhoods,
            PartnerKind kind) {
        this(id, name, sector, domains, neighbourhoods, kind, null, null);
    }

    /** When it belongs to the network. */
    public Period period() {
        return new Period(since, until);
    }
}
