package be.tafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import be.tafel.support.HttpJson.Response;
import be.tafel.support.TestServer;
import be.tafel.table.Relevance;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The table analysis over HTTP on a village small enough to check by hand.
 *
 * <p>At the steering table on {@link #AT}: the school (chair) and the welfare house's bridge figure Amina, so
 * the school and the welfare house are present. They reach f-1, f-2 (Noord), f-3, f-4, f-7 and f-8 (Oost,
 * all through Amina). Nobody at the table works in housing (needed by f-3 and f-4) or youth work (named by the
 * table), nobody is present in Oost, and no member's service is for teenagers (f-3 has one). The CLB, not at
 * the table, exchanged 4 referrals with 2 members and shares 2 families with them; the housing company
 * exchanged 1 and shares 1. Amina alone connects f-7 and f-8. In 2026 the housing company and the parents'
 * panel (present in Oost) join.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TableApiTest {
    private static final String AT = "2025-06-01";
    private static final double EXACT = 1e-9;

    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    static final String VILLAGE = """
        {
          "partners": [
            {"id": "p-school", "name": "Basisschool De Linde", "sector": "school", "domains": ["education"],
             "neighbourhoods": ["Noord"], "kind": "public"},
            {"id": "p-welfare", "name": "Welzijnshuis", "sector": "welfare", "domains": ["welfare"],
             "neighbourhoods": ["Noord"], "kind": "non-profit"},
            {"id": "p-clb", "name": "CLB Schelde", "sector": "pupil-guidance", "domains": ["education", "health"],
             "neighbourhoods": ["Noord", "Zuid"], "kind": "public"},
            {"id": "p-housing", "name": "Woonmaatschappij", "sector": "housing", "domains": ["housing"],
             "neighbourhoods": ["Zuid"], "kind": "public"},
            {"id": "p-youth", "name": "Jeugdhuis Kwiebus", "sector": "youth-work", "domains": ["youth-work"],
             "neighbourhoods": ["Zuid"], "kind": "volunteer"},
            {"id": "p-parents", "name": "Ouderpanel", "sector": "parents", "neighbourhoods": ["Oost"], "kind": "parents"}
          ],
          "persons": [
            {"id": "pe-bridge", "name": "Amina", "role": "bridge-figure", "worksFor": "p-welfare"}
          ],
          "services": [
            {"id": "s-homework", "name": "Huiswerkklas", "provider": "p-school", "domain": "education",
             "ageMin": 6, "ageMax": 12, "neighbourhood": "Noord"},
            {"id": "s-playgroup", "name": "Speelgroep", "provider": "p-welfare", "domain": "welfare",
             "ageMin": 0, "ageMax": 3, "neighbourhood": "Noord"},
            {"id": "s-clb-sec", "name": "Leerlingenbegeleiding secundair", "provider": "p-clb", "domain": "education",
             "ageMin": 12, "ageMax": 18, "neighbourhood": "Zuid"},
            {"id": "s-youth", "name": "Tienerwerking", "provider": "p-youth", "domain": "youth-work",
             "ageMin": 12, "ageMax": 18, "neighbourhood": "Zuid"}
          ],
          "families": [
            {"id": "f-1", "neighbourhood": "Noord", "childAgeBands": ["6-12"], "needs": ["education"]},
            {"id": "f-2", "neighbourhood": "Noord", "childAgeBands": ["0-3"], "needs": ["welfare"]},
            {"id": "f-3", "neighbourhood": "Oost", "childAgeBands": ["6-12", "12-18"], "needs": ["welfare", "housing"]},
            {"id": "f-4", "neighbourhood": "Oost", "childAgeBands": ["0-3"], "needs": ["housing"]},
            {"id": "f-5", "neighbourhood": "Zuid", "childAgeBands": ["12-18"], "needs": ["education"]},
            {"id": "f-6", "neighbourhood": "Zuid", "childAgeBands": ["12-18"], "needs": ["youth-work"]},
            {"id": "f-7", "neighbourhood": "Oost", "childAgeBands": ["0-3"], "needs": ["welfare"]},
            {"id": "f-8", "neighbourhood": "Oost", "childAgeBands": ["6-12"], "needs": ["welfare"]}
          ],
          "tables": [
            {"id": "t-main", "name": "Stuurgroep", "kind": "steering", "domains": ["education", "youth-work"]},
            {"id": "t-empty", "name": "Werkgroep in oprichting", "kind": "working-group", "domains": []}
          ],
          "seats": [
            {"member": "p-school", "table": "t-main", "role": "chair", "since": "2024-01-01"},
            {"member": "pe-bridge", "table": "t-main", "role": "member", "since": "2024-01-01"},
            {"member": "p-housing", "table": "t-main", "role": "member", "since": "2026-01-01"},
            {"member": "p-parents", "table": "t-main", "role": "member", "since": "2026-01-01"}
          ],
          "collaborations": [
            {"a": "p-school", "b": "p-welfare", "strength": 3, "since": "2024-01-01"},
            {"a": "p-clb", "b": "p-welfare", "strength": 2, "since": "2024-01-01"},
            {"a": "p-clb", "b": "p-housing", "strength": 2, "since": "2024-01-01"},
            {"a": "p-school", "b": "p-youth", "strength": 2, "since": "2024-01-01"}
          ],
          "supports": [
            {"person": "pe-bridge", "family": "f-3", "since": "2024-01-01"},
            {"person": "pe-bridge", "family": "f-4", "since": "2024-01-01"},
            {"person": "pe-bridge", "family": "f-7", "since": "2024-01-01"},
            {"person": "pe-bridge", "family": "f-8", "since": "2024-01-01"}
          ],
          "uses": [
            {"family": "f-1", "service": "s-homework", "since": "2024-01-01"},
            {"family": "f-2", "service": "s-playgroup", "since": "2024-01-01"},
            {"family": "f-5", "service": "s-clb-sec", "since": "2024-01-01"},
            {"family": "f-6", "service": "s-youth", "since": "2024-01-01"}
          ],
          "referrals": [
            {"id": "r-1", "from": "p-school", "to": "p-clb", "family": "f-1", "date": "2025-01-10",
             "domain": "education", "status": "completed"},
            {"id": "r-2", "from": "p-clb", "to": "p-school", "family": "f-1", "date": "2025-02-10",
             "domain": "education", "status": "completed"},
            {"id": "r-3", "from": "pe-bridge", "to": "p-clb", "family": "f-3", "date": "2025-03-01",
             "domain": "welfare", "status": "accepted"},
            {"id": "r-4", "from": "p-school", "to": "s-clb-sec", "family": "f-1", "date": "2025-04-01",
             "domain": "education", "status": "completed"},
            {"id": "r-5", "from": "pe-bridge", "to": "p-housing", "family": "f-4", "date": "2025-03-15",
             "domain": "housing", "status": "waitlisted"}
          ]
        }
        """;

    @BeforeAll
    void importTheVillage() throws IOException {
        server.reset();
        Response imported = http.post("/api/import", new ObjectMapper().readTree(VILLAGE));
        assertEquals(200, imported.status(), imported.text());
    }

    private JsonNode get(String path) {
        Response response = http.get(path);
        assertEquals(200, response.status(), response.text());
        return response.json();
    }

    private JsonNode analysis() {
        return get("/api/tables/t-main/analysis?at=" + AT);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asText()));
        return values;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }

    private static Map<String, Integer> counts(JsonNode array, String key) {
        Map<String, Integer> counts = new TreeMap<>();
        array.forEach(n -> counts.put(n.get(key).asText(), n.get("families").asInt()));
        return counts;
    }

    private static JsonNode byId(JsonNode array, String id) {
        for (JsonNode n : array) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no " + id + " in " + array);
    }

    private static JsonNode reason(JsonNode missing, String kind) {
        for (JsonNode r : missing.get("reasons")) {
            if (r.get("kind").asText().equals(kind)) {
                return r;
            }
        }
        throw new AssertionError("no reason " + kind + " in " + missing);
    }

    @Nested
    class At_the_table {
        @Test
        void lists_partners_and_persons_with_a_valid_seat_chair_first() {
            JsonNode members = analysis().get("atTheTable");

            assertEquals(List.of("p-school", "pe-bridge"), texts(members, "id"));
            assertEquals("chair", members.get(0).get("role").asText());
            assertEquals("2024-01-01", members.get(0).get("since").asText());
            assertEquals("partner", members.get(0).get("type").asText());
        }

        @Test
        void a_person_sits_with_its_partners_sector_and_domains() {
            JsonNode amina = byId(analysis().get("atTheTable"), "pe-bridge");

            assertEquals("person", amina.get("type").asText());
            assertEquals("p-welfare", amina.get("partner").asText());
            assertEquals("welfare", amina.get("sector").asText());
            assertEquals(List.of("welfare"), strings(amina.get("domains")));
        }

        @Test
        void the_only_link_to_two_families_has_ecosystem_betweenness() {
            JsonNode amina = byId(analysis().get("atTheTable"), "pe-bridge");

            assertTrue(amina.get("ecosystemBetweenness").asDouble() > 0);
            assertTrue(amina.has("referralBetweenness"));
        }

        @Test
        void the_table_is_described() {
            JsonNode table = analysis().get("table");

            assertEquals("Stuurgroep", table.get("name").asText());
            assertEquals("steering", table.get("kind").asText());
        }
    }

    @Nested
    class Missing {
        @Test
        void the_partner_that_exchanges_most_referrals_with_members_ranks_first() {
            JsonNode missing = analysis().get("missing");

            assertEquals(List.of("p-clb", "p-housing", "p-youth", "p-parents"), texts(missing, "id"));
            JsonNode referrals = reason(missing.get(0), "referrals");
            assertEquals(4, referrals.get("value").asInt());
            assertEquals(1.0, referrals.get("normalised").asDouble(), EXACT);
            assertEquals(
                    "exchanged 4 referrals with 2 members in the last 12 months",
                    referrals.get("text").asText());
            JsonNode message = referrals.get("message");
            assertEquals("referralsWithMembers", message.get("code").asText());
            assertEquals(4, message.get("referrals").asInt());
            assertEquals(2, message.get("members").asInt());
            assertEquals(12, message.get("months").asInt());
        }

        @Test
        void a_person_s_partner_counts_as_represented_and_is_not_missing() {
            assertFalse(texts(analysis().get("missing"), "id").contains("p-welfare"));
        }

        @Test
        void each_part_is_normalised_over_the_candidates_and_weighted() {
            JsonNode housing = byId(analysis().get("missing"), "p-housing");

            JsonNode referrals = reason(housing, "referrals");
            assertEquals(1, referrals.get("value").asInt());
            assertEquals(0.25, referrals.get("normalised").asDouble(), EXACT);
            assertEquals(
                    Relevance.REFERRAL_WEIGHT * 0.25,
                    referrals.get("contribution").asDouble(),
                    EXACT);
            JsonNode families = reason(housing, "shared-families");
            assertEquals(1, families.get("value").asInt());
            assertEquals(0.5, families.get("normalised").asDouble(), EXACT);
            assertEquals(
                    "reaches 1 family that members also reach",
                    families.get("text").asText());
        }

        @Test
        void the_score_is_the_sum_of_its_contributions() {
            for (JsonNode partner : analysis().get("missing")) {
                double sum = 0;
                for (JsonNode r : partner.get("reasons")) {
                    sum += r.get("contribution").asDouble();
                    assertEquals(
                            r.get("weight").asDouble() * r.get("normalised").asDouble(),
                            r.get("contribution").asDouble(),
                            EXACT);
                }
                assertEquals(5, partner.get("reasons").size());
                assertEquals(
                        partner.get("score").asDouble(),
                        sum,
                        EXACT,
                        partner.get("id").asText());
            }
        }

        @Test
        void covering_an_empty_chair_domain_is_a_reason_read_aloud() {
            JsonNode housing = byId(analysis().get("missing"), "p-housing");
            JsonNode youth = byId(analysis().get("missing"), "p-youth");

            assertEquals(
                    "no member covers its domain housing (needed by 2 families members reach)",
                    reason(housing, "empty-chair").get("text").asText());
            JsonNode needed = reason(housing, "empty-chair").get("message");
            assertEquals("emptyChairNeeded", needed.get("code").asText());
            assertEquals("[\"housing\"]", needed.get("domains").toString());
            assertEquals(2, needed.get("families").asInt());
            assertEquals(
                    "no member covers its domain youth-work",
                    reason(youth, "empty-chair").get("text").asText());
            assertEquals(
                    "emptyChair",
                    reason(youth, "empty-chair").at("/message/code").asText());
        }

        @Test
        void adamic_adar_is_summed_over_the_members_on_the_collaboration_view() {
            JsonNode clb = byId(analysis().get("missing"), "p-clb");

            // The CLB shares the welfare house (degree 2) with the school: 1 / ln 2; with the welfare house nothing.
            JsonNode links = reason(clb, "link-prediction");
            assertEquals(1 / Math.log(2), links.get("value").asDouble(), EXACT);
            assertEquals(
                    "collaborates with 1 member and shares collaboration partners with 1 member (Adamic–Adar 1.44)",
                    links.get("text").asText());
            assertEquals(1 / Math.log(2), links.at("/message/score").asDouble(), EXACT);
            assertEquals("collaboratesShares", links.at("/message/code").asText());
        }

        @Test
        void limit_cuts_the_list() {
            assertEquals(
                    List.of("p-clb"),
                    texts(
                            get("/api/tables/t-main/analysis?at=" + AT + "&limit=1")
                                    .get("missing"),
                            "id"));
        }
    }

    @Nested
    class Empty_chairs {
        @Test
        void a_domain_nobody_at_the_table_covers_is_an_empty_chair_with_its_families() {
            JsonNode domains = analysis().at("/emptyChairs/domains");

            assertEquals(List.of("housing", "youth-work"), texts(domains, "domain"));
            assertEquals(Map.of("housing", 2, "youth-work", 0), counts(domains, "domain"));
        }

        @Test
        void a_neighbourhood_where_member_families_live_and_no_member_is_present_is_listed() {
            assertEquals(Map.of("Oost", 4), counts(analysis().at("/emptyChairs/neighbourhoods"), "neighbourhood"));
        }

        @Test
        void an_age_band_no_members_service_serves_is_listed() {
            assertEquals(Map.of("12-18", 1), counts(analysis().at("/emptyChairs/ageBands"), "ageBand"));
        }

        @Test
        void without_parents_at_the_table_families_have_no_voice() {
            assertFalse(analysis().at("/emptyChairs/familyVoice").asBoolean());
            assertTrue(get("/api/tables/t-main/analysis?at=2026-06-01")
                    .at("/emptyChairs/familyVoice")
                    .asBoolean());
        }

        @Test
        void the_families_members_reach_are_counted_per_age_band() {
            JsonNode reached = analysis().get("familiesReached");

            assertEquals(6, reached.get("total").asInt());
            assertEquals(
                    Map.of("0-3", 3, "3-6", 0, "6-12", 3, "12-18", 1), counts(reached.get("byAgeBand"), "ageBand"));
        }
    }

    @Nested
    class Engagement {
        @Test
        void each_present_partner_is_compared_with_the_members_median() {
            JsonNode engagement = analysis().get("engagement");

            assertEquals(List.of("p-school", "p-welfare"), texts(engagement, "id"));
            JsonNode school = byId(engagement, "p-school");
            JsonNode welfare = byId(engagement, "p-welfare");
            assertEquals(List.of("pe-bridge"), strings(welfare.get("seatedAs")));
            assertEquals(2, school.get("referralsSent").asInt());
            assertEquals(1, school.get("referralsReceived").asInt());
            assertEquals(2, welfare.get("referralsSent").asInt());
            assertEquals(0, welfare.get("referralsReceived").asInt());
            assertEquals(1, school.get("families").asInt());
            assertEquals(5, welfare.get("families").asInt());
            assertEquals(2, welfare.get("collaborations").asInt());
            assertEquals(1, welfare.get("collaborationsWithMembers").asInt());
            // medians: families (1 + 5) / 2 = 3, received (0 + 1) / 2 = 0.5
            assertEquals(5 / 3.0, welfare.at("/relativeToMedian/families").asDouble(), EXACT);
            assertEquals(1 / 3.0, school.at("/relativeToMedian/families").asDouble(), EXACT);
            assertEquals(2.0, school.at("/relativeToMedian/referralsReceived").asDouble(), EXACT);
            assertEquals(1.0, school.at("/relativeToMedian/collaborations").asDouble(), EXACT);
        }
    }

    @Nested
    class What_if {
        private JsonNode whatIf(String query) {
            return get("/api/what-if?at=" + AT + "&" + query);
        }

        @Test
        void removing_the_only_bridge_figure_cuts_off_exactly_the_families_it_alone_connects() {
            JsonNode result = whatIf("remove=pe-bridge");

            assertEquals(List.of("pe-bridge"), strings(result.get("removed")));
            assertEquals(2, result.at("/cutOff/families").asInt());
            assertEquals(0, result.at("/cutOff/partners").size());
            // the main part, the parents' panel and the empty table; then f-7 and f-8 alone
            assertEquals(3, result.at("/before/components").asInt());
            assertEquals(5, result.at("/after/components").asInt());
            assertTrue(result.at("/after/fragmentation").asDouble()
                    > result.at("/before/fragmentation").asDouble());
        }

        @Test
        void the_partners_left_as_only_link_become_new_bridge_figures() {
            // f-3 then hangs on the CLB alone, f-4 on the housing company alone
            assertEquals(
                    List.of("p-clb", "p-housing"),
                    strings(whatIf("remove=pe-bridge").get("newBridgeFigures")));
        }

        @Test
        void families_losing_their_only_connection_to_a_domain_are_counted() {
            JsonNode lost = whatIf("remove=pe-bridge").get("domainsLost");

            // f-3 keeps the CLB (education, health), f-4 the housing company; f-7 and f-8 keep nothing.
            assertEquals(1, lost.size());
            assertEquals("welfare", lost.get(0).get("domain").asText());
            assertEquals(4, lost.get(0).get("families").asInt());
            assertEquals(3, lost.get(0).get("needing").asInt());
        }

        @Test
        void a_partner_leaves_with_its_services_and_staff() {
            JsonNode result = whatIf("remove=p-welfare");

            assertEquals(List.of("pe-bridge", "s-playgroup"), strings(result.get("leavingWith")));
            assertEquals(3, result.at("/cutOff/families").asInt());
            assertEquals(5, result.at("/domainsLost/0/families").asInt());
        }

        @Test
        void on_a_partner_view_only_partners_are_removed() {
            JsonNode result = whatIf("remove=p-clb&view=collaboration");

            assertEquals("collaboration", result.get("view").asText());
            assertEquals(List.of("p-housing"), strings(result.at("/cutOff/partners")));
        }

        @Test
        void an_unknown_id_answers_404_problem_naming_it() {
            Response response = http.get("/api/what-if?remove=pe-bridge,nobody&at=" + AT);

            assertEquals(404, response.status());
            assertTrue(response.isProblem());
            assertTrue(response.json().get("detail").asText().contains("'nobody'"), response.text());
            assertFalse(response.json().get("detail").asText().contains("pe-bridge"), response.text());
        }

        @Test
        void nothing_to_remove_answers_400() {
            assertEquals(400, http.get("/api/what-if?remove=").status());
        }
    }

    @Nested
    class Compare {
        private JsonNode compare() {
            return get("/api/tables/t-main/compare?from=" + AT + "&to=2026-06-01");
        }

        @Test
        void members_who_joined_and_the_chairs_they_filled_are_listed() {
            JsonNode change = compare();

            assertEquals(
                    List.of("p-parents", "p-housing"), texts(change.get("joined"), "id"), "members by role, then name");
            assertEquals(0, change.get("left").size());
            assertEquals(List.of("housing"), texts(change.at("/emptyChairsClosed/domains"), "domain"));
            assertEquals(List.of("Oost"), texts(change.at("/emptyChairsClosed/neighbourhoods"), "neighbourhood"));
            assertEquals(0, change.at("/emptyChairsOpened/domains").size());
            assertEquals(List.of("p-housing", "p-parents"), strings(change.get("missingLeft")));
            assertFalse(change.at("/familyVoice/from").asBoolean());
            assertTrue(change.at("/familyVoice/to").asBoolean());
        }

        @Test
        void from_after_to_answers_400() {
            Response response = http.get("/api/tables/t-main/compare?from=2026-06-01&to=" + AT);

            assertEquals(400, response.status());
            assertTrue(response.isProblem());
        }
    }

    @Nested
    class Edge_cases {
        @Test
        void an_empty_table_answers_200_with_empty_lists() {
            JsonNode result = get("/api/tables/t-empty/analysis?at=" + AT);

            assertEquals(0, result.get("atTheTable").size());
            assertEquals(0, result.get("engagement").size());
            assertEquals(0, result.at("/emptyChairs/domains").size());
            assertEquals(0, result.at("/emptyChairs/neighbourhoods").size());
            assertEquals(0, result.at("/emptyChairs/ageBands").size());
            assertEquals(0, result.at("/familiesReached/total").asInt());
            assertEquals(6, result.get("missing").size(), "every partner is a candidate");
        }

        @Test
        void a_date_before_the_table_existed_answers_200_with_nobody_at_it() {
            JsonNode result = get("/api/tables/t-main/analysis?at=2020-01-01");

            assertEquals(0, result.get("atTheTable").size());
            assertEquals(0, result.get("engagement").size());
            assertEquals(0, result.at("/emptyChairs/neighbourhoods").size());
            assertEquals(0, result.at("/emptyChairs/ageBands").size());
            assertEquals(Map.of("education", 0, "youth-work", 0), counts(result.at("/emptyChairs/domains"), "domain"));
            for (JsonNode partner : result.get("missing")) {
                assertEquals(0, reason(partner, "referrals").get("value").asInt());
                assertEquals(0, reason(partner, "shared-families").get("value").asInt());
            }
        }

        @Test
        void an_unknown_table_answers_404_problem() {
            Response analysis = http.get("/api/tables/nope/analysis");
            Response compare = http.get("/api/tables/nope/compare");

            assertEquals(404, analysis.status());
            assertTrue(analysis.isProblem());
            assertTrue(analysis.json().get("detail").asText().contains("'nope'"));
            assertEquals(404, compare.status());
        }

        @Test
        void a_partner_id_is_not_a_table() {
            assertEquals(404, http.get("/api/tables/p-school/analysis").status());
        }

        @Test
        void a_bad_date_or_limit_answers_400() {
            assertEquals(
                    400, http.get("/api/tables/t-main/analysis?at=yesterday").status());
            assertEquals(400, http.get("/api/tables/t-main/analysis?limit=0").status());
        }

        @Test
        void the_crud_routes_for_tables_still_answer() {
            assertEquals(2, get("/api/tables").get("items").size());
            assertEquals("Stuurgroep", get("/api/tables/t-main").get("name").asText());
        }
    }
}
