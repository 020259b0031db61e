package be.tafel.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.tafel.support.HttpJson;
import be.tafel.support.TestServer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The projections of {@link ViewLoader} on a network small enough to work out by hand: referrals sent by
 * a person or received by a service count for their partner, repeated referrals between the same ends,
 * the edges of the year window, and validity of uses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewLoaderTest {
    private static final LocalDate AT = LocalDate.of(2026, 6, 30);

    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    @BeforeAll
    void importNetwork() {
        server.reset();
        HttpJson.Response response = http.post("/api/import", """
                {
                  "partners": [
                    {"id": "pa", "name": "A", "sector": "school", "kind": "public"},
                    {"id": "pb", "name": "B", "sector": "welfare", "kind": "public"},
                    {"id": "pc", "name": "C", "sector": "health", "kind": "public"}
                  ],
                  "persons": [{"id": "pe-a", "name": "Amina", "role": "bridge-figure", "worksFor": "pa"}],
                  "services": [
                    {"id": "s-b", "name": "Loket", "provider": "pb", "domain": "welfare", "ageMin": 0, "ageMax": 18,
                     "neighbourhood": "Noord", "capacity": 20,
                     "access": {"reachable": 4, "available": 3, "affordable": 5, "usable": 4, "understandable": 3}}
                  ],
                  "families": [
                    {"id": "f1", "neighbourhood": "Noord", "childAgeBands": ["6-12"], "needs": ["education"]},
                    {"id": "f2", "neighbourhood": "Zuid", "childAgeBands": ["6-12"], "needs": ["welfare"]},
                    {"id": "f3", "neighbourhood": "Noord", "childAgeBands": ["6-12"], "needs": ["welfare"]}
                  ],
                  "tables": [{"id": "t1", "name": "Stuurgroep", "kind": "steering", "domains": ["education"]}],
                  "seats": [{"member": "pa", "table": "t1", "role": "chair", "since": "2024-01-01"}],
                  "collaborations": [{"a": "pa", "b": "pc", "strength": 2, "since": "2024-01-01"}],
                  "supports": [{"person": "pe-a", "family": "f3", "since": "2024-01-01"}],
                  "uses": [
                    {"family": "f1", "service": "s-b", "since": "2024-01-01"},
                    {"family": "f2", "service": "s-b", "since": "2024-01-01", "until": "2025-12-31"}
                  ],
                  "referrals": [
                    {"id": "r1", "from": "pa", "to": "pb", "family": "f1", "date": "2026-03-01", "domain": "education", "status": "completed"},
                    {"id": "r2", "from": "pe-a", "to": "pb", "family": "f2", "date": "2026-03-02", "domain": "welfare", "status": "completed"},
                    {"id": "r3", "from": "pa", "to": "s-b", "family": "f3", "date": "2026-03-03", "domain": "welfare", "status": "completed"},
                    {"id": "r4", "from": "pa", "to": "pb", "family": "f1", "date": "2026-03-04", "domain": "education", "status": "completed"},
                    {"id": "r5", "from": "pb", "to": "pc", "family": "f2", "date": "2025-06-30", "domain": "welfare", "status": "completed"},
                    {"id": "r6", "from": "pb", "to": "pc", "family": "f3", "date": "2026-06-30", "domain": "welfare", "status": "completed"},
                    {"id": "r7", "from": "pc", "to": "pa", "family": "f1", "date": "2026-07-01", "domain": "education", "status": "completed"}
                  ]
                }
                """);
        assertEquals(200, response.status(), response.text());
    }

    private Snapshot load(ViewKind view, String domain, String neighbourhood) {
        return new ViewLoader(server.store()).load(new ViewRequest(view, AT, domain, neighbourhood));
    }

    private static Set<String> edges(Snapshot s) {
        Set<String> edges = new TreeSet<>();
        for (ViewEdge e : s.edges()) {
            edges.add(s.vertex(e.source()).id() + " " + s.vertex(e.target()).id() + " "
                    + e.kind().code() + " " + e.weight());
        }
        assertEquals(s.edges().size(), edges.size(), "no edge twice: " + s.edges());
        return edges;
    }

    @Test
    void referrals_count_for_the_partner_of_a_person_or_service_in_the_year_up_to_the_date() {
        Snapshot referral = load(ViewKind.REFERRAL, null, null);

        assertEquals(
                List.of("pa", "pb", "pc"),
                referral.vertices().stream().map(Vertex::id).toList());
        assertEquals(Set.of("pa pb referral 4.0", "pb pc referral 1.0"), edges(referral));
        assertEquals(Set.of("pa pb referral 3.0", "pb pc referral 1.0"), edges(load(ViewKind.REFERRAL, null, "Noord")));
        assertEquals(
                Set.of("pa pb referral 2.0", "pb pc referral 1.0"), edges(load(ViewKind.REFERRAL, "welfare", null)));
    }

    @Test
    void shared_families_count_families_reached_through_services_staff_and_referrals() {
        assertEquals(
                Set.of("pa pb shares-families 3.0", "pa pc shares-families 1.0", "pb pc shares-families 1.0"),
                edges(load(ViewKind.SHARED_FAMILIES, null, null)));
        assertEquals(
                Set.of("pa pb shares-families 2.0", "pa pc shares-families 1.0", "pb pc shares-families 1.0"),
                edges(load(ViewKind.SHARED_FAMILIES, null, "Noord")));
        assertEquals(Set.of("pa pb shares-families 1.0"), edges(load(ViewKind.SHARED_FAMILIES, "education", null)));
    }

    @Test
    void the_ecosystem_has_every_valid_relationship_and_each_referral_pair_once() {
        Snapshot ecosystem = load(ViewKind.ECOSYSTEM, null, null);

        assertEquals(
                List.of("pa", "pb", "pc", "pe-a", "s-b", "f1", "f2", "f3", "t1"),
                ecosystem.vertices().stream().map(Vertex::id).toList());
        assertEquals(
                Set.of(
                        "pe-a pa works-for 1.0",
                        "pb s-b offers 1.0",
                        "pe-a f3 supports 1.0",
                        "f1 s-b uses 1.0",
                        "pa t1 sits-at 1.0",
                        "pa pc collaborates 1.0",
                        "pa pb referral 1.0",
                        "pe-a pb referral 1.0",
                        "pa s-b referral 1.0",
                        "pb pc referral 1.0",
                        "pb f1 referral 1.0",
                        "pb f2 referral 1.0",
                        "s-b f3 referral 1.0",
                        "pc f3 referral 1.0"),
                edges(ecosystem));
        assertEquals(14, ecosystem.graph().edgeCount());
    }
}
