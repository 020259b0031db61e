package be.tafel.model;

import java.util.List;

/** A whole network, or a part of one, as one document: the unit of import and export. */
public record Network(
        List<Partner> partners,
        List<Person> persons,
        List<Service> services,
        List<Family> families,
        List<Table> tables,
        List<Seat> seats,
        List<Collaboration> collaborations,
        List<Support> supports,
        List<Use> uses,
        List<Referral> referrals) {

    public Network {
        partners = List.copyOf(partners);
        persons = List.copyOf(persons);
        services = List.copyOf(services);
        families = List.copyOf(families);
        tables = List.copyOf(tables);
        seats = List.copyOf(seats);
        collaborations = List.copyOf(collaborations);
        supports = List.copyOf(supports);
        uses = List.copyOf(uses);
        referrals = List.copyOf(referrals);
    }

    public static Network empty() {
        return new Network(
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    /** Partners and the ties between them, nothing else: e.g. a broker's edit of ties on the map. */
    public static Network ofPartnersAndTies(List<Partner> partners, List<Collaboration> collaborations) {
        return new Network(
                partners,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                collaborations,
                List.of(),
                List.of(),
                List.of());
    }

    public int rows() {
        return partners.size()
                + persons.size()
                + services.size()
                + families.size()
                + tables.size()
                + seats.size()
                + collaborations.size()
                + supports.size()
                + uses.size()
                + referrals.size();
    }
}
