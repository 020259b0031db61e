package be.tafel.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.demo.DemoChanges;
import be.tafel.demo.DemoNetwork;
import be.tafel.model.Network;
import be.tafel.model.Referral;
import be.tafel.model.ReferralStatus;
import be.tafel.support.HttpJson;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The change report, timelines, referral flows and reach on the real demo, imported through the API, against
 * the patterns the demo was built with ({@link DemoChanges}, {@link DemoNetwork}) and recounts from the
 * generated network itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangeApiTest {
    private static final String SINCE_DECEMBER = "/api/change?from=2025-12-01&to=2026-10-31";
    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();
    private Network demo;
    private Map<String, String> partnerOf;

    @BeforeAll
    void loadDemo() {
        server.loadDemo();
        demo = new DemoNetwork().generate();
        partnerOf = new HashMap<>();
        demo.services().forEach(s -> partnerOf.put(s.id(), s.provider()));
        demo.persons().forEach(p -> partnerOf.put(p.id(), p.worksFor()));
    }

    private JsonNode ok(String path) {
        HttpJson.Response r = http.get(path);
        assertEquals(200, r.status(), r.text());
        return r.json();
    }

    @Test
    void ties_gained_since_december_2025_are_mostly_between_schools_and_welfare() {
        JsonNode change = ok(SINCE_DECEMBER);
        JsonNode gained = change.get("tiesGained");
        assertTrue(gained.get("byKind").get("collaborates").asInt() >= DemoChanges.NEW_TIES, gained.toString());
        JsonNode top = gained.get("bySectorPair").get(0);
        assertEquals("[\"school\",\"welfare\"]", top.get("sectors").toString());
        assertTrue(top.get("count").asInt() >= DemoChanges.NEW_TIES);
        JsonNode sentence = sentence(change, "tiesGainedBetween");
        assertEquals(
                gained.get("byKind").get("collaborates").asInt(),
                sentence.get("count").asInt());
        assertEquals("[\"school\",\"welfare\"]", String.valueOf(sentence.get("sectors")), sentence.toString());
        String text = change.get("narrative").get("text").asText();
        assertTrue(text.contains("vooral tussen onderwijs en welzijn"), text);
        System.out.println("narrative since December 2025: " + text);
    }

    @Test
    void partners_that_joined_and_left_in_the_period_are_listed_with_their_day() {
        JsonNode change = ok("/api/change?from=2025-01-01&to=2026-10-31");
        Set<String> joined = ids(change.get("joined").get("partners"));
        Set<String> left = ids(change.get("left").get("partners"));
        assertEquals(DemoChanges.JOINED.keySet(), joined);
        assertEquals(DemoChanges.LEFT.keySet(), left);
        for (JsonNode p : change.get("joined").get("partners")) {
            assertEquals(
                    DemoChanges.JOINED.get(p.get("id").asText()).toString(),
                    p.get("date").asText());
        }
        assertEquals(3, sentence(change, "partnersJoined").get("count").asInt());
        assertEquals(2, sentence(change, "partnersLeft").get("count").asInt());
        // before anyone joined or left, within a short period: nothing to say about them
        JsonNode early = ok("/api/change?from=2024-03-01&to=2024-06-30");
        assertEquals(0, early.get("joined").get("partners").size());
        assertNull(sentence(early, "partnersJoined"));
    }

    @Test
    void table_membership_changes_are_reported_per_table_and_for_one_table() {
        JsonNode change = ok("/api/change?from=2025-01-01&to=2026-01-31");
        JsonNode steering = table(change, DemoNetwork.STEERING_TABLE);
        assertTrue(contains(steering.get("joined"), "partner-cgg"), steering.toString());
        assertTrue(contains(steering.get("left"), "partner-vdab"), steering.toString());
        JsonNode broad = table(change, DemoNetwork.BROAD_TABLE);
        assertTrue(contains(broad.get("joined"), "partner-woonmaatschappij"), broad.toString());
        assertTrue(contains(broad.get("left"), "partner-kinderopvang-kadodder"), broad.toString());
        JsonNode one = ok("/api/change?from=2025-01-01&to=2026-01-31&table=" + DemoNetwork.STEERING_TABLE);
        assertEquals(1, one.get("tables").size());
        assertEquals(
                404,
                http.get("/api/change?from=2025-01-01&to=2026-01-31&table=table-nope")
                        .status());
    }

    @Test
    void every_summary_score_has_before_after_and_delta_and_movers_are_ranked() {
        JsonNode change = ok(SINCE_DECEMBER);
        JsonNode before =
                ok("/api/analysis/summary?view=collaboration&at=2025-12-01").get("summary");
        JsonNode after =
                ok("/api/analysis/summary?view=collaboration&at=2026-10-31").get("summary");
        Set<String> scores = new HashSet<>();
        for (JsonNode s : change.get("scores").get("values")) {
            String name = s.get("score").asText();
            scores.add(name);
            if (before.has(name) && s.get("before").isNumber()) {
                assertEquals(before.get(name).asDouble(), s.get("before").asDouble(), 1e-4, name);
                assertEquals(after.get(name).asDouble(), s.get("after").asDouble(), 1e-4, name);
                assertEquals(
                        s.get("after").asDouble() - s.get("before").asDouble(),
                        s.get("delta").asDouble(),
                        1e-3);
            }
        }
        assertTrue(
                scores.containsAll(List.of(
                        "nodes", "edges", "density", "components", "averageClustering", "degreeCentralization")),
                scores.toString());
        assertEquals(
                after.get("edges").asInt() - before.get("edges").asInt(),
                change.get("tiesGained").get("byKind").path("collaborates").asInt()
                        - change.get("tiesLost")
                                .get("byKind")
                                .path("collaborates")
                                .asInt());
        JsonNode movers = change.get("movers");
        assertTrue(movers.size() > 0);
        int previous = Integer.MAX_VALUE;
        for (JsonNode m : movers) {
            int moved = m.get("moved").asInt();
            assertEquals(m.get("rankBefore").asInt() - m.get("rankAfter").asInt(), moved);
            assertTrue(Math.abs(moved) <= previous);
            previous = Math.abs(moved);
        }
    }

    @Test
    void families_with_teenagers_fall_by_more_than_30_percent_since_january_2025() {
        JsonNode change = ok("/api/change?from=2025-01-31&to=2026-10-31");
        JsonNode teen = group(change.get("reach").get("by").get("ageBand"), "12-18");
        assertTrue(teen.get("changePercent").asInt() < -30, teen.toString());
        for (JsonNode g : change.get("reach").get("by").get("ageBand")) {
            if (!g.get("group").asText().equals("12-18")) {
                assertTrue(g.get("changePercent").asInt() > -30, g.toString());
            }
        }
        JsonNode reach = ok("/api/reach?by=ageBand&from=2025-01-31&to=2026-10-31");
        assertEquals(1, reach.get("fading").size(), reach.get("fading").toString());
        JsonNode fading = reach.get("fading").get(0);
        assertEquals("fading", fading.get("code").asText());
        assertEquals("12-18", fading.get("group").asText());
        assertEquals("2025-01-31", fading.get("since").asText());
        assertTrue(fading.get("changePercent").asInt() < -30);
        JsonNode series = reach.get("families").get("12-18");
        assertEquals(reach.get("dates").size(), series.size());
        assertEquals(fading.get("familiesBefore").asInt(), series.get(0).asInt());
        assertEquals(
                fading.get("familiesAfter").asInt(),
                series.get(series.size() - 1).asInt());
        // a year before the fade began, nothing fades
        assertEquals(
                0,
                ok("/api/reach?by=ageBand&from=2024-03-31&to=2025-03-31")
                        .get("fading")
                        .size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void every_number_in_the_narrative_is_a_figure_of_the_answer(String lang) {
        for (String path : List.of(
                SINCE_DECEMBER,
                "/api/change?from=2025-01-31&to=2026-10-31",
                "/api/change?from=2024-06-30&to=2025-06-30")) {
            JsonNode change = ok(path + "&lang=" + lang);
            String text = change.get("narrative").get("text").asText();
            Set<BigDecimal> figures = new HashSet<>();
            collectFigures(change, figures, true);
            List<BigDecimal> said = numbers(text, lang);
            assertTrue(said.size() >= 5, text);
            for (BigDecimal n : said) {
                assertTrue(figures.contains(n.stripTrailingZeros()), n + " is not a figure of the answer: " + text);
            }
        }
    }

    @Test
    void the_narrative_leaves_out_what_did_not_change_and_speaks_the_language_asked() {
        JsonNode nl = ok(SINCE_DECEMBER + "&lang=nl");
        JsonNode en = ok(SINCE_DECEMBER + "&lang=en");
        assertEquals(nl.get("narrative").get("sentences"), en.get("narrative").get("sentences"));
        assertTrue(nl.get("narrative").get("text").asText().startsWith("Tussen 1 december 2025 en 31 oktober 2026"));
        assertTrue(en.get("narrative").get("text").asText().startsWith("Between 1 December 2025 and 31 October 2026"));
        for (JsonNode s : nl.get("narrative").get("sentences")) {
            if (s.has("count")) {
                assertTrue(s.get("count").asInt() > 0, s.toString());
            }
            if (s.get("code").asText().equals("scoreChanged")) {
                assertFalse(s.get("before").equals(s.get("after")), s.toString());
            }
        }
        // the same day twice: nothing changed, so nothing but the period is said
        JsonNode none = ok("/api/change?from=2026-01-31&to=2026-01-31");
        assertEquals(
                1,
                none.get("narrative").get("sentences").size(),
                none.get("narrative").toString());
    }

    @Test
    void referral_flows_by_partner_show_the_dead_end_the_one_way_relation_and_the_loops() {
        JsonNode flows = ok("/api/analysis/referral-flows?by=partner&from=2024-01-01&to=2026-10-31");
        assertEquals(
                List.of("proposed", "accepted", "completed", "waitlisted", "dropped"), texts(flows.get("statuses")));
        Set<String> deadEnds = ids(flows.get("deadEnds"));
        assertTrue(deadEnds.contains("partner-cgg"), deadEnds.toString());
        assertFalse(deadEnds.contains(DemoNetwork.FAMILY_CENTRE));
        boolean oneWay = false;
        for (JsonNode w : flows.get("oneWay")) {
            oneWay |= w.get("source").asText().equals(DemoChanges.ONE_WAY_FROM)
                    && w.get("target").asText().equals(DemoChanges.ONE_WAY_TO);
            assertEquals(0, recount(w.get("target").asText(), w.get("source").asText()), w.toString());
            assertEquals(
                    recount(w.get("source").asText(), w.get("target").asText()),
                    w.get("count").asInt());
        }
        assertTrue(oneWay, flows.get("oneWay").toString());
        JsonNode loop = null;
        for (JsonNode p : flows.get("loops").get("pairs")) {
            if (Set.of(p.get("a").asText(), p.get("b").asText())
                    .equals(Set.of(DemoChanges.LOOP_A, DemoChanges.LOOP_B))) {
                loop = p;
            }
        }
        assertNotNull(loop, flows.get("loops").toString());
        assertTrue(loop.get("families").asInt() >= DemoChanges.LOOP_FAMILIES);
        assertEquals(loop.get("families").asInt(), loop.get("familyIds").size()); // the open server's user is a broker
        assertEquals(
                repeatedWithoutCompletion(),
                flows.get("repeatedWithoutCompletion").get("families").asInt());
        int total = 0;
        for (JsonNode c : flows.get("cells")) {
            int n = c.get("count").asInt();
            total += n;
            assertEquals(
                    n,
                    c.get("completed").asInt()
                            + c.get("waitlisted").asInt()
                            + c.get("dropped").asInt()
                            + c.get("open").asInt(),
                    c.toString());
            if (c.get("completed").asInt() > 0) {
                assertTrue(c.get("medianDaysToCompletion").asDouble() >= 0, c.toString());
            }
        }
        assertEquals(demo.referrals().size(), total);
        assertEquals(total, flows.get("referrals").asInt());
    }

    @Test
    void referral_flows_by_sector_count_only_the_statuses_asked_and_say_which() {
        JsonNode all = ok("/api/analysis/referral-flows?by=sector&from=2025-01-01&to=2025-12-31");
        JsonNode waiting =
                ok("/api/analysis/referral-flows?by=sector&from=2025-01-01&to=2025-12-31&status=waitlisted,dropped");
        assertEquals(List.of("waitlisted", "dropped"), texts(waiting.get("statuses")));
        long expected = demo.referrals().stream()
                .filter(r -> r.date().getYear() == 2025
                        && (r.status() == ReferralStatus.WAITLISTED || r.status() == ReferralStatus.DROPPED))
                .count();
        assertEquals(expected, waiting.get("referrals").asLong());
        for (JsonNode c : waiting.get("cells")) {
            assertEquals(0, c.get("completed").asInt() + c.get("open").asInt());
        }
        assertTrue(all.get("referrals").asLong() > expected);
        JsonNode healthToHealth = null;
        for (JsonNode c : all.get("cells")) {
            if (c.get("target").asText().equals("health")) {
                healthToHealth = c;
            }
        }
        assertNotNull(healthToHealth);
        assertEquals(
                400,
                http.get("/api/analysis/referral-flows?by=sector&status=lost").status());
        assertEquals(400, http.get("/api/analysis/referral-flows?by=family").status());
    }

    @Test
    void the_referral_view_counts_only_the_statuses_asked_and_says_which() {
        JsonNode all = ok("/api/analysis/summary?view=referral&at=2026-10-31").get("statuses");
        assertEquals(List.of("proposed", "accepted", "completed", "waitlisted", "dropped"), texts(all));
        JsonNode waiting = ok("/api/analysis/summary?view=referral&at=2026-10-31&status=waitlisted");
        assertEquals(List.of("waitlisted"), texts(waiting.get("statuses")));
        JsonNode graph = ok("/api/graph?view=referral&at=2026-10-31&status=waitlisted");
        assertEquals(List.of("waitlisted"), texts(graph.get("statuses")));
        int weight = 0;
        for (JsonNode e : graph.get("edges")) {
            weight += e.get("data").get("weight").asInt();
        }
        long expected = demo.referrals().stream()
                .filter(r -> r.status() == ReferralStatus.WAITLISTED
                        && r.date().isAfter(java.time.LocalDate.of(2025, 10, 31))
                        && !r.date().isAfter(java.time.LocalDate.of(2026, 10, 31))
                        && !partner(r.from()).equals(partner(r.to()))
                        && !DemoChanges.LEFT.containsKey(partner(r.from()))
                        && !DemoChanges.LEFT.containsKey(partner(r.to())))
                .count();
        assertEquals(expected, weight);
        assertTrue(ok("/api/analysis/summary?view=referral&at=2026-10-31")
                        .get("summary")
                        .get("edges")
                        .asInt()
                > waiting.get("summary").get("edges").asInt());
        assertFalse(ok("/api/analysis/summary?view=collaboration").has("statuses"));
        assertEquals(
                400,
                http.get("/api/analysis/summary?view=collaboration&status=completed")
                        .status());
        assertEquals(400, http.get("/api/graph?view=referral&status=finished").status());
    }

    @Test
    void the_timeline_gives_monthly_series_and_the_same_as_csv() {
        long start = System.nanoTime();
        JsonNode t = ok("/api/timeline?from=2024-01-31&to=2026-10-31");
        long coldMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        ok("/api/timeline?from=2024-01-31&to=2026-10-31&series=scores,reach,referrals");
        long warmMillis = (System.nanoTime() - start) / 1_000_000;
        HistoryCache histories = new HistoryCache(server.store());
        start = System.nanoTime();
        histories.history();
        long historyMillis = (System.nanoTime() - start) / 1_000_000;
        Timeline timeline = new Timeline(histories, server.store());
        java.time.LocalDate from = java.time.LocalDate.of(2024, 1, 31);
        java.time.LocalDate to = java.time.LocalDate.of(2026, 10, 31);
        start = System.nanoTime();
        timeline.series(from, to, Set.copyOf(Timeline.SERIES));
        long seriesMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        timeline.series(from, to, Set.copyOf(Timeline.SERIES));
        long againMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("timeline of 34 months on the demo over HTTP: cold " + coldMillis + " ms, another query "
                + warmMillis + " ms; reading the history " + historyMillis + " ms, all series from it " + seriesMillis
                + " ms, again with the month summaries kept " + againMillis + " ms");
        int points = t.get("dates").size();
        assertEquals(34, points);
        assertEquals("2024-02-29", t.get("dates").get(1).asText());
        for (String score : List.of("nodes", "edges", "density", "components")) {
            assertEquals(points, t.get("scores").get(score).size(), score);
        }
        for (String day : List.of("2024-01-31", "2025-06-30", "2026-10-31")) {
            JsonNode summary = ok("/api/analysis/summary?at=" + day).get("summary");
            for (String score :
                    List.of("nodes", "edges", "density", "components", "averageClustering", "degreeCentralization")) {
                assertEquals(
                        summary.get(score).asDouble(),
                        t.get("scores").get(score).get(indexOf(t, day)).asDouble(),
                        1e-4,
                        score + " on " + day);
            }
        }
        JsonNode teen = t.get("familiesReached").get("ageBand").get("12-18");
        assertTrue(teen.get(points - 1).asInt()
                < 0.7 * teen.get(indexOf(t, "2025-01-31")).asInt());
        int completed2025 = 0;
        for (int i = 0; i < points; i++) {
            if (t.get("dates").get(i).asText().startsWith("2025")) {
                completed2025 += t.get("referrals").get("completed").get(i).asInt();
            }
        }
        long expected = demo.referrals().stream()
                .filter(r -> r.date().getYear() == 2025 && r.status() == ReferralStatus.COMPLETED)
                .count();
        assertEquals(expected, completed2025);
        HttpJson.Response csv = http.get("/api/timeline?from=2024-01-31&to=2026-10-31&series=referrals&format=csv");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"));
        String[] lines = csv.text().split("\n");
        assertEquals("date,series,group,value", lines[0]);
        assertEquals(1 + points * ReferralStatus.values().length, lines.length);
        assertTrue(csv.text()
                .contains("\n2025-06-30,referrals,completed,"
                        + t.get("referrals")
                                .get("completed")
                                .get(indexOf(t, "2025-06-30"))
                                .asInt() + "\n"));
    }

    @Test
    void a_survey_wave_stands_for_the_day_it_closes_as_a_moment() {
        String partners = "[\"" + String.join("\", \"", firstPartners(3)) + "\"]";
        String closes = java.time.LocalDate.now().plusDays(20).toString();
        HttpJson.Response opened = http.post(
                "/api/surveys",
                "{\"name\": \"Moment\", \"partners\": " + partners + ", \"closes\": \"" + closes + "\"}");
        assertEquals(201, opened.status(), opened.text());
        String wave = opened.json().get("id").asText();
        HttpJson.Response byWave = http.get("/api/change?from=2025-01-01&to=" + wave);
        HttpJson.Response byDate = http.get("/api/change?from=2025-01-01&to=" + closes);
        assertEquals(200, byWave.status(), byWave.text());
        assertEquals(closes, byWave.json().get("to").asText());
        assertEquals(byDate.json().get("scores"), byWave.json().get("scores"));
        assertEquals(byDate.json().get("joined"), byWave.json().get("joined"));
    }

    private List<String> firstPartners(int n) {
        List<String> ids = new java.util.ArrayList<>();
        http.get("/api/partners?limit=" + n)
                .json()
                .get("items")
                .forEach(p -> ids.add(p.get("id").asText()));
        return ids;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/change?from=2026-01-01&to=2025-01-01|after",
                "/api/change?from=2025-02-30&to=2026-01-01|not a date that exists",
                "/api/change?from=wave-2025&to=2026-01-01|unknown wave",
                "/api/change?from=2025-01-01|required",
                "/api/change?from=2025-01-01&to=2026-01-01&lang=fr|lang",
                "/api/timeline?from=2026-01-01&to=2025-01-01|after",
                "/api/timeline?from=2025-01-01&to=2026-01-01&series=weather|series",
                "/api/reach?by=age&from=2025-01-01&to=2026-01-01|by",
                "/api/reach?by=ageBand&from=2025-13-01&to=2026-01-01|not a date that exists",
                "/api/analysis/referral-flows?by=partner&from=2026-01-01&to=2025-01-01|after"
            })
    void bad_input_answers_400_problem_json_saying_what(String path, String says) {
        HttpJson.Response r = http.get(path);
        assertEquals(400, r.status(), r.text());
        assertTrue(r.isProblem());
        assertTrue(r.json().get("detail").asText().contains(says), r.text());
    }

    @Test
    void a_period_without_data_answers_with_a_sentence_not_zeros() {
        JsonNode change = ok("/api/change?from=2010-01-01&to=2026-10-31");
        assertTrue(change.get("noData").asBoolean());
        assertFalse(change.has("tiesGained"));
        assertFalse(change.has("reach"));
        assertEquals(
                "noData",
                change.get("narrative").get("sentences").get(0).get("code").asText());
        assertTrue(
                change.get("narrative").get("text").asText().startsWith("Voor 1 januari 2010 zijn er geen gegevens"));
    }

    private int indexOf(JsonNode timeline, String day) {
        JsonNode dates = timeline.get("dates");
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i).asText().equals(day)) {
                return i;
            }
        }
        throw new AssertionError("no " + day);
    }

    private long recount(String from, String to) {
        return demo.referrals().stream()
                .filter(r -> partner(r.from()).equals(from) && partner(r.to()).equals(to))
                .count();
    }

    private String partner(String id) {
        return partnerOf.getOrDefault(id, id);
    }

    private int repeatedWithoutCompletion() {
        Map<String, int[]> perFamily = new HashMap<>();
        for (Referral r : demo.referrals()) {
            int[] n = perFamily.computeIfAbsent(r.family(), k -> new int[2]);
            n[0]++;
            n[1] += r.status() == ReferralStatus.COMPLETED ? 1 : 0;
        }
        return (int)
                perFamily.values().stream().filter(n -> n[0] >= 3 && n[1] == 0).count();
    }

    private static JsonNode sentence(JsonNode change, String code) {
        for (JsonNode s : change.get("narrative").get("sentences")) {
            if (s.get("code").asText().equals(code)) {
                return s;
            }
        }
        return null;
    }

    private static JsonNode table(JsonNode change, String id) {
        for (JsonNode t : change.get("tables")) {
            if (t.get("table").asText().equals(id)) {
                return t;
            }
        }
        throw new AssertionError("no table " + id);
    }

    private static JsonNode group(JsonNode groups, String name) {
        for (JsonNode g : groups) {
            if (g.get("group").asText().equals(name)) {
                return g;
            }
        }
        throw new AssertionError("no group " + name);
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode v : array) {
            if (v.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> ids(JsonNode array) {
        Set<String> ids = new HashSet<>();
        array.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** Every number of the answer outside the narrative's text: numeric fields, and digit runs inside strings. */
    private static void collectFigures(JsonNode node, Set<BigDecimal> figures, boolean top) {
        if (node.isNumber()) {
            figures.add(node.decimalValue().stripTrailingZeros());
        } else if (node.isTextual()) {
            Matcher m = DIGITS.matcher(node.asText());
            while (m.find()) {
                figures.add(new BigDecimal(m.group()).stripTrailingZeros());
            }
        } else if (node.isObject()) {
            node.properties().forEach(e -> {
                if (!(e.getKey().equals("text"))) {
                    collectFigures(e.getValue(), figures, false);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectFigures(n, figures, false));
        }
    }

    /** The numbers a reader sees in the text: a minus sign (− or -) directly before is part of the number. */
    static List<BigDecimal> numbers(String text, String lang) {
        String decimal = lang.equals("nl") ? "," : "\\.";
        Matcher m =
                Pattern.compile("([\u2212-]?)(\\d+(?:" + decimal + "\\d+)?)").matcher(text);
        List<BigDecimal> numbers = new ArrayList<>();
        while (m.find()) {
            BigDecimal n = new BigDecimal(m.group(2).replace(',', '.'));
            boolean negative = !m.group(1).isEmpty()
                    && (m.start() == 0 || text.charAt(m.start() - 1) == ' ' || text.charAt(m.start() - 1) == '(');
            numbers.add(negative ? n.negate() : n);
        }
        return numbers;
    }
}
