package be.tafel.importing;

import be.tafel.model.Collaboration;
import be.tafel.model.Family;
import be.tafel.model.Network;
import be.tafel.model.Partner;
import be.tafel.model.Person;
import be.tafel.model.Referral;
import be.tafel.model.Seat;
import be.tafel.model.Service;
import be.tafel.model.Support;
import be.tafel.model.Table;
import be.tafel.model.Use;
import java.util.List;

/** The rows of a document that parsed, each with its row number, before references are checked. */
record ParsedNetwork(
        List<Parsed<Partner>> partners,
        List<Parsed<Person>> persons,
        List<Parsed<Service>> services,
        List<Parsed<Family>> families,
        List<Parsed<Table>> tables,
        List<Parsed<Seat>> seats,
        List<Parsed<Collaboration>> collaborations,
        List<Parsed<Support>> supports,
        List<Parsed<Use>> uses,
        List<Parsed<Referral>> referrals) {

    Network network() {
        return new Network(
                values(partners),
                values(persons),
                values(services),
                values(families),
                values(tables),
                values(seats),
                values(collaborations),
                values(supports),
                values(uses),
                values(referrals));
    }

    private static <T> List<T> values(List<Parsed<T>> rows) {
        return rows.stream().map(Parsed::value).toList();
    }
}
