package be.tafel.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.demo.DemoNetwork;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * Issue 16, "Dutch throughout": in map mode and in table mode, with every panel open, the page's visible text
 * (options of the lists included, every fold opened) holds no English word of {@link EnglishWords}. Only a
 * technical name marked {@code lang="en"} of at most four words may stay English.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DutchThroughoutBrowserTest {
    private BrokerBrowser browser;
    private final Set<String> english = new LinkedHashSet<>();

    @BeforeAll
    void start() throws IOException {
        browser = BrokerBrowser.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Nested
    class TheWordList {
        @Test
        void finds_an_english_sentence_and_lets_dutch_ones_pass() {
            assertEquals(
                    11,
                    EnglishWords.in("no member covers its domain 'housing' (needed by 644 families members reach)")
                            .size());
            assertTrue(EnglishWords.in(
                            "wisselde 147 doorverwijzingen uit met 9 leden in de laatste 12 maanden; open de kaart"
                                    + " van het Huis van het Kind, over de school, en is er een partner of sector?")
                    .isEmpty());
        }
    }

    @Test
    void map_mode_with_every_panel_open_shows_no_english() {
        for (String view : List.of("ecosystem", "collaboration", "referral", "shared-families")) {
            browser.openInDutch("/?view=" + view + "&articulation=true&community=true&ties=true");
            browser.until(d ->
                    !d.findElement(By.id("highlights")).getAttribute("class").contains("loading")
                            && d.findElement(By.id("highlights")).isDisplayed());
            collect("map, " + view);
        }
        // every method of the suggested links, chosen in the list as a broker does
        browser.openInDutch("/?view=collaboration&suggested=true");
        for (Object method :
                (List<?>) browser.js("return [...document.querySelectorAll('#method option')].map(o => o.value)")) {
            browser.js(
                    "const s = document.getElementById('method'); s.value = arguments[0];"
                            + " s.dispatchEvent(new Event('change', { bubbles: true }))",
                    method);
            String label = (String) browser.js(
                    "return document.querySelector('#method option[value=\"' + arguments[0] + '\"]').textContent",
                    method);
            browser.until(d -> d.findElement(By.id("highlights-body")).getText().contains(label));
            collect("map, suggested links by " + method);
        }
        // the details of a bridge figure and its what-if
        JsonNode figures = browser.api("/api/analysis/bridges?view=ecosystem").get("bridgeFigures");
        String id = figures.get(0).get("id").asText();
        browser.openInDutch("/?mode=map");
        browser.js("cy.getElementById(arguments[0]).emit('tap')", id);
        browser.until(d -> d.findElement(By.id("details")).isDisplayed());
        collect("details of " + id);
        browser.driver
                .findElement(By.cssSelector("#details button[data-action='what-if']"))
                .click();
        browser.until(d -> d.findElement(By.id("whatif")).isDisplayed()
                && !d.findElement(By.id("whatif-body")).getText().isBlank());
        collect("what-if of " + id);
        // a family group and a service
        for (String type : List.of("family-group", "service", "person", "table")) {
            Object node = browser.js(
                    "const n = cy.nodes().filter(n => n.data('type') === arguments[0]).first();"
                            + " if (n.empty()) return null; n.emit('tap'); return n.id()",
                    type);
            if (node != null) {
                browser.until(d -> d.findElement(By.id("details")).isDisplayed());
                collect("details of a " + type);
            }
        }
        // the glossary
        browser.driver.findElement(By.id("glossary-open")).click();
        browser.until(d -> d.findElement(By.id("glossary")).isDisplayed());
        collect("the glossary");
        browser.assertNoConsoleErrors();
        assertNoEnglish();
    }

    @Test
    void broker_words_carry_their_technical_name_in_a_tooltip_and_the_glossary_lists_them() {
        browser.openInDutch("/?view=collaboration&suggested=true");
        String tip = (String)
                browser.js("return document.querySelector('#method option[value=\"resource-allocation\"]').title");
        assertTrue(tip.startsWith("Resource allocation — ") && tip.length() > 60, tip);
        assertEquals(
                "Gedeelde contacten, rustige tellen veel meer",
                browser.js("return document.querySelector('#method option[value=\"resource-allocation\"]')"
                        + ".textContent"));
        String summaryTip = (String) browser.js("return [...document.querySelectorAll('#summary-body dt')]"
                + ".find(dt => dt.textContent.startsWith('Gesloten driehoeken')).title");
        assertTrue(summaryTip.startsWith("Transitivity — "), summaryTip);
        String about = browser.text("highlights-body");
        assertTrue(about.contains("Telt de contacten die twee partners delen"), "the score says what it is: " + about);

        browser.driver.findElement(By.id("glossary-open")).click();
        browser.until(d -> d.findElement(By.id("glossary")).isDisplayed());
        String glossary = browser.text("glossary-body");
        for (String expected : List.of(
                "Gesloten driehoeken",
                "Transitivity",
                "Twee drukke spelers",
                "Preferential attachment",
                "Tussenpositie",
                "Betweenness centrality",
                "Deel van de paren dat elkaar niet kan bereiken",
                "Fragmentation (Borgatti)")) {
            assertTrue(glossary.contains(expected), expected + " in the glossary: " + glossary);
        }
        browser.assertNoConsoleErrors();
    }

    @Test
    void table_mode_with_every_fold_open_shows_no_english() {
        browser.openInDutch("/?table=" + DemoNetwork.STEERING_TABLE);
        browser.until(d -> !d.findElements(By.cssSelector("#missing > li")).isEmpty());
        collect("table mode");
        browser.js("document.querySelector('#missing > li button[data-node]')?.click()");
        browser.until(d -> d.findElement(By.id("details")).isDisplayed());
        collect("table mode, details of a missing partner");
        browser.assertNoConsoleErrors();
        assertNoEnglish();
    }

    @Test
    void a_refused_request_is_told_in_dutch_in_the_alert() {
        browser.openInDutch("/?mode=map");
        browser.js("window.alertShown = false; import('/js/api.js').then(m => m.get('graph', {view: 'nonsense'})"
                + ".catch(e => { m.showError(e); window.alertShown = true; }))");
        browser.until(d -> Boolean.TRUE.equals(browser.js("return window.alertShown")));
        assertEquals("Er ging iets mis (400)", browser.text("alert-title"));

        // a problem with a code of the catalogue is said in Dutch, its field named, not the server's English
        browser.js("window.alertShown = false; import('/js/api.js').then(async m => {"
                + " const a = await m.request('POST', 'partners', {id: 'nieuw-zonder-naam'});"
                + " m.showError(new m.ApiError(a.status, a.body.title, a.body.detail, a.body.errors));"
                + " window.alertShown = true; })");
        browser.until(d -> Boolean.TRUE.equals(browser.js("return window.alertShown")));
        assertEquals("Er ging iets mis (422)", browser.text("alert-title"));
        String detail = browser.text("alert-detail");
        // the field is named as the API names it (like an id): the sentence round it is what must be Dutch
        assertEquals("name is verplicht", detail);
        EnglishWords.in(detail.replace("name", "")).forEach(hit -> english.add("the alert: " + hit));
        assertNoEnglish();
        browser.assertNoConsoleErrors("status of 400", "status of 422");
    }

    @Test
    void the_apps_csv_files_have_dutch_headings_and_words_and_decimal_commas() {
        browser.openInDutch("/?view=collaboration");
        List<String> map = csv("import('/js/exporter.js').then(e => done(e.csv(e.mapRows())))");
        assertTrue(
                map.getFirst().startsWith("id;naam;soort punt;sector;soort;rol;wijk;levensdomeinen"), map.getFirst());
        assertTrue(map.stream().anyMatch(row -> row.matches(".*;0,\\d+;.*")), "decimal commas: " + map.get(1));
        assertTrue(map.stream().noneMatch(row -> row.matches(".*;\\d+\\.\\d+(;.*|$)")), "no decimal points");
        assertNoEnglishOutsideIds("the map's CSV", map);

        browser.openInDutch("/?table=" + DemoNetwork.STEERING_TABLE);
        browser.until(d -> !d.findElements(By.cssSelector("#missing > li")).isEmpty());
        List<String> table = csv("Promise.all([import('/js/exporter.js'), import('/js/table.js')])"
                + ".then(([e, t]) => done(e.csv(e.tableRows(t.analysis))))");
        assertTrue(table.getFirst().startsWith("onderdeel;rang;id;naam;soort punt"), table.getFirst());
        assertTrue(table.stream().anyMatch(row -> row.startsWith("ontbreekt;1;")), "the missing partners");
        assertTrue(table.stream().anyMatch(row -> row.contains("doorverwijzingen uit met")), "reasons in Dutch");
        assertNoEnglishOutsideIds("the table's CSV", table);
        assertNoEnglish();
    }

    /** The rows of a CSV the app makes, without its byte-order mark. */
    private List<String> csv(String script) {
        String text =
                (String) browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1]; " + script);
        return text.replace("\uFEFF", "").lines().toList();
    }

    /** Ids are data (person-…, service-…), not words: the other cells must be Dutch. */
    private void assertNoEnglishOutsideIds(String where, List<String> rows) {
        int id = List.of(rows.getFirst().split(";")).indexOf("id");
        for (String row : rows.subList(1, rows.size())) {
            List<String> cells = new ArrayList<>(List.of(row.split(";", -1)));
            cells.set(id, "");
            EnglishWords.in(String.join(";", cells)).forEach(hit -> english.add(where + ": " + hit));
        }
    }

    /** The page's visible text with every fold open, its lists' options, and no short technical names. */
    private void collect(String where) {
        browser.js("document.querySelectorAll('details').forEach(d => d.open = true)");
        String text = (String) browser.js("const named = [...document.querySelectorAll('[lang=en]')];"
                + " named.forEach(e => { e.dataset.display = e.style.display; e.style.display = 'none'; });"
                + " const options = [...document.querySelectorAll('select')].filter(s => s.offsetParent !== null)"
                + "   .flatMap(s => [...s.options].map(o => o.textContent));"
                + " const t = document.body.innerText + '\\n' + options.join('\\n');"
                + " named.forEach(e => { e.style.display = e.dataset.display; delete e.dataset.display; });"
                + " return t");
        assertTrue(
                text.length() > 300 && text.contains("Tafel") && text.contains("Kaart"),
                where + ": the page's text was read: " + text);
        List<String> technical = new ArrayList<>();
        for (Object name : (List<?>) browser.js("return [...document.querySelectorAll('[lang=en]')]"
                + ".filter(e => e.offsetParent !== null).map(e => e.textContent.trim())")) {
            if (name.toString().split("\\s+").length > 4) {
                technical.add(name.toString());
            }
        }
        EnglishWords.in(text).forEach(hit -> english.add(where + ": " + hit));
        technical.forEach(t -> english.add(where + ": more than a technical name marked English: " + t));
    }

    private void assertNoEnglish() {
        List<String> found = new ArrayList<>(english);
        english.clear();
        assertTrue(found.isEmpty(), found.size() + " English words in the Dutch app:\n" + String.join("\n", found));
    }
}
