package be.tafel.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.tafel.support.HttpJson;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The change page, the map across time and its difference mode in a real browser against the real server
 * loaded with the demo: charts render, the text is Dutch, nothing errs in the console.
 */
class ChangeBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    /** English words that must not show in the Dutch change page. */
    private static final List<String> ENGLISH = List.of(
            "Between",
            "collaborations",
            "Families",
            "joined",
            "referrals",
            "completed",
            "waitlisted",
            "Change",
            "From",
            "since");

    private static TestServer server;
    private static HttpJson http;
    private static ChromeDriver driver;
    private static Path profile;

    @BeforeAll
    static void startBrowserAndLoadTheDemo() throws IOException {
        assumeTrue(
                Chromium.installed(), "Browser tests skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing");
        server = TestServer.get();
        http = server.http();
        server.loadDemo();
        profile = Files.createTempDirectory("tafel-chromium");
        driver = Chromium.start(profile, 1600, 1100);
    }

    @AfterAll
    static void stopBrowser() {
        Chromium.stop(driver, profile);
    }

    @BeforeEach
    void inDutch() {
        driver.get(server.baseUrl() + "/api/health");
        js("localStorage.clear()");
        driver.manage().logs().get(LogType.BROWSER); // start with an empty log
    }

    @AfterEach
    void noConsoleErrors() {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void the_change_page_tells_the_story_in_dutch_and_draws_its_charts() throws IOException {
        open("/?mode=change&from=2025-01-31&to=2026-10-31");
        String narrative = text("change-narrative");
        assertTrue(narrative.startsWith("Tussen 31 januari 2025 en 31 oktober 2026"), narrative);
        assertTrue(narrative.contains("kwamen erbij"), narrative);
        String fading = text("change-fading");
        assertTrue(
                fading.matches("(?s).*Gezinnen met tieners \\(12–18\\) vallen uit beeld: −\\d+% sinds januari 2025.*"),
                fading);
        JsonNode reach = api("/api/reach?by=ageBand&from=2025-01-31&to=2026-10-31");
        assertTrue(
                fading.contains(
                        "−" + -reach.get("fading").get(0).get("changePercent").asInt() + "%"),
                fading);
        for (String chart : List.of("chart-scores", "chart-reach", "chart-referrals", "chart-flows")) {
            assertEquals(
                    Boolean.TRUE,
                    js(
                            "const c = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
                                    + " return !!c && c.getOption().series.length > 0"
                                    + " && document.getElementById(arguments[0]).querySelector('canvas') !== null",
                            chart),
                    chart);
        }
        long points = ((Number) js("return echarts.getInstanceByDom(document.getElementById('chart-reach'))"
                        + ".getOption().xAxis[0].data.length"))
                .longValue();
        assertEquals(
                api("/api/timeline?from=2025-01-31&to=2026-10-31&series=referrals")
                        .get("dates")
                        .size(),
                points);
        long links = ((Number) js("return echarts.getInstanceByDom(document.getElementById('chart-flows'))"
                        + ".getOption().series[0].links.length"))
                .longValue();
        assertTrue(links > 10, "sankey links " + links);
        String page = text("change-page");
        for (String word : ENGLISH) {
            assertFalse(page.contains(word), "English '" + word + "' on the Dutch change page: " + page);
        }
        assertTrue(driver.getCurrentUrl().contains("mode=change"));
        screenshot("change.png");
    }

    @Test
    void the_difference_mode_colours_the_ties_gained_and_lost_since_an_earlier_date() throws IOException {
        open("/?view=collaboration&at=2026-10-31&since=2025-12-01");
        JsonNode change = api("/api/change?from=2025-12-01&to=2026-10-31");
        long gained = number("return cy.edges('.gained').length");
        assertEquals(change.get("tiesGained").get("byKind").get("collaborates").asLong(), gained);
        long lost = number("return cy.edges('.lost').length");
        assertTrue(lost
                <= change.get("tiesLost").get("byKind").path("collaborates").asLong());
        assertTrue(number("return cy.edges('.gained').filter(e => e.style('line-color') === 'rgb(26,152,80)').length")
                == gained);
        String summary = text("difference-summary");
        assertTrue(
                summary.contains(gained + " verbindingen erbij") && summary.contains("sinds 1 december 2025"), summary);
        screenshot("difference.png");
    }

    @Test
    void table_mode_marks_who_joined_and_says_who_left_since_the_chosen_date() {
        open("/?mode=table&table=table-steering&at=2026-01-31&since=2025-01-01");
        JsonNode compared = api("/api/tables/table-steering/compare?from=2025-01-01&to=2026-01-31");
        assertTrue(compared.get("joined").size() > 0 && compared.get("left").size() > 0, compared.toString());
        for (JsonNode m : compared.get("joined")) {
            assertEquals(
                    Boolean.TRUE,
                    js(
                            "return cy.getElementById(arguments[0]).hasClass('gained')",
                            m.get("id").asText()),
                    m.toString());
        }
        assertEquals(compared.get("joined").size(), number("return cy.nodes('.gained').length"));
        String summary = text("difference-summary");
        assertTrue(
                summary.startsWith(
                        "Sinds 1 januari 2025: " + compared.get("joined").size() + " erbij, "
                                + compared.get("left").size() + " vertrokken."),
                summary);
        for (JsonNode m : compared.get("left")) {
            assertTrue(summary.contains(m.get("name").asText()), summary);
        }
    }

    @Test
    void a_date_change_moves_no_node_that_exists_at_both_dates() {
        open("/?view=collaboration&at=2026-10-31");
        @SuppressWarnings("unchecked")
        Map<String, Object> before = (Map<String, Object>)
                js(
                        "const p = {}; cy.nodes().forEach(n => { p[n.id()] = [n.position('x'), n.position('y')]; }); return p;");
        long loads = ((Number) js("return window.tafelLoads")).longValue();
        js("const s = document.getElementById('at'); s.value = String(Number(s.value) - 14);"
                + " s.dispatchEvent(new Event('change'));");
        new WebDriverWait(driver, PATIENCE)
                .until(d -> ((Number) js("return window.tafelLoads")).longValue() > loads
                        && Boolean.TRUE.equals(js("return window.tafelReady === true")));
        @SuppressWarnings("unchecked")
        Map<String, Object> after = (Map<String, Object>)
                js(
                        "const p = {}; cy.nodes().forEach(n => { p[n.id()] = [n.position('x'), n.position('y')]; }); return p;");
        int shared = 0;
        for (var e : after.entrySet()) {
            Object then = before.get(e.getKey());
            if (then != null) {
                shared++;
                assertEquals(then.toString(), e.getValue().toString(), e.getKey() + " moved");
            }
        }
        assertTrue(shared > 50, "nodes on the map at both dates: " + shared);
        assertTrue(after.size() > shared, "the partners that joined since then are new on the map");
    }

    @Test
    void referral_edges_carry_the_colour_of_their_outcome() {
        open("/?view=referral&at=2026-10-31");
        long edges = number("return cy.edges('[kind=\"referral\"]').length");
        long coloured = number("return cy.edges('[outcome]').length");
        assertTrue(edges > 0 && coloured == edges, coloured + " of " + edges);
        assertTrue(
                number("return cy.edges('[outcome]').filter(e => e.data('completedShare') < 0.5).length") > 0,
                "the waiting list's edges are red");
    }

    // ---- helpers ----

    private static JsonNode api(String path) {
        HttpJson.Response response = http.get(path);
        assertEquals(200, response.status(), path + " answered " + response.text());
        return response.json();
    }

    private static void open(String path) {
        driver.get(server.baseUrl() + path);
        new WebDriverWait(driver, PATIENCE)
                .until(d -> Boolean.TRUE.equals(js("return window.tafelReady === true"))
                        && !"loading".equals(js("return document.body.dataset.state")));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static long number(String script) {
        return ((Number) js(script)).longValue();
    }

    private static String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private static void screenshot(String name) throws IOException {
        js("document.activeElement && document.activeElement.blur()");
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }
}
