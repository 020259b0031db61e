package be.tafel.model;

import java.util.List;

/** An organisation in the network. {@code domains} and {@code neighbourhoods} are open vocabularies. */
public record Partner(
        String id, String name, String sector, List<String> domains, List<String> neighbourhoods, PartnerKind kind) {
    public Partner {
        domains = List.copyOf(domains);
        neighbourhoods = List.copyOf(neighbourhoods);
    }
}
