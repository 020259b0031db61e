package be.tafel.demo;

import be.tafel.model.Access;
import be.tafel.model.PartnerKind;
import be.tafel.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns the catalogue's offers into services, with a seeded capacity and 5-A access scores. */
final class DemoServices {
    /** Offers with a known waiting list: hardly available, whatever else they score. */
    private static final Set<String> WAITING_LISTS =
            Set.of(DemoNetwork.WAITLIST_RECEIVER, DemoNetwork.WAITLIST_SECOND_RECEIVER, "svc-woonmaatschappij-1");

    private final DemoRandom random;

    DemoServices(DemoRandom random) {
        this.random = random;
    }

    List<Service> generate(List<DemoPartners.Entry> entries) {
        List<Service> services = new ArrayList<>();
        for (DemoPartners.Entry entry : entries) {
            List<DemoPartners.Offer> offers = entry.offers();
            for (int i = 0; i < offers.size(); i++) {
                services.add(service(entry, offers.get(i), serviceId(entry.id(), i)));
            }
        }
        return List.copyOf(services);
    }

    static String serviceId(String partnerId, int index) {
        return "svc-" + partnerId.substring("partner-".length()) + "-" + (index + 1);
    }

    private Service service(DemoPartners.Entry entry, DemoPartners.Offer offer, String id) {
        int capacity = Math.max(5, (int) Math.round(offer.capacity() * (0.8 + 0.4 * random.nextDouble())));
        return new Service(
                id,
                offer.name(),
                entry.id(),
                offer.domain(),
                offer.ageMin(),
                offer.ageMax(),
                offer.neighbourhood(),
                capacity,
                access(entry.partner().kind(), WAITING_LISTS.contains(id)));
    }

    private Access access(PartnerKind kind, boolean waitingList) {
        double affordable = switch (kind) {
            case PRIVATE -> 2.3;
            case VOLUNTEER, PARENTS -> 4.5;
            default -> 3.9;
        };
        return new Access(score(3.8), waitingList ? 1 : score(3.3), score(affordable), score(3.5), score(3.2));
    }

    private int score(double mean) {
        double noise = random.nextDouble() + random.nextDouble() - 1.0;
        return (int) Math.max(1, Math.min(5, Math.round(mean + 1.4 * noise)));
    }
}
