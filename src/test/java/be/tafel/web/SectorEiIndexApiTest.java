package be.tafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each sector's own E-I index on {@code /api/analysis/communities}, checked against a graph counted by hand:
 *
 * <pre>
 *   school: a, b        ties a-b (inside), a-c, b-c (out)      E-I = (2 - 1) / 3
 *   welfare: c          ties a-c, b-c, c-d (out)               E-I = 1
 *   health: d           ties c-d, f-d (out)                    E-I = 1
 *   youth-work: e, f    ties e-f (inside), f-d (out)           E-I = 0   the most inward-looking: listed first
 *   whole view: 4 ties between sectors, 2 inside               E-I = (4 - 2) / 6
 * </pre>
 */
class SectorEiIndexApiTest {
    private static final double EXACT = 1e-12;
    private static TestServer server;

    @BeforeAll
    static void importSmallTown() {
        server = TestServer.get();
        server.reset();
        Map<String, Object> document = Map.of(
                "partners",
                List.of(
                        partner("a", "school"),
                        partner("b", "school"),
                        partner("c", "welfare"),
                        partner("d", "health"),
                        partner("e", "youth-work"),
                        partner("f", "youth-work")),
                "collaborations",
                List.of(tie("a", "b"), tie("a", "c"), tie("b", "c"), tie("c", "d"), tie("e", "f"), tie("f", "d")),
                "services", // in the ecosystem view only
                List.of(Map.of(
                        "id",
                        "s-homework",
                        "name",
                        "Huiswerkklas",
                        "provider",
                        "a",
                        "domain",
                        "education",
                        "ageMin",
                        6,
                        "ageMax",
                        12,
                        "neighbourhood",
                        "Noord")));
        HttpJson.Response imported = server.http().post("/api/import", document);
        assertEquals(200, imported.status(), imported.text());
    }

    @Test
    void every_sector_has_its_own_e_i_index_the_most_inward_looking_first() {
        JsonNode answer = server.http()
                .get("/api/analysis/communities?view=collaboration")
                .json();

        assertEquals((4.0 - 2.0) / 6.0, answer.get("sectorEiIndex").asDouble(), EXACT);
        List<String> order = new ArrayList<>();
        answer.get("sectors").forEach(s -> order.add(s.get("sector").asText()));
        assertEquals(List.of("youth-work", "school", "health", "welfare"), order);
        assertSector(answer.get("sectors").get(0), "youth-work", 2, 1, 1, 0.0);
        assertSector(answer.get("sectors").get(1), "school", 2, 2, 1, 1.0 / 3.0);
        assertSector(answer.get("sectors").get(2), "health", 1, 2, 0, 1.0);
        assertSector(answer.get("sectors").get(3), "welfare", 1, 3, 0, 1.0);
    }

    @Test
    void the_ecosystem_view_lists_no_sectors_because_its_ties_are_not_only_between_partners() {
        assertEquals(
                7,
                server.http()
                        .get("/api/analysis/summary?view=ecosystem")
                        .json()
                        .at("/summary/nodes")
                        .asInt(),
                "six partners and a service");
        JsonNode answer =
                server.http().get("/api/analysis/communities?view=ecosystem").json();

        assertTrue(answer.get("sectors").isArray());
        assertEquals(0, answer.get("sectors").size());
    }

    private static void assertSector(JsonNode s, String sector, int partners, int external, int internal, double ei) {
        assertEquals(sector, s.get("sector").asText());
        assertEquals(partners, s.get("partners").asInt(), sector);
        assertEquals(external, s.get("external").asInt(), sector);
        assertEquals(internal, s.get("internal").asInt(), sector);
        assertEquals(ei, s.get("eiIndex").asDouble(), EXACT, sector);
    }

    private static Map<String, Object> partner(String id, String sector) {
        return Map.of("id", id, "name", "Partner " + id, "sector", sector, "kind", "public");
    }

    private static Map<String, Object> tie(String a, String b) {
        return Map.of("a", a, "b", b, "strength", 3, "since", "2020-01-01");
    }
}
