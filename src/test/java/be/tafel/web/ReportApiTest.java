package be.tafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.demo.DemoNetwork;
import be.tafel.support.HttpJson;
import be.tafel.support.HttpJson.Response;
import be.tafel.support.Networkx;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The partner report and the table scorecard over HTTP: on {@link TableApiTest#VILLAGE}, values worked out by
 * hand; on the village and the demo, the scorecard's structure scores against NetworkX's.
 */
class ReportApiTest {
    private static final double EXACT = 1e-9;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    private JsonNode get(String path) {
        Response response = http.get(path);
        assertEquals(200, response.status(), response.text());
        return response.json();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    /**
     * The village on 2025-06-01: the CLB collaborates with the welfare house and the housing company, exchanged 4
     * referrals with the members of the steering table (school and Amina of the welfare house) and reaches f-1,
     * f-3 and f-5. Its only non-neighbour with a common partner is the school (through the welfare house, which
     * has 2 partners), with whom it shares f-1.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Village {
        @BeforeAll
        void importTheVillage() throws IOException {
            server.reset();
            Response imported = http.post("/api/import", JSON.readTree(TableApiTest.VILLAGE));
            assertEquals(200, imported.status(), imported.text());
        }

        @Test
        void partner_report_lists_ties_by_kind_referrals_and_shared_families() {
            JsonNode report = get("/api/partners/p-clb/report?at=2025-06-01");
            assertEquals("CLB Schelde", report.at("/partner/name").asText());
            assertEquals(
                    List.of("Welzijnshuis", "Woonmaatschappij"),
                    texts(report.at("/ties/collaborations"), "name").stream()
                            .sorted()
                            .toList());
            assertEquals(
                    "unspecified",
                    report.at("/ties/collaborationsByKind/0/kind").asText());
            assertEquals(2, report.at("/ties/collaborationsByKind/0/ties").asInt());
            // sent: r-2 (to the school); received: r-1 (from the school), r-3 (from Amina, who counts as the
            // welfare house) and r-4 (to the CLB's service, which counts as the CLB)
            assertEquals(1, report.at("/ties/referralsSent").asInt());
            assertEquals(3, report.at("/ties/referralsReceived").asInt());
            assertEquals(3, report.at("/families/families").asInt());
        }

        @Test
        void partner_report_ranks_its_degree_within_its_sector_and_the_network() {
            JsonNode degree = get("/api/partners/p-clb/report?at=2025-06-01").at("/standing/0");
            assertEquals("degree", degree.get("score").asText());
            assertEquals(2, degree.get("value").asDouble(), EXACT);
            assertEquals(1, degree.get("rank").asInt());
            assertEquals(6, degree.get("networkSize").asInt());
            assertEquals(1.5, degree.get("networkMedian").asDouble(), EXACT); // 0 1 1 2 2 2
            assertEquals(75, degree.get("networkPercentile").asDouble(), EXACT); // (3 + 3/2) / 6
            assertEquals(1, degree.get("sectorSize").asInt());
            assertEquals(50, degree.get("sectorPercentile").asDouble(), EXACT);
        }

        @Test
        void partner_report_names_the_table_it_could_join_and_the_introduction_to_make() {
            JsonNode report = get("/api/partners/p-clb/report?at=2025-06-01");
            assertEquals(0, report.get("tables").size());
            JsonNode join = report.at("/tablesToJoin/0");
            assertEquals("t-main", join.get("table").asText());
            assertEquals(List.of("education"), strings(join.get("sharedDomains")));
            assertEquals("Welzijnshuis", join.at("/membersItWorksWith/0").asText());
            assertEquals(4, join.get("referralsWithMembers").asInt());
            JsonNode introductions = report.get("introductions");
            assertEquals(1, introductions.size(), introductions.toString());
            assertEquals("p-school", introductions.at("/0/partner").asText());
            assertEquals("Welzijnshuis", introductions.at("/0/commonPartners/0").asText());
            assertEquals(1 / Math.log(2), introductions.at("/0/adamicAdar").asDouble(), EXACT);
            assertEquals(1, introductions.at("/0/sharedFamilies").asInt());
        }

        @Test
        void partner_report_shows_the_seat_a_partner_holds_through_its_person_and_its_small_map() {
            JsonNode report = get("/api/partners/p-welfare/report?at=2025-06-01");
            assertEquals("t-main", report.at("/tables/0/table").asText());
            assertEquals("pe-bridge", report.at("/tables/0/member").asText());
            assertEquals("member", report.at("/tables/0/role").asText());
            // f-2 through its playgroup; f-3, f-4, f-7 and f-8 through Amina
            assertEquals(5, report.at("/families/families").asInt());
            assertEquals(
                    "Noord",
                    report.at("/families/byNeighbourhood/0/neighbourhood").asText());
            assertEquals(1, report.at("/families/byNeighbourhood/0/families").asInt());
            assertEquals(4, report.at("/families/byNeighbourhood/1/families").asInt());
            Set<String> onMap = new LinkedHashSet<>(texts(report.at("/network/nodes"), "id"));
            assertEquals(Set.of("p-welfare", "p-school", "p-clb", "p-housing"), onMap);
            assertTrue(report.at("/network/nodes/0/self").asBoolean());
            report.at("/network/edges").forEach(e -> {
                assertTrue(onMap.contains(e.get("source").asText()));
                assertTrue(onMap.contains(e.get("target").asText()));
            });
        }

        @Test
        void scorecard_counts_turnover_coverage_and_family_voice() {
            JsonNode card = get("/api/tables/t-main/scorecard?at=2026-06-01&from=2025-06-01");
            assertEquals("Stuurgroep", card.at("/table/name").asText());
            assertEquals(4, card.at("/size/partners").asInt());
            assertEquals(1, card.at("/size/persons").asInt());
            assertEquals(4, card.at("/size/seats").asInt());
            assertEquals(1, card.at("/members/ties").asInt());
            assertEquals(1.0 / 6, card.at("/members/density").asDouble(), EXACT);
            assertEquals(1.0 / 3, card.at("/members/degreeCentralization").asDouble(), EXACT);
            assertTrue(card.at("/members/reciprocity").isMissingNode()
                    || card.at("/members/reciprocity").isNull());
            assertEquals(2, card.at("/turnover/membersFrom").asInt());
            assertEquals(
                    List.of("p-housing", "p-parents"),
                    texts(card.at("/turnover/joined"), "id").stream().sorted().toList());
            assertEquals(0, card.at("/turnover/left").size());
            assertEquals(0.0, card.at("/turnover/rate").asDouble(), EXACT);
            assertTrue(card.at("/familyVoice/present").asBoolean());
            assertEquals("Ouderpanel", card.at("/familyVoice/parents/0").asText());
            assertTrue(texts(card.at("/domains/gaps"), "value").contains("youth-work"), card.toString());
            assertTrue(strings(card.at("/domains/covered")).contains("education"));
        }

        @Test
        void a_second_kind_of_collaboration_makes_a_pair_multiplex() {
            Response added = http.post(
                    "/api/collaborations",
                    "{\"a\": \"p-school\", \"b\": \"p-welfare\", \"kind\": \"joint-activity\", \"strength\": 2,"
                            + " \"since\": \"2025-01-01\"}");
            assertTrue(added.status() < 300, added.text());
            JsonNode multiplexity =
                    get("/api/tables/t-main/scorecard?at=2025-06-01").get("multiplexity");
            assertEquals(1, multiplexity.get("tiedPairs").asInt());
            assertEquals(1, multiplexity.get("multiplexPairs").asInt());
            assertEquals(1.0, multiplexity.get("share").asDouble(), EXACT);
            assertEquals(
                    List.of("collaborates:joint-activity", "collaborates:unspecified"),
                    List.of(
                            multiplexity.at("/pairs/0/ways/0").asText(),
                            multiplexity.at("/pairs/0/ways/1").asText()));
        }

        @Test
        void scorecard_matches_networkx_on_the_village() throws Exception {
            assertMatchesNetworkx("t-main", LocalDate.parse("2025-06-01"));
            assertMatchesNetworkx("t-main", LocalDate.parse("2026-06-01"));
        }

        @Test
        void unknown_ids_answer_404_and_a_bad_date_400() {
            assertEquals(404, http.get("/api/partners/nobody/report").status());
            assertEquals(404, http.get("/api/partners/t-main/report").status()); // a table is no partner
            assertEquals(404, http.get("/api/tables/nothing/scorecard").status());
            Response bad = http.get("/api/tables/t-main/scorecard?at=2025-06-01&from=2026-01-01");
            assertEquals(400, bad.status());
            assertTrue(bad.isProblem(), bad.contentType());
            assertEquals(
                    400, http.get("/api/partners/p-clb/report?at=yesterday").status());
        }
    }

    /** The demo town's steering table: the scorecard's structure scores against NetworkX's. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Demo {
        @BeforeAll
        void loadTheDemo() {
            server.loadDemo();
        }

        @Test
        void scorecard_matches_networkx_on_the_demo_steering_table() throws Exception {
            JsonNode card = assertMatchesNetworkx(DemoNetwork.STEERING_TABLE, LocalDate.now());
            assertTrue(card.at("/members/partners").asInt() >= 5, card.toString());
            JsonNode m = card.get("multiplexity");
            assertEquals(m.get("multiplexPairs").asInt(), m.get("pairs").size());
            m.get("pairs").forEach(p -> assertTrue(p.get("ways").size() > 1));
        }

        @Test
        void every_partner_of_the_demo_has_a_report() {
            JsonNode partners = get("/api/analysis/centrality?view=collaboration&limit=5");
            JsonNode first = partners.get("nodes").get(0);
            JsonNode report = get("/api/partners/" + first.get("id").asText() + "/report");
            assertEquals(first.get("id").asText(), report.at("/partner/id").asText());
            assertFalse(report.at("/network/nodes").isEmpty());
            assertEquals(4, report.get("standing").size());
        }
    }

    /**
     * Fetches the table's scorecard, the collaboration and referral views' edges and the members, and checks the
     * scorecard's members' and whole network's figures against NetworkX's.
     */
    private JsonNode assertMatchesNetworkx(String table, LocalDate at) throws Exception {
        Assumptions.assumeTrue(Networkx.available(), "python3 with networkx is not installed");
        JsonNode card = get("/api/tables/" + table + "/scorecard?at=" + at);
        ObjectNode input = JSON.createObjectNode();
        ArrayNode members = input.putArray("members");
        for (JsonNode m :
                get("/api/tables/" + table + "/analysis?at=" + at + "&limit=1").get("atTheTable")) {
            String partner = "partner".equals(m.get("type").asText())
                    ? m.get("id").asText()
                    : m.path("partner").asText(null);
            if (partner != null && !contains(members, partner)) {
                members.add(partner);
            }
        }
        JsonNode collaboration = get("/api/graph?view=collaboration&at=" + at);
        ArrayNode partners = input.putArray("partners");
        collaboration.get("nodes").forEach(n -> partners.add(n.at("/data/id").asText()));
        input.set("collaboration", edges(collaboration));
        input.set("referral", edges(get("/api/graph?view=referral&at=" + at)));
        Path file = Files.createTempFile("scorecard", ".json");
        Files.writeString(file, input.toString());
        Process process = new ProcessBuilder(
                        Networkx.PYTHON,
                        Path.of("src/test/resources/report/scorecard_networkx.py")
                                .toString(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), out);
        JsonNode expected = JSON.readTree(out);
        for (String network : List.of("members", "network")) {
            JsonNode want = expected.get(network);
            JsonNode got = card.get(network);
            for (String count : List.of("partners", "ties", "components", "referralArcs")) {
                assertEquals(want.get(count).asInt(), got.get(count).asInt(), network + " " + count);
            }
            for (String score : List.of("density", "degreeCentralization")) {
                assertEquals(want.get(score).asDouble(), got.get(score).asDouble(), 1e-6, network + " " + score);
            }
            if (want.get("reciprocity").isNull()) {
                assertTrue(
                        got.path("reciprocity").isNull()
                                || got.path("reciprocity").isMissingNode(),
                        got.toString());
            } else {
                assertEquals(
                        want.get("reciprocity").asDouble(),
                        got.get("reciprocity").asDouble(),
                        1e-6);
            }
        }
        return card;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static boolean contains(ArrayNode array, String value) {
        for (JsonNode n : array) {
            if (n.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static ArrayNode edges(JsonNode graph) {
        ArrayNode edges = JSON.createArrayNode();
        graph.get("edges")
                .forEach(e -> edges.addArray()
                        .add(e.at("/data/source").asText())
                        .add(e.at("/data/target").asText()));
        return edges;
    }
}
