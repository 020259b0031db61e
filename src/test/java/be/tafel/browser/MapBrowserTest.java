package be.tafel.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.tafel.demo.DemoNetwork;
import be.tafel.support.HttpJson;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The map in a real browser (headless Chromium) against the real server and store, loaded with the demo
 * town. Every check compares what the page shows with what the API answers for the same question.
 */
class MapBrowserTest {
    /** Screenshots land in the build output; copy them to docs/screenshots when the README should change. */
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private static TestServer server;
    private static HttpJson http;
    private static ChromeDriver driver;
    private static Path profile;

    @BeforeAll
    static void startBrowserAndLoadTheDemo() throws IOException {
        assumeTrue(
                Chromium.installed(),
                "Browser tests skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing "
                        + "(apt-get install -y chromium chromium-driver); CI installs them.");
        server = TestServer.get();
        http = server.http();
        server.loadDemo();
        profile = Files.createTempDirectory("tafel-chromium");
        driver = Chromium.start(profile, 1600, 1000);
    }

    @AfterAll
    static void stopBrowser() {
        Chromium.stop(driver, profile);
    }

    @BeforeEach
    void startInDutch() {
        driver.get(server.baseUrl() + "/api/health");
        js("localStorage.clear()");
    }

    @Test
    void the_map_draws_every_node_and_edge_the_api_returns() throws IOException {
        open("/?mode=map");

        JsonNode graph = api("/api/graph?view=ecosystem&at=" + today());
        assertEquals("ready", state());
        assertTrue(graph.get("nodes").size() > 100, "the demo town's ecosystem should be drawn, not an empty store");
        assertEquals(graph.get("nodes").size(), number("return cy.nodes().length"));
        // grouped ties drawn from a partner for its folded staff and services are the same ties, not new ones
        assertEquals(graph.get("edges").size(), number("return cy.edges().not('.meta').length"));
        assertTrue(
                number("return cy.nodes('[type=\"family-group\"]').length") > 0,
                "families come grouped per neighbourhood");
        assertTrue(
                text("map-caption").contains(String.valueOf(graph.get("nodes").size())), text("map-caption"));
        // the caption counts what the key figures count (every family on its own), in Dutch figures
        String points = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("nl-BE"))
                .format(graph.at("/inView/nodes").asInt());
        assertTrue(text("map-caption").startsWith(points + " punten"), text("map-caption"));
        assertFalse(driver.findElement(By.id("legend-body")).getText().isBlank(), "the legend lists what is drawn");
        screenshot("map.png");
    }

    @Test
    void switching_the_view_draws_the_partners_of_that_view() {
        open("/?mode=map");
        long ecosystem = number("return cy.nodes().length");

        long loads = loads();
        new Select(driver.findElement(By.id("view"))).selectByValue("collaboration");
        waitForLoadAfter(loads);

        JsonNode graph = api("/api/graph?view=collaboration&at=" + today());
        assertEquals(graph.get("nodes").size(), number("return cy.nodes().length"));
        assertEquals(graph.get("edges").size(), number("return cy.edges().length"));
        assertNotEquals(ecosystem, number("return cy.nodes().length"));
        assertEquals(0, number("return cy.nodes().filter(n => n.data('type') !== 'partner').length"));
        assertTrue(driver.getCurrentUrl().contains("view=collaboration"), driver.getCurrentUrl());
    }

    @Test
    void changing_the_date_redraws_the_map_as_it_was_then() {
        String first = "2024-01-01";
        JsonNode then = api("/api/graph?view=ecosystem&at=" + first);
        JsonNode now = api("/api/graph?view=ecosystem&at=" + today());
        assertTrue(!ids(now, "edges").equals(ids(then, "edges")), "the demo town's ties change between 2024 and today");
        open("/?mode=map");
        assertEquals(now.get("edges").size(), number("return cy.edges().not('.meta').length"));

        long loads = loads();
        WebElement slider = driver.findElement(By.id("at"));
        slider.sendKeys(Keys.HOME); // the keyboard reaches the slider too
        waitForLoadAfter(loads);

        assertEquals(first, js("return new URLSearchParams(location.search).get('at')"));
        assertTrue(text("at-value").contains("2024"), text("at-value"));
        assertEquals(then.get("nodes").size(), number("return cy.nodes().length"));
        assertEquals(then.get("edges").size(), number("return cy.edges().not('.meta').length"));
        assertTrue(
                ids(then, "edges").equals(new HashSet<>(strings("return cy.edges().not('.meta').map(e => e.id())"))),
                "the drawing holds exactly the ties of " + first);
    }

    @Test
    void table_mode_lists_the_missing_partners_the_api_lists() throws IOException {
        open("/?mode=map");
        long loads = loads();
        driver.findElement(By.id("mode-table")).click();
        waitForLoadAfter(loads);
        Select tables = new Select(driver.findElement(By.id("table")));
        if (!DemoNetwork.STEERING_TABLE.equals(tables.getFirstSelectedOption().getAttribute("value"))) {
            loads = loads();
            tables.selectByValue(DemoNetwork.STEERING_TABLE);
            waitForLoadAfter(loads);
        }

        JsonNode analysis = api("/api/tables/" + DemoNetwork.STEERING_TABLE + "/analysis?at=" + today());
        List<String> missing = new ArrayList<>();
        analysis.get("missing").forEach(m -> missing.add(m.get("id").asText()));
        List<String> seated = new ArrayList<>();
        analysis.get("atTheTable").forEach(m -> seated.add(m.get("id").asText()));
        assertFalse(missing.isEmpty(), "the demo's steering group misses partners");

        assertEquals(
                missing, strings("return [...document.querySelectorAll('#missing > li')].map(li => li.dataset.id)"));
        assertEquals(seated, strings("return [...document.querySelectorAll('#seated > li')].map(li => li.dataset.id)"));
        assertEquals(Math.min(missing.size(), 12), number("return cy.nodes('.empty-chair').length"));
        assertEquals(seated.size(), number("return cy.nodes('.seat').length"));
        assertEquals(missing.getFirst(), js("return cy.nodes('.empty-chair').filter(n => n.data('rank') === 1).id()"));
        String panel = text("table-body");
        for (JsonNode domain : analysis.at("/emptyChairs/domains")) {
            assertTrue(panel.contains(String.valueOf(domain.get("families").asInt())), panel);
        }
        assertTrue(panel.contains("Stem van gezinnen aan tafel"), panel);
        screenshot("table-mode.png");
    }

    @Test
    void tapping_a_node_opens_its_details_and_what_if_marks_who_is_cut_off() {
        JsonNode bridges = api("/api/analysis/bridges?view=ecosystem&at=" + today());
        JsonNode figure = null;
        // a partner leaves with its own staff and services, so in the demo its departure cuts off families
        for (JsonNode f : bridges.get("bridgeFigures")) {
            if (figure == null && f.get("families").asInt() > 0
                    || f.get("partners").asInt() + f.get("persons").asInt() > 0) {
                figure = f;
            }
        }
        assertTrue(figure != null, "the demo town has a bridge figure whose leaving cuts someone off");
        String id = figure.get("id").asText();
        open("/?mode=map");

        js("cy.getElementById(arguments[0]).emit('tap')", id);
        new WebDriverWait(driver, PATIENCE)
                .until(d -> d.findElement(By.id("details")).isDisplayed()
                        && d.findElement(By.id("details-body")).getText().contains("Rechtstreekse contacten"));
        assertEquals(figure.get("name").asText(), text("details-title"));
        assertTrue(text("details-body").contains("Tussenpositie"), "scores are explained in a broker's words");

        driver.findElement(By.cssSelector("#details button[data-action='what-if']"))
                .click();
        new WebDriverWait(driver, PATIENCE)
                .until(d -> d.findElement(By.id("whatif")).isDisplayed());

        JsonNode whatIf = api("/api/what-if?view=ecosystem&remove=" + id + "&at=" + today());
        Set<String> cut = new HashSet<>();
        whatIf.at("/cutOff/partners").forEach(p -> cut.add(p.asText()));
        whatIf.at("/cutOff/persons").forEach(p -> cut.add(p.asText()));
        assertEquals(cut, new HashSet<>(strings("return cy.nodes('.cut-off').map(n => n.id())")));
        assertTrue(number("return cy.getElementById(arguments[0]).hasClass('removed') ? 1 : 0", id) == 1);
        assertTrue(
                text("whatif-body")
                        .contains(String.valueOf(whatIf.at("/cutOff/families").asInt())),
                text("whatif-body"));
    }

    @Test
    void the_ties_that_carry_the_network_are_drawn_and_the_core_is_explained() {
        JsonNode answer = api("/api/analysis/edge-betweenness?view=collaboration&limit=20&at=" + today());
        Set<String> listed = new HashSet<>();
        answer.get("ties")
                .forEach(t -> listed.add(pair(t.get("a").asText(), t.get("b").asText())));
        open("/?view=collaboration&ties=true&size=coreness");
        new WebDriverWait(driver, PATIENCE).until(d -> number("return cy.edges('.carrying').length") > 0);
        assertEquals(
                listed,
                new HashSet<>(strings("return cy.edges('.carrying').map(e => [e.source().id(), e.target().id()]"
                        + ".sort().join('|'))")));
        assertTrue(text("highlights-body").contains("Dragende verbindingen"), text("highlights-body"));
        assertEquals("coreness", driver.findElement(By.id("size")).getAttribute("value"));
        String first = answer.get("ties").get(0).get("a").asText();
        js("cy.getElementById(arguments[0]).emit('tap')", first);
        new WebDriverWait(driver, PATIENCE)
                .until(d -> d.findElement(By.id("details-body")).getText().contains("Kern"));
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    @Test
    void a_server_error_shows_the_problem_detail_in_an_alert() {
        HttpJson.Response problem = http.get("/api/graph?view=ecosystem&at=not-a-date");
        assertEquals(400, problem.status());
        assertTrue(problem.isProblem(), problem.contentType());
        String detail = problem.json().get("detail").asText();

        driver.get(server.baseUrl() + "/?at=not-a-date");
        new WebDriverWait(driver, PATIENCE).until(d -> "error".equals(state()));

        WebElement alert = driver.findElement(By.cssSelector("[role='alert']"));
        assertTrue(alert.isDisplayed());
        assertTrue(alert.getText().contains(detail), alert.getText());
        assertEquals(Boolean.TRUE, js("return window.tafelReady"));
    }

    @Test
    void english_is_one_click_away_and_remembered() {
        open("/?mode=map");
        assertEquals("nl", js("return document.documentElement.lang"));
        assertEquals("Weergave", label("view"));

        driver.findElement(By.id("lang")).click();

        assertEquals("en", js("return document.documentElement.lang"));
        assertEquals("View", label("view"));
        assertEquals("Date", label("at"));
        assertEquals("Map", text("mode-map"));
        assertEquals(
                "Legend", driver.findElement(By.cssSelector("#legend summary")).getText());

        open("/?mode=map"); // remembered in localStorage
        assertEquals("View", label("view"));
        open("/?mode=map&lang=nl"); // and the address can ask for a language
        assertEquals("Weergave", label("view"));
    }

    // ---- helpers ----

    private static String today() {
        return LocalDate.now().toString();
    }

    private static JsonNode api(String path) {
        HttpJson.Response response = http.get(path);
        assertEquals(200, response.status(), path + " answered " + response.text());
        return response.json();
    }

    private static Set<String> ids(JsonNode graph, String group) {
        Set<String> ids = new HashSet<>();
        graph.get(group).forEach(n -> ids.add(n.at("/data/id").asText()));
        return ids;
    }

    private static void open(String path) {
        driver.get(server.baseUrl() + path);
        new WebDriverWait(driver, PATIENCE)
                .until(d -> Boolean.TRUE.equals(js("return window.tafelReady === true")) && !"loading".equals(state()));
    }

    private static long loads() {
        Object loads = js("return window.tafelLoads || 0");
        return ((Number) loads).longValue();
    }

    /** Waits until the app finished a drawing that started after {@code before} drawings. */
    private static void waitForLoadAfter(long before) {
        new WebDriverWait(driver, PATIENCE)
                .until(d -> loads() > before && Boolean.TRUE.equals(js("return window.tafelReady === true")));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static long number(String script, Object... args) {
        return ((Number) js(script, args)).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(String script) {
        return new ArrayList<>((List<String>) js(script));
    }

    private static String state() {
        return (String) js("return document.body.dataset.state");
    }

    private static String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private static String label(String forId) {
        return driver.findElement(By.cssSelector("label[for='" + forId + "']")).getText();
    }

    private static void screenshot(String name) throws IOException {
        js("document.activeElement && document.activeElement.blur()");
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }
}
