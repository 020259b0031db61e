package be.tafel.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import be.tafel.support.SmallTown;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The survey over real HTTP and the real store, on the small town: p-school (chair of the steering table),
 * p-clb, p-ocmw and p-parents. Reference figures come from NetworkX 2.8 on the same ties.
 */
class SurveyApiTest {
    private static final double EPS = 1e-9;
    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();
    private final Map<String, String> tokens = new HashMap<>();
    private String wave;

    @BeforeEach
    void openWave() {
        server.reset();
        assertEquals(
                200, http.post("/api/import", SmallTown.document().toString()).status());
        HttpJson.Response created = http.post(
                "/api/surveys",
                Map.of(
                        "name",
                        "Netwerkbevraging",
                        "partners",
                        List.of("p-school", "p-clb", "p-ocmw", "p-parents"),
                        "closes",
                        LocalDate.now().plusDays(30).toString()));
        assertEquals(201, created.status(), created.text());
        wave = created.json().path("id").asText();
        created.json()
                .path("links")
                .forEach(l ->
                        tokens.put(l.path("partner").asText(), l.path("token").asText()));
    }

    private HttpJson.Response answer(String partner, Object body) {
        return http.put("/api/survey/" + tokens.get(partner), body);
    }

    private static Map<String, Object> tie(
            String partner, int openness, int reliability, int mission, int influence, int involvement, int resources) {
        return Map.of(
                "partner",
                partner,
                "kinds",
                List.of("case-consultation"),
                "frequency",
                "monthly",
                "trust",
                Map.of("openness", openness, "reliability", reliability, "mission", mission),
                "value",
                Map.of("influence", influence, "involvement", involvement, "resources", resources));
    }

    private void answerTheFixture() {
        assertEquals(
                200,
                answer(
                                "p-school",
                                Map.of(
                                        "ties",
                                        List.of(tie("p-clb", 4, 4, 4, 3, 3, 3), tie("p-ocmw", 2, 3, 4, 1, 2, 3)),
                                        "leads",
                                        List.of("p-school"),
                                        "missing",
                                        List.of("Bibliotheek"),
                                        "submit",
                                        true))
                        .status());
        assertEquals(
                200,
                answer(
                                "p-clb",
                                Map.of(
                                        "ties",
                                        List.of(tie("p-school", 3, 3, 3, 2, 2, 2)),
                                        "leads",
                                        List.of("p-school"),
                                        "missing",
                                        List.of(" bibliotheek "),
                                        "submit",
                                        true))
                        .status());
    }

    @Test
    void a_wave_gives_every_partner_its_own_unguessable_link_and_keeps_only_hashes() {
        assertEquals(4, tokens.size());
        assertEquals(4, new HashSet<>(tokens.values()).size());
        tokens.values().forEach(t -> assertTrue(t.length() >= 2 + 43, "256 bits in base64url: " + t));
        List<String> stored = server.store()
                .read(tx -> tx.run("MATCH (l:TafelSurveyLink) RETURN properties(l) AS values")
                        .list(r -> r.get("values").asMap().toString()));
        tokens.values().forEach(t -> {
            assertFalse(stored.toString().contains(t), "a token is stored in clear");
            assertTrue(stored.toString().contains(SurveyTokens.hash(t)));
        });
        JsonNode listed = http.get("/api/surveys/" + wave).json();
        assertEquals("open", listed.path("status").asText());
        listed.path("links")
                .forEach(l -> assertEquals("not-opened", l.path("state").asText()));
        assertFalse(http.get("/api/surveys/" + wave).text().contains(tokens.get("p-clb")));
    }

    @Test
    void a_wave_for_a_table_invites_its_member_partners_and_the_ones_picked() {
        HttpJson.Response created = http.post(
                "/api/surveys",
                Map.of(
                        "name",
                        "Stuurgroep",
                        "table",
                        "t-steering",
                        "partners",
                        List.of("p-ocmw"),
                        "closes",
                        LocalDate.now().plusDays(10).toString(),
                        "language",
                        "en"));
        assertEquals(201, created.status(), created.text());
        Set<String> invited = new HashSet<>();
        created.json().path("links").forEach(l -> invited.add(l.path("partner").asText()));
        assertEquals(Set.of("p-school", "p-ocmw"), invited);
        assertTrue(created.json().path("links").get(0).path("url").asText().contains("/survey.html?lang=en#s_"));
    }

    @Test
    void a_wave_request_with_unknown_partners_or_a_past_date_is_422_naming_the_fields() {
        HttpJson.Response bad = http.post(
                "/api/surveys", Map.of("name", "x", "partners", List.of("p-clb", "nobody"), "closes", "2020-01-01"));
        assertEquals(422, bad.status());
        assertTrue(bad.isProblem());
        Set<String> fields = new HashSet<>();
        bad.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertEquals(Set.of("closes", "partners[1]"), fields);
        assertEquals(1, http.get("/api/surveys").json().size());
    }

    @Test
    void a_respondent_sees_the_others_by_sector_and_resumes_its_saved_answers() {
        JsonNode form = http.get("/api/survey/" + tokens.get("p-clb")).json();
        assertEquals("p-clb", form.path("respondent").path("id").asText());
        Set<String> others = new HashSet<>();
        form.path("partners")
                .forEach(g ->
                        g.path("partners").forEach(p -> others.add(p.path("id").asText())));
        assertEquals(Set.of("p-school", "p-ocmw", "p-parents"), others);
        assertEquals(
                "started",
                http.get("/api/surveys/" + wave).json().path("links").findValues("state").stream()
                        .filter(s -> s.asText().equals("started"))
                        .findFirst()
                        .orElseThrow()
                        .asText());

        assertEquals(
                200,
                answer("p-clb", Map.of("ties", List.of(tie("p-school", 3, 3, 3, 2, 2, 2))))
                        .status());
        assertEquals(
                200,
                answer("p-clb", Map.of("leads", List.of("p-school"), "comment", "Goed bezig"))
                        .status());
        JsonNode resumed = http.get("/api/survey/" + tokens.get("p-clb")).json().path("answers");
        assertEquals(1, resumed.path("ties").size());
        assertEquals(
                3, resumed.path("ties").get(0).path("trust").path("reliability").asInt());
        assertEquals("p-school", resumed.path("leads").get(0).asText());
        assertEquals("Goed bezig", resumed.path("comment").asText());
        assertEquals("started", resumed.path("state").asText());

        assertEquals(
                200,
                answer("p-clb", Map.of("ties", List.of(Map.of("partner", "p-school", "remove", true)), "submit", true))
                        .status());
        JsonNode after = http.get("/api/survey/" + tokens.get("p-clb")).json().path("answers");
        assertEquals(0, after.path("ties").size());
        assertEquals("submitted", after.path("state").asText());
    }

    @Test
    void bad_answers_are_422_naming_the_field_and_leave_the_stored_answers_unchanged() {
        assertEquals(
                200,
                answer("p-clb", Map.of("ties", List.of(tie("p-school", 3, 3, 3, 2, 2, 2))))
                        .status());
        String before = http.get("/api/survey/" + tokens.get("p-clb"))
                .json()
                .path("answers")
                .toString();
        Map<String, Object> cases = Map.of(
                "ties[0].trust.openness", Map.of("ties", List.of(tie("p-ocmw", 5, 3, 3, 2, 2, 2))),
                "ties[0].value.resources", Map.of("ties", List.of(tie("p-ocmw", 1, 3, 3, 2, 2, 0))),
                "ties[0].partner", Map.of("ties", List.of(tie("p-clb", 1, 1, 1, 1, 1, 1))),
                "ties[1].partner",
                        Map.of(
                                "ties",
                                List.of(tie("p-ocmw", 1, 1, 1, 1, 1, 1), tie("partner-elsewhere", 1, 1, 1, 1, 1, 1))),
                "leads[0]", Map.of("leads", List.of("p-unknown")),
                "from", Map.of("from", "p-school", "ties", List.of()));
        cases.forEach((field, body) -> {
            HttpJson.Response r = answer("p-clb", body);
            assertEquals(422, r.status(), field + ": " + r.text());
            assertTrue(r.isProblem());
            assertTrue(r.json().path("errors").findValuesAsText("field").contains(field), r.text());
            assertEquals(
                    before,
                    http.get("/api/survey/" + tokens.get("p-clb"))
                            .json()
                            .path("answers")
                            .toString());
        });
    }

    @Test
    void guessed_revoked_and_closed_links_get_the_same_answer_and_write_nothing() {
        HttpJson.Response guessed = http.get("/api/survey/s_" + "A".repeat(43));
        assertEquals(
                204,
                http.post("/api/surveys/" + wave + "/links/p-ocmw/revoke", "").status());
        HttpJson.Response revoked = http.put(
                "/api/survey/" + tokens.get("p-ocmw"), Map.of("ties", List.of(tie("p-clb", 1, 1, 1, 1, 1, 1))));
        assertEquals(
                200,
                answer("p-school", Map.of("ties", List.of(tie("p-clb", 4, 4, 4, 3, 3, 3))))
                        .status());
        assertEquals(200, http.post("/api/surveys/" + wave + "/close", "").status());
        HttpJson.Response closed = answer("p-school", Map.of("ties", List.of(tie("p-ocmw", 1, 1, 1, 1, 1, 1))));
        HttpJson.Response nonsense = http.get("/api/survey/..%2F..%2Fapi");
        for (HttpJson.Response r : List.of(guessed, revoked, closed)) {
            assertEquals(404, r.status());
            assertTrue(r.isProblem());
            assertEquals(guessed.text(), r.text());
        }
        assertEquals(404, nonsense.status());
        long named = server.store()
                .read(tx -> tx.run("MATCH (t:TafelSurveyTie) RETURN count(t) AS n")
                        .single()
                        .get("n")
                        .asLong());
        assertEquals(1, named, "only p-school's tie to p-clb, saved before the close");
    }

    @Test
    void two_people_of_one_partner_answering_at_once_lose_no_tie() {
        for (int round = 0; round < 5; round++) {
            final int r = round;
            CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> answer(
                            "p-school", Map.of("ties", List.of(tie("p-clb", 1 + r % 4, 2, 2, 2, 2, 2))))
                    .status());
            CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> answer(
                            "p-school", Map.of("ties", List.of(tie("p-ocmw", 2, 1 + r % 4, 2, 2, 2, 2))))
                    .status());
            assertEquals(200, one.join());
            assertEquals(200, two.join());
            JsonNode ties = http.get("/api/survey/" + tokens.get("p-school"))
                    .json()
                    .path("answers")
                    .path("ties");
            assertEquals(Set.of("p-clb", "p-ocmw"), new HashSet<>(ties.findValuesAsText("partner")));
        }
    }

    @Test
    void a_respondent_cannot_touch_another_partners_answers() {
        assertEquals(
                200,
                answer("p-clb", Map.of("ties", List.of(tie("p-school", 3, 3, 3, 2, 2, 2))))
                        .status());
        assertEquals(
                200,
                answer(
                                "p-school",
                                Map.of(
                                        "ties",
                                        List.of(
                                                tie("p-clb", 4, 4, 4, 4, 4, 4),
                                                Map.of("partner", "p-ocmw", "remove", true))))
                        .status());
        JsonNode clb = http.get("/api/survey/" + tokens.get("p-clb"))
                .json()
                .path("answers")
                .path("ties");
        assertEquals(3, clb.get(0).path("trust").path("openness").asInt());
        assertEquals(
                2, http.get("/api/collaborations").json().path("items").size(), "the network's own ties are untouched");
    }

    @Test
    void the_token_route_is_rate_limited_per_token() {
        String path = "/api/survey/" + tokens.get("p-parents");
        int limited = 0;
        for (int i = 0; i < SurveyRoutesLimit.PER_TOKEN + 5; i++) {
            limited += http.get(path).status() == 429 ? 1 : 0;
        }
        assertTrue(limited >= 1, "no 429 after more than the limit");
        assertEquals(200, http.get("/api/survey/" + tokens.get("p-ocmw")).status(), "another token still works");
    }

    @Test
    void closing_writes_directed_ties_dated_to_the_wave_with_trust_value_and_reciprocity() {
        answerTheFixture();
        JsonNode closed = http.post("/api/surveys/" + wave + "/close", "").json();
        assertEquals(3, closed.path("ties").asInt());
        assertEquals(2, closed.path("reciprocated").asInt());
        List<Map<String, Object>> ties =
                server.store().read(tx -> tx.run("""
                MATCH (a:Partner)-[c:COLLABORATES {wave: $wave}]->(b:Partner)
                RETURN a.id AS a, b.id AS b, c.trust AS trust, c.value AS value, c.reciprocated AS rec,
                       c.since AS since, c.until AS until, c.openness AS openness ORDER BY a, b""", Map.of("wave", wave)).list(r -> r.asMap()));
        assertEquals(3, ties.size());
        Map<String, Object> schoolToOcmw = ties.stream()
                .filter(t -> t.get("b").equals("p-ocmw"))
                .findFirst()
                .orElseThrow();
        assertEquals("p-school", schoolToOcmw.get("a"));
        assertEquals(3.0, (Double) schoolToOcmw.get("trust"), EPS);
        assertEquals(2.0, (Double) schoolToOcmw.get("value"), EPS);
        assertEquals(false, schoolToOcmw.get("rec"));
        assertEquals(2L, schoolToOcmw.get("openness"));
        assertEquals(LocalDate.now(), schoolToOcmw.get("since"));
        assertEquals(LocalDate.now(), schoolToOcmw.get("until"));
        assertEquals(
                2, http.get("/api/collaborations").json().path("items").size(), "survey ties are not network rows");
        assertEquals(409, http.post("/api/surveys/" + wave + "/close", "").status());
        assertEquals(
                "closed", http.get("/api/surveys/" + wave).json().path("status").asText());
    }

    @Test
    void closing_is_one_journal_entry_that_undo_takes_back_and_redo_writes_again() {
        answerTheFixture();
        long before = http.get("/api/journal?since=" + Long.MAX_VALUE / 2)
                .json()
                .path("version")
                .asLong();
        assertEquals(200, http.post("/api/surveys/" + wave + "/close", "").status());
        JsonNode entries = http.get("/api/journal?since=" + before).json().path("entries");
        assertEquals(1, entries.size(), entries.toString());
        JsonNode entry = entries.get(0);
        assertEquals("survey", entry.path("op").asText());
        Map<String, JsonNode> changed = new HashMap<>();
        entry.path("changes")
                .forEach(c -> changed.put(
                        c.path("section").asText() + "/" + c.path("id").asText(), c));
        assertEquals(4, changed.size(), "the wave and its three ties: " + changed.keySet());
        JsonNode waveRow = changed.get("surveys/" + wave);
        assertEquals("open", waveRow.at("/before/status").asText());
        assertEquals("closed", waveRow.at("/after/status").asText());
        JsonNode tie = changed.get("surveyTies/wave|" + wave + "|p-school|p-ocmw");
        assertTrue(tie.path("before").isNull() || tie.path("before").isMissingNode(), tie.toString());
        assertEquals(3.0, tie.at("/after/properties/trust").asDouble(), EPS);
        assertEquals("p-school", tie.at("/after/from").asText());

        assertEquals(200, http.post("/api/journal/undo", "").status());
        assertEquals(0, waveTies().size(), "undo takes the ties away");
        assertEquals(
                "open", http.get("/api/surveys/" + wave).json().path("status").asText(), "and opens the wave");

        assertEquals(200, http.post("/api/journal/redo", "").status());
        List<Map<String, Object>> again = waveTies();
        assertEquals(3, again.size());
        assertEquals(LocalDate.now(), again.get(0).get("since"), "dates come back as dates");
        assertEquals(
                "closed", http.get("/api/surveys/" + wave).json().path("status").asText());
        assertEquals(
                Map.of("p-clb-p-school", 2.0, "p-ocmw-p-school", 1.0),
                edgeWeights(http.get("/api/graph?wave=" + wave).json()),
                "the redone ties are read by the wave's view");
    }

    @Test
    void organisations_named_missing_are_grouped_counted_by_respondents_and_join_the_table_analysis_once_closed() {
        answerTheFixture();
        assertEquals(
                200,
                answer(
                                "p-ocmw",
                                Map.of(
                                        "missing",
                                        List.of("Bibliothèek", "BIBLIOTHEEK", "Jeugdhuis  Kade", "CLB-Schelde"),
                                        "submit",
                                        true))
                        .status());
        JsonNode listed = http.get("/api/surveys/" + wave + "/named-missing").json();
        Map<String, JsonNode> byKey = new HashMap<>();
        listed.path("named").forEach(n -> byKey.put(n.path("key").asText(), n));
        assertEquals(Set.of("bibliotheek", "jeugdhuis-kade", "clb-schelde"), byKey.keySet());
        assertEquals(3, byKey.get("bibliotheek").path("namedBy").asInt(), "three respondents, one count each");
        assertEquals("bibliotheek", listed.path("named").get(0).path("key").asText(), "most named first");
        assertEquals("open", byKey.get("bibliotheek").path("status").asText());
        assertEquals("p-clb", byKey.get("clb-schelde").path("suggestion").asText(), "a partner of the same name");
        assertTrue(tableNamed().isEmpty(), "an open wave's names do not join the table analysis yet");

        assertEquals(200, http.post("/api/surveys/" + wave + "/close", "").status());
        Map<String, JsonNode> atTable = tableNamed();
        assertEquals(Set.of("bibliotheek", "jeugdhuis-kade", "clb-schelde"), atTable.keySet());
        assertEquals(3, atTable.get("bibliotheek").path("namedBy").asInt());
        assertEquals(
                "named-by-partners", atTable.get("bibliotheek").path("reason").asText());
        assertTrue(atTable.get("bibliotheek").path("text").asText().contains("3 partners"));
        assertEquals(wave, atTable.get("bibliotheek").path("wave").asText());
    }

    @Test
    void a_broker_confirms_a_named_organisation_as_a_journaled_partner_or_matches_it_and_it_is_no_longer_missing() {
        answerTheFixture();
        assertEquals(
                200,
                answer("p-ocmw", Map.of("missing", List.of("Jeugdhuis Kade", "CLB Schelde"), "submit", true))
                        .status());
        assertEquals(200, http.post("/api/surveys/" + wave + "/close", "").status());
        long before = http.get("/api/journal?since=" + Long.MAX_VALUE / 2)
                .json()
                .path("version")
                .asLong();

        HttpJson.Response confirmed = http.post(
                "/api/surveys/" + wave + "/named-missing/bibliotheek/confirm",
                Map.of("sector", "culture", "kind", "public"));
        assertEquals(200, confirmed.status(), confirmed.text());
        assertEquals("p-bibliotheek", confirmed.json().path("partner").asText());
        JsonNode partner = http.get("/api/partners/p-bibliotheek").json();
        assertEquals("Bibliotheek", partner.path("name").asText());
        assertEquals("culture", partner.path("sector").asText());
        JsonNode entry =
                http.get("/api/journal?since=" + before).json().path("entries").get(0);
        assertEquals("survey-named", entry.path("op").asText());
        assertEquals("partners", entry.at("/changes/0/section").asText());
        assertFalse(tableNamed().containsKey("bibliotheek"), "a confirmed name is no longer missing");
        assertEquals(
                409,
                http.post("/api/surveys/" + wave + "/named-missing/bibliotheek/confirm", "")
                        .status());

        HttpJson.Response badMatch =
                http.post("/api/surveys/" + wave + "/named-missing/clb-schelde/match", Map.of("partner", "p-none"));
        assertEquals(422, badMatch.status());
        assertTrue(badMatch.text().contains("partner"), badMatch.text());
        assertEquals(
                200,
                http.post("/api/surveys/" + wave + "/named-missing/clb-schelde/match", Map.of("partner", "p-clb"))
                        .status());
        assertEquals(Set.of("jeugdhuis-kade"), tableNamed().keySet());
        JsonNode listed = http.get("/api/surveys/" + wave + "/named-missing").json();
        listed.path("named").forEach(n -> {
            if (n.path("key").asText().equals("clb-schelde")) {
                assertEquals("matched", n.path("status").asText());
                assertEquals("p-clb", n.path("partner").asText());
            }
        });
        assertEquals(
                404,
                http.post("/api/surveys/" + wave + "/named-missing/nobody/match", Map.of("partner", "p-clb"))
                        .status());

        assertEquals(200, http.post("/api/journal/undo", "").status());
        assertEquals(404, http.get("/api/partners/p-bibliotheek").status());
        assertTrue(tableNamed().containsKey("bibliotheek"), "undoing the confirmation makes the name missing again");
    }

    @Test
    void a_name_given_as_missing_that_holds_personal_data_is_422_naming_the_field() {
        HttpJson.Response bad =
                answer("p-school", Map.of("missing", List.of("Bibliotheek", "jan.peeters@example.org")));
        assertEquals(422, bad.status());
        assertTrue(bad.text().contains("missing[1]"), bad.text());
        assertEquals(
                0,
                http.get("/api/surveys/" + wave + "/named-missing")
                        .json()
                        .path("named")
                        .size());
    }

    private Map<String, JsonNode> tableNamed() {
        HttpJson.Response report = http.get("/api/tables/t-steering/analysis");
        assertEquals(200, report.status(), report.text());
        Map<String, JsonNode> named = new HashMap<>();
        report.json().path("namedMissing").forEach(n -> named.put(n.path("key").asText(), n));
        return named;
    }

    private List<Map<String, Object>> waveTies() {
        return server.store().read(tx -> tx.run("""
                MATCH (a:Partner)-[c:COLLABORATES {wave: $wave}]->(b:Partner)
                RETURN a.id AS a, b.id AS b, c.since AS since, c.trust AS trust ORDER BY a, b""", Map.of("wave", wave)).list(r -> r.asMap()));
    }

    private static Map<String, Double> edgeWeights(JsonNode graph) {
        Map<String, Double> weights = new HashMap<>();
        graph.path("edges")
                .forEach(e -> weights.put(
                        e.path("data").path("source").asText() + "-"
                                + e.path("data").path("target").asText(),
                        e.path("data").path("weight").asDouble()));
        return weights;
    }

    @Test
    void results_report_response_reciprocity_density_trust_value_and_stability_as_networkx() {
        answerTheFixture();
        assertEquals(200, http.post("/api/surveys/" + wave + "/close", "").status());
        JsonNode r = http.get("/api/surveys/" + wave + "/results").json();
        assertEquals(0.5, r.path("responseRate").asDouble(), EPS);
        assertEquals(
                Set.of("p-ocmw", "p-parents"),
                new HashSet<>(r.path("nonRespondents").findValuesAsText("id")));
        // nx.overall_reciprocity(D) = 2/3, nx.density(G) = 1/3 on the undirected ties
        assertEquals(2.0 / 3, r.path("scores").path("reciprocity").path("value").asDouble(), EPS);
        assertEquals(1.0 / 3, r.path("scores").path("density").path("value").asDouble(), EPS);
        assertEquals(
                4.0 / 6, r.path("scores").path("centralisation").path("value").asDouble(), EPS);
        JsonNode school = partner(r, "p-school");
        assertEquals(3.0, school.path("trust").asDouble(), EPS);
        assertEquals(2.0, school.path("value").asDouble(), EPS);
        assertEquals(
                1.0 / 3,
                school.path("centrality").path("betweenness").path("value").asDouble(),
                EPS);
        assertEquals(
                2.0 / 3,
                school.path("centrality").path("closeness").path("value").asDouble(),
                EPS);
        assertEquals(
                1.0 / 3,
                partner(r, "p-ocmw")
                        .path("centrality")
                        .path("inDegree")
                        .path("value")
                        .asDouble(),
                EPS);
        assertEquals(4.0, partner(r, "p-clb").path("trust").asDouble(), EPS);
        JsonNode stability = r.path("scores").path("density");
        assertTrue(stability.path("low").asDouble() <= 1.0 / 3
                && stability.path("high").asDouble() >= 1.0 / 3);
        assertTrue(
                stability.path("high").asDouble() > stability.path("low").asDouble(),
                "half the partners answered: the interval has width");
        assertTrue(stability.has("stable"));
        assertEquals(3, r.path("tiesNamed").size());
        assertEquals(2, r.path("reciprocatedTies").asInt());
        assertEquals("p-school", r.path("governance").path("structural").asText());
        assertEquals(2, r.path("governance").path("agreeWithStructure").asInt());
        assertEquals(
                List.of("p-school"),
                List.of(r.path("governance").path("chairs").get(0).asText()));
        assertEquals(
                "bibliotheek", r.path("missing").get(0).path("name").asText().toLowerCase());
        assertEquals(2, r.path("missing").get(0).path("namedBy").asInt());
        assertEquals(
                r.toString(),
                http.get("/api/surveys/" + wave + "/results").json().toString(),
                "seeded: the same intervals every time");
    }

    @Test
    void a_fully_answered_wave_has_zero_width_intervals() {
        answerTheFixture();
        assertEquals(
                200,
                answer("p-ocmw", Map.of("ties", List.of(tie("p-school", 3, 3, 3, 3, 3, 3)), "submit", true))
                        .status());
        assertEquals(
                200,
                answer("p-parents", Map.of("ties", List.of(), "submit", true)).status());
        JsonNode r = http.get("/api/surveys/" + wave + "/results").json();
        assertEquals(1.0, r.path("responseRate").asDouble(), EPS);
        JsonNode density = r.path("scores").path("density");
        assertEquals(density.path("low").asDouble(), density.path("high").asDouble(), EPS);
        assertTrue(density.path("stable").asBoolean());
    }

    @Test
    void the_map_analyses_and_exports_read_a_closed_waves_ties_with_wave_id() {
        answerTheFixture();
        assertEquals(200, http.post("/api/surveys/" + wave + "/close", "").status());
        JsonNode graph = http.get("/api/graph?wave=" + wave).json();
        assertEquals(4, graph.path("nodes").size());
        assertEquals(Map.of("p-clb-p-school", 2.0, "p-ocmw-p-school", 1.0), edgeWeights(graph));
        JsonNode summary = http.get("/api/analysis/summary?wave=" + wave).json();
        assertEquals(1.0 / 3, summary.findValue("density").asDouble(), EPS);
        assertEquals(
                200,
                http.get("/api/export?view=collaboration&format=csv&wave=" + wave)
                        .status());
        JsonNode pairs = http.get("/api/surveys/" + wave + "/results").json().path("pairs");
        assertEquals(2, pairs.size());
        assertTrue(pairs.get(0).path("reciprocated").asBoolean(), pairs.toString());
        assertEquals(3.5, pairs.get(0).path("trust").asDouble(), EPS);
        assertFalse(pairs.get(1).path("reciprocated").asBoolean());
        HttpJson.Response unknown = http.get("/api/graph?wave=wave-none");
        assertEquals(404, unknown.status());
        assertTrue(unknown.isProblem());
        assertEquals(400, http.get("/api/graph?view=referral&wave=" + wave).status());
        assertEquals(
                1,
                http.get("/api/graph?view=collaboration").json().path("edges").size(),
                "only p-school - p-clb is valid today: the view at a date leaves the wave's ties out");
    }

    @Test
    void new_links_replace_the_old_ones_and_come_as_csv_for_a_mail_merge() {
        String old = tokens.get("p-ocmw");
        HttpJson.Response csv =
                http.post("/api/surveys/" + wave + "/links?format=csv", Map.of("partners", List.of("p-ocmw")));
        assertEquals(200, csv.status(), csv.text());
        assertTrue(csv.contentType().startsWith("text/csv"));
        String[] lines = csv.text().strip().split("\r?\n");
        assertEquals("partner,name,url", lines[0]);
        assertEquals(2, lines.length);
        assertTrue(lines[1].startsWith("p-ocmw,OCMW,http://127.0.0.1:"), lines[1]);
        String fresh = lines[1].substring(lines[1].indexOf('#') + 1);
        assertEquals(404, http.get("/api/survey/" + old).status(), "the old link died");
        assertEquals(200, http.get("/api/survey/" + fresh).status());
        assertEquals(
                422,
                http.post("/api/surveys/" + wave + "/links", Map.of("partners", List.of("p-none")))
                        .status());
    }

    @Test
    void a_links_qr_code_is_an_svg_drawn_by_the_server() {
        HttpJson.Response qr = http.post(
                "/api/surveys/qr", Map.of("text", "http://localhost:7070/survey.html#" + tokens.get("p-clb")));
        assertEquals(200, qr.status());
        assertTrue(qr.contentType().startsWith("image/svg+xml"));
        assertTrue(qr.text().startsWith("<svg") && qr.text().contains("<path"), qr.text());
        assertEquals(400, http.post("/api/surveys/qr", Map.of("text", "")).status());
    }

    private static JsonNode partner(JsonNode results, String id) {
        for (JsonNode p : results.path("partners")) {
            if (p.path("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no partner " + id);
    }

    /** The limit the route applies, named here so the test reads. */
    private static final class SurveyRoutesLimit {
        static final int PER_TOKEN = be.tafel.web.SurveyRoutes.PER_TOKEN_PER_MINUTE;
    }

    @Test
    void tokens_differ_from_each_other_and_from_their_hashes() {
        String a = SurveyTokens.newToken();
        assertNotEquals(a, SurveyTokens.newToken());
        assertEquals(64, SurveyTokens.hash(a).length());
    }
}
