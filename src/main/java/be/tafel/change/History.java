package be.tafel.change;

import be.tafel.analysis.algo.CsrGraph;
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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole stored network of one graph version with every row's dates, indexed for questions about
 * change over time: who belonged when, which ties held, which families were reached. Immutable.
 */
public final class History {
    private final Network network;
    private final Map<String, Partner> partners = new HashMap<>();
    private final Map<String, Person> persons = new HashMap<>();
    private final Map<String, Service> services = new HashMap<>();
    private final Map<String, Family> families = new HashMap<>();
    private final Map<String, Table> tables = new HashMap<>();

    public History(Network network) {
        this.network = network;
        network.partners().forEach(p -> partners.put(p.id(), p));
        network.persons().forEach(p -> persons.put(p.id(), p));
        network.services().forEach(s -> services.put(s.id(), s));
        network.families().forEach(f -> families.put(f.id(), f));
        network.tables().forEach(t -> tables.put(t.id(), t));
    }

    public Network network() {
        return network;
    }

    public Partner partner(String id) {
        return partners.get(id);
    }

    public Person person(String id) {
        return persons.get(id);
    }

    public Family family(String id) {
        return families.get(id);
    }

    public Table table(String id) {
        return tables.get(id);
    }

    public List<Partner> partners() {
        return network.partners();
    }

    public List<Person> persons() {
        return network.persons();
    }

    public List<Collaboration> collaborations() {
        return network.collaborations();
    }

    public List<Seat> seats() {
        return network.seats();
    }

    public List<Referral> referrals() {
        return network.referrals();
    }

    public List<Use> uses() {
        return network.uses();
    }

    public List<Support> supports() {
        return network.supports();
    }

    /** The partner a partner, person (its employer) or service (its provider) stands for, or null. */
    public String partnerOf(String id) {
        if (partners.containsKey(id)) {
            return id;
        }
        Person person = persons.get(id);
        if (person != null) {
            return person.worksFor();
        }
        Service service = services.get(id);
        return service == null ? null : service.provider();
    }

    /**
     * The collaboration view on a day, as the store's projection builds it: the partners in the network that
     * day in id order, one undirected edge per pair with a tie that holds, weighted by the sum of the
     * strengths of its holding spells.
     */
    public CsrGraph collaborationGraph(LocalDate day) {
        List<String> ids = network.partners().stream()
                .filter(p -> p.period().contains(day))
                .map(Partner::id)
                .sorted()
                .toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        Map<Long, Double> weights = new java.util.TreeMap<>();
        for (Collaboration c : network.collaborations()) {
            Integer a = index.get(c.a());
            Integer b = index.get(c.b());
            if (a != null && b != null && !a.equals(b) && c.period().contains(day)) {
                weights.merge((long) Math.min(a, b) * ids.size() + Math.max(a, b), c.strength(), Double::sum);
            }
        }
        CsrGraph.Builder graph = new CsrGraph.Builder(ids.size(), false);
        weights.forEach((pair, w) -> graph.addEdge((int) (pair / ids.size()), (int) (pair % ids.size()), w));
        return graph.build();
    }

    /** The provider of a service, or null. */
    public String providerOf(String service) {
        Service s = services.get(service);
        return s == null ? null : s.provider();
    }

    public boolean partnerIn(String id, LocalDate day) {
        Partner p = partners.get(id);
        return p != null && p.period().contains(day);
    }

    public boolean personIn(String id, LocalDate day) {
        Person p = persons.get(id);
        return p != null && p.period().contains(day);
    }

    /** The sector of a partner, or "" when it has none. */
    public String sectorOf(String partner) {
        Partner p = partners.get(partner);
        return p == null || p.sector() == null ? "" : p.sector();
    }

    /** The partner's name, or its id when it has none. */
    public String nameOf(String id) {
        Partner p = partners.get(id);
        if (p != null) {
            return p.name();
        }
        Person person = persons.get(id);
        return person == null ? id : person.name();
    }
}
