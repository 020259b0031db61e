package be.tafel.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.demo.DemoNetwork;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The landing page ("Overzicht"): the key figures, the five broker questions each one click from it, the
 * first-visit help; and the phone's drawer and projector mode.
 */
class LandingBrowserTest extends BrokerPageTest {
    private static final List<String> ENGLISH = List.of(
            "Who ",
            "What ",
            "missing",
            "changed",
            "Key figures",
            "Overview",
            "Welcome",
            "Got it",
            "bridge figures",
            "collaborations",
            "families reached");

    @AfterEach
    void desktopAgain() {
        browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.js("try { localStorage.removeItem('tafel.projector') } catch (e) {}");
    }

    @Test
    void the_landing_page_shows_the_key_figures_and_the_five_questions_in_dutch() throws IOException {
        browser.openInDutch("/");

        assertEquals("home", browser.js("return document.body.dataset.mode"));
        assertEquals("true", attribute("mode-home", "aria-pressed"));
        JsonNode graph = browser.api("/api/graph?view=ecosystem&at=" + LocalDate.now());
        JsonNode collaboration = browser.api("/api/analysis/summary?view=collaboration&at=" + LocalDate.now());
        long partners = 0;
        for (JsonNode n : graph.get("nodes")) {
            partners += n.at("/data/type").asText().equals("partner") ? 1 : 0;
        }
        assertTrue(partners > 50, "the demo town: " + partners);
        @SuppressWarnings("unchecked")
        Map<String, String> figures = (Map<String, String>) browser.js("const m = {};"
                + " document.querySelectorAll('#home-figures .home-figure')"
                + ".forEach(f => { m[f.querySelector('dt').innerText] = f.querySelector('dd').innerText; });"
                + " return m;");
        assertEquals(dutch(partners), figures.get("partners"), figures.toString());
        assertEquals(dutch(collaboration.at("/summary/edges").asLong()), figures.get("samenwerkingen"));
        assertEquals(dutch(graph.get("families").asLong()), figures.get("gezinnen bereikt"));
        List<String> titles = browser.driver.findElements(By.cssSelector("#home-questions .question-title")).stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(
                List.of(
                        "Wie zit er aan tafel?",
                        "Wie ontbreekt er?",
                        "Wie houdt het netwerk samen?",
                        "Wie zou elkaar moeten ontmoeten?",
                        "Wat is er veranderd?"),
                titles);
        browser.until(d -> "ready".equals(browser.js("return document.body.dataset.teasers")));
        JsonNode table = browser.api("/api/tables/" + DemoNetwork.STEERING_TABLE + "/analysis");
        assertTrue(
                browser.text("q-at-table").contains(table.get("atTheTable").size() + " aan tafel"),
                browser.text("q-at-table"));
        assertTrue(
                browser.text("q-missing").contains(table.get("missing").size() + " ontbrekende partners"),
                browser.text("q-missing"));
        assertTrue(browser.driver.findElement(By.id("help")).isDisplayed(), "the first visit shows the help");
        browser.assertDutch("home", ENGLISH);
        browser.assertDutch("help", ENGLISH);
        browser.screenshot("landing.png");
        browser.assertNoConsoleErrors();
    }

    @Test
    void who_is_at_the_table_is_one_click_from_the_landing_page() {
        JsonNode table = browser.api("/api/tables/" + DemoNetwork.STEERING_TABLE + "/analysis");
        browser.openInDutch("/");

        clickAndWait("#q-at-table a.question-open");

        assertEquals("table", browser.js("return document.body.dataset.mode"));
        assertEquals(DemoNetwork.STEERING_TABLE, browser.js("return document.getElementById('table').value"));
        assertEquals(
                (long) table.get("atTheTable").size(),
                browser.js("return document.querySelectorAll('#seated > li').length"));
        assertTrue(browser.text("table-body")
                .contains(table.at("/atTheTable/0/name").asText()));
        assertTrue(browser.driver.getCurrentUrl().contains("table=" + DemoNetwork.STEERING_TABLE));
        browser.assertNoConsoleErrors();
    }

    @Test
    void who_is_missing_is_one_click_from_the_landing_page() {
        JsonNode table = browser.api("/api/tables/" + DemoNetwork.STEERING_TABLE + "/analysis");
        browser.openInDutch("/");

        clickAndWait("#q-missing a.question-open");

        assertEquals("table", browser.js("return document.body.dataset.mode"));
        assertEquals(
                (long) table.get("missing").size(),
                browser.js("return document.querySelectorAll('#missing > li').length"));
        assertTrue(browser.text("missing").contains(table.at("/missing/0/name").asText()));
        assertTrue(
                (Boolean) browser.js("const r = document.getElementById('missing').getBoundingClientRect();"
                        + " const p = document.getElementById('panel').getBoundingClientRect();"
                        + " return r.top >= p.top - 1 && r.top < p.bottom;"),
                "the list of missing partners is scrolled into view");
        browser.assertNoConsoleErrors();
    }

    @Test
    void who_holds_the_network_together_and_what_if_they_leave_are_one_click_from_the_landing_page() {
        JsonNode bridges = browser.api("/api/analysis/bridges?view=ecosystem&at=" + LocalDate.now());
        long significant = 0;
        for (JsonNode f : bridges.get("bridgeFigures")) {
            significant += f.path("partners").asInt()
                                    + f.path("persons").asInt()
                                    + f.path("families").asInt()
                            > 0
                    ? 1
                    : 0;
        }
        assertTrue(significant > 0, "the demo town has bridge figures");
        browser.openInDutch("/");

        clickAndWait("#q-together a.question-open");

        assertEquals("map", browser.js("return document.body.dataset.mode"));
        assertEquals(significant, browser.js("return cy.nodes('.articulation').length"));
        assertEquals(
                significant, browser.js("return document.querySelectorAll('#highlights-body ol.ranked > li').length"));
        assertTrue(browser.driver.findElement(By.id("highlights")).isDisplayed());

        // the what-if of the first bridge figure: one click from the landing page too
        browser.openInDutch("/");
        browser.until(d ->
                !d.findElements(By.cssSelector("#q-together .question-more a")).isEmpty());
        String first = bridges.at("/bridgeFigures/0/name").asText();
        WebElement whatIf = browser.driver.findElement(By.cssSelector("#q-together .question-more a"));
        assertEquals("Wat als " + first + " wegvalt?", whatIf.getText());
        clickAndWait("#q-together .question-more a");
        browser.until(d -> d.findElement(By.id("whatif")).isDisplayed());
        assertTrue(browser.text("whatif-title").contains(first), browser.text("whatif-title"));
        assertFalse(browser.text("whatif-body").isBlank());
        browser.assertNoConsoleErrors();
    }

    @Test
    void who_should_meet_is_one_click_from_the_landing_page() {
        JsonNode links = browser.api("/api/analysis/missing-links?view=collaboration&limit=20&at=" + LocalDate.now());
        assertTrue(links.get("links").size() > 0);
        browser.openInDutch("/");
        browser.until(d -> "ready".equals(browser.js("return document.body.dataset.teasers")));
        assertTrue(browser.text("q-meet").contains("Eerste voorstel:"), browser.text("q-meet"));

        clickAndWait("#q-meet a.question-open");

        assertEquals("map", browser.js("return document.body.dataset.mode"));
        assertEquals("collaboration", browser.js("return document.getElementById('view').value"));
        assertEquals((long) links.get("links").size(), browser.js("return cy.edges('.suggested').length"));
        String source = links.at("/links/0/source").asText();
        assertEquals(
                1L,
                browser.js(
                        "return document.querySelectorAll('#highlights-body button[data-node=\"' + arguments[0] + '\"]').length > 0 ? 1 : 0",
                        source));
        browser.assertNoConsoleErrors();
    }

    @Test
    void what_changed_is_one_click_from_the_landing_page() {
        browser.openInDutch("/");

        clickAndWait("#q-change a.question-open");

        assertEquals("change", browser.js("return document.body.dataset.mode"));
        assertFalse(browser.text("change-narrative").isBlank(), "the steering group's paragraph is written");
        LocalDate today = LocalDate.now();
        assertTrue(
                browser.driver.getCurrentUrl().contains("from=" + today.minusYears(1)), browser.driver.getCurrentUrl());
        browser.assertNoConsoleErrors();
    }

    @Test
    void the_help_is_dismissed_once_and_reopened_from_the_question_mark() {
        browser.openInDutch("/");
        assertTrue(browser.driver.findElement(By.id("help")).isDisplayed());

        browser.driver.findElement(By.id("help-close")).click();
        assertFalse(browser.driver.findElement(By.id("help")).isDisplayed());

        browser.driver.navigate().refresh();
        browser.until(d -> Boolean.TRUE.equals(browser.js("return window.tafelReady === true")));
        assertFalse(browser.driver.findElement(By.id("help")).isDisplayed(), "dismissed is remembered");

        browser.driver.findElement(By.id("mode-map")).click();
        browser.until(d -> Boolean.TRUE.equals(browser.js("return window.tafelReady === true")));
        browser.driver.findElement(By.id("help-open")).click();
        assertTrue(browser.driver.findElement(By.id("help")).isDisplayed(), "the ? button opens it on any page");
        assertEquals("true", attribute("help-open", "aria-expanded"));
        browser.driver.findElement(By.id("lang")).click();
        assertEquals("Welcome to Tafel", browser.text("help-title"));
        browser.driver.findElement(By.id("help-close")).click();
        assertFalse(browser.driver.findElement(By.id("help")).isDisplayed());
        browser.driver.findElement(By.id("lang")).click(); // back to Dutch for the next test
        browser.assertNoConsoleErrors();
    }

    @Test
    void the_phone_shows_the_map_at_full_width_with_the_controls_in_a_closed_drawer() throws IOException {
        browser.driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        browser.openInDutch("/?mode=map");

        long viewport = ((Number) browser.js("return document.documentElement.clientWidth")).longValue();
        assertTrue(viewport <= 390, "a phone's viewport: " + viewport);
        assertEquals(
                viewport,
                ((Number) browser.js("return Math.round(document.getElementById('cy').getBoundingClientRect().width)"))
                        .longValue());
        assertEquals(
                0L,
                ((Number) browser.js("return Math.round(document.getElementById('cy').getBoundingClientRect().left)"))
                        .longValue());
        assertTrue(((Number) browser.js("return cy.width()")).longValue() >= viewport - 1, "Cytoscape knows its width");
        assertTrue(((Number) browser.js("return cy.nodes().length")).longValue() > 100, "the map is drawn");
        assertFalse(browser.driver.findElement(By.id("view")).isDisplayed(), "the drawer starts closed");
        WebElement toggle = browser.driver.findElement(By.id("drawer-toggle"));
        assertTrue(toggle.isDisplayed());
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        browser.screenshot("phone-map.png");

        toggle.click();
        browser.until(d -> d.findElement(By.id("view")).isDisplayed()
                && ((Number) browser.js("return document.getElementById('controls').getBoundingClientRect().left"))
                                .doubleValue()
                        >= 0);
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        browser.screenshot("phone-drawer.png");
        browser.driver.findElement(By.id("drawer-close")).click();
        browser.until(d -> !d.findElement(By.id("view")).isDisplayed());
        browser.assertNoConsoleErrors();
    }

    @Test
    void projector_mode_shows_larger_labels_and_fewer_of_them_and_is_remembered() throws IOException {
        browser.openInDutch("/?mode=map");
        browser.js("window.cy.fit(); return null");
        Map<String, Object> before = labels();
        assertTrue(((Number) before.get("count")).longValue() > 0, "labels are shown: " + before);

        browser.driver.findElement(By.id("projector-toggle")).click();
        browser.until(d -> "true".equals(attribute("projector-toggle", "aria-pressed")));
        browser.until(d -> ((Number) labels().get("smallest")).doubleValue()
                >= 1.5 * ((Number) before.get("smallest")).doubleValue());
        Map<String, Object> after = labels();

        assertTrue(
                ((Number) after.get("count")).longValue() < ((Number) before.get("count")).longValue(),
                "fewer labels: " + before + " then " + after);
        assertEquals(0L, after.get("minor"), "no person, service or family keeps a label: " + after);
        browser.screenshot("projector.png");

        browser.driver.navigate().refresh(); // remembered in this browser
        browser.until(d -> Boolean.TRUE.equals(browser.js("return window.tafelReady === true"))
                && "ready".equals(browser.js("return document.body.dataset.state")));
        assertEquals("true", attribute("projector-toggle", "aria-pressed"));
        assertTrue((Boolean) browser.js("return document.body.classList.contains('projector')"));
        browser.assertNoConsoleErrors();
    }

    // ---- helpers ----

    /** The labels on screen: how many, their smallest rendered size in pixels, and how many of minor nodes. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> labels() {
        browser.js("return null"); // let a scheduled placement run
        return (Map<String, Object>) browser.js("const l = cy.nodes('.labelled');"
                + " const sizes = l.map(n => n.data('fontSize') * cy.zoom());"
                + " return { count: l.length, smallest: sizes.length ? Math.min(...sizes) : 0,"
                + " minor: l.filter(n => ['person', 'service', 'family'].includes(n.data('type'))).length };");
    }

    private static void clickAndWait(String css) {
        // the landing page writes its entries again when their figures arrive: click once they are in
        browser.until(d -> !"home".equals(browser.js("return document.body.dataset.mode"))
                || "ready".equals(browser.js("return document.body.dataset.teasers")));
        long loads = ((Number) browser.js("return window.tafelLoads || 0")).longValue();
        browser.driver.findElement(By.cssSelector(css)).click();
        browser.until(d -> ((Number) browser.js("return window.tafelLoads || 0")).longValue() > loads
                && Boolean.TRUE.equals(browser.js("return window.tafelReady === true"))
                && !"loading".equals(browser.js("return document.body.dataset.state")));
    }

    private static String attribute(String id, String name) {
        return browser.driver.findElement(By.id(id)).getAttribute(name);
    }

    private static String dutch(long n) {
        return String.format(java.util.Locale.forLanguageTag("nl-BE"), "%,d", n);
    }
}
