package be.tafel.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.tafel.demo.DemoNetwork;
import be.tafel.support.HttpJson;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A broker runs a wave on the demo town end to end in a real browser: opens it for the steering table's
 * circle on the survey page, three partners fill in the questionnaire on a phone-sized screen (390 x 844,
 * in Dutch, by keyboard-reachable controls), the broker closes it and reads response, reciprocity, trust
 * and stability on the page and its map, and the same figures over the API. No console errors; no English
 * text in the Dutch pages.
 */
class SurveyBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

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
        driver = Chromium.start(profile, 1280, 1000);
    }

    @AfterAll
    static void stopBrowser() {
        Chromium.stop(driver, profile);
    }

    @Test
    void a_broker_runs_a_wave_that_three_partners_answer_on_a_phone() throws IOException {
        // the broker opens a wave for the steering table's circle
        driver.get(server.baseUrl() + "/api/health");
        js("localStorage.clear(); sessionStorage.clear()");
        open("/surveys.html");
        assertNoEnglish();
        driver.findElement(By.id("new-name")).sendKeys("Bevraging stuurgroep");
        new Select(driver.findElement(By.id("new-who"))).selectByValue(DemoNetwork.STEERING_TABLE);
        long before = waves();
        driver.findElement(By.cssSelector("#new-wave button[type=submit]")).click();
        new WebDriverWait(driver, PATIENCE)
                .until(d -> waves() > before
                        && driver.findElement(By.id("wave")).isDisplayed()
                        && driver.findElements(By.cssSelector("#links tr[data-partner]"))
                                        .size()
                                > 3);
        JsonNode waveList = http.get("/api/surveys").json();
        String wave = waveList.get(0).path("id").asText();
        JsonNode links =
                JSON.readTree((String) js("return sessionStorage.getItem('tafel.surveyLinks.' + arguments[0])", wave));
        List<String> partners = new ArrayList<>();
        links.fieldNames().forEachRemaining(partners::add);
        partners.sort(Comparator.naturalOrder());
        assertTrue(partners.size() >= 4, "the steering table's circle: " + partners);
        String a = partners.get(0);
        String b = partners.get(1);
        String c = partners.get(2);
        Map<String, String> names = new HashMap<>();
        http.get("/api/surveys/" + wave)
                .json()
                .path("links")
                .forEach(l ->
                        names.put(l.path("partner").asText(), l.path("name").asText()));

        // three partners answer on a phone: a and b name each other, c names a
        phone(true);
        answer(links.path(a).path("url").asText(), names.get(b), 4, a.equals(partners.get(0)), true);
        answer(links.path(b).path("url").asText(), names.get(a), 3, false, false);
        answer(links.path(c).path("url").asText(), names.get(a), 2, false, false);

        // resumable: a's tie is there again, with its answers
        open(relative(links.path(a).path("url").asText()));
        assertEquals(1L, js("return document.querySelectorAll('#ties fieldset.tie').length"));
        assertEquals(
                true, js("return document.querySelector('#ties input[data-field=openness][value=\"4\"]').checked"));
        JsonNode states = http.get("/api/surveys/" + wave).json().path("links");
        int submitted = 0;
        for (JsonNode l : states) {
            submitted += l.path("state").asText().equals("submitted") ? 1 : 0;
        }
        assertEquals(3, submitted);
        phone(false);

        // the broker closes it and reads the results on the page and its map
        open("/surveys.html?wave=" + wave);
        js("window.confirm = () => true");
        driver.findElement(By.id("close")).click();
        new WebDriverWait(driver, PATIENCE)
                .until(d -> !driver.findElement(By.id("closed-note")).getText().isEmpty()
                        && driver.findElement(By.id("close")).getAttribute("hidden") != null);
        new WebDriverWait(driver, PATIENCE)
                .until(d -> Boolean.TRUE.equals(
                        js("return !!window.tafelWaveMap && window.tafelWaveMap.edges().length > 0")));
        JsonNode results = http.get("/api/surveys/" + wave + "/results").json();
        assertEquals(3, results.path("ties").asInt());
        assertEquals(2, results.path("reciprocatedTies").asInt());
        assertEquals(
                2.0 / 3,
                results.path("scores").path("reciprocity").path("value").asDouble(),
                1e-9);
        assertEquals(
                3.0 / results.path("invited").asInt(),
                results.path("responseRate").asDouble(),
                1e-9);
        String rate = driver.findElement(By.id("response-rate")).getText();
        assertTrue(rate.contains("3 van " + results.path("invited").asInt()), rate);
        String scores = driver.findElement(By.id("scores")).getText();
        assertTrue(scores.contains("Wederkerigheid") && scores.contains("0,67"), scores);
        assertTrue(scores.contains("stabiel") || scores.contains("onstabiel"), scores);
        assertEquals(2L, js("return window.tafelWaveMap.edges().length"), "two pairs: a-b both ways, c-a one way");
        assertEquals(1L, js("return window.tafelWaveMap.edges().filter(e => e.data('line') === 'dashed').length"));
        assertEquals(
                results.path("pairs").get(0).path("trust").isNull() ? null : true,
                js(
                        "return window.tafelWaveMap.edges().filter(e => e.data('reciprocated')).every(e => e.data('trust') != null) || null"));
        assertNoEnglish();
        js("document.getElementById('h-results').scrollIntoView()");
        screenshot("survey-results.png");
        js("document.getElementById('h-map').scrollIntoView()");
        screenshot("survey-map.png");
        assertNoConsoleErrors();

        // and the map's API draws the wave's ties
        JsonNode graph = http.get("/api/graph?wave=" + wave).json();
        assertEquals(2, graph.path("edges").size());

        // the MAIN map draws the wave through its wave selector: trust as colour, one-sided ties dashed,
        // and the wave's response rate, reciprocity and stability beside the legend
        open("/?mode=map");
        new WebDriverWait(driver, PATIENCE)
                .until(d -> driver.findElement(By.id("wave-section")).isDisplayed());
        new Select(driver.findElement(By.id("wave"))).selectByValue(wave);
        new WebDriverWait(driver, PATIENCE)
                .until(d -> Boolean.TRUE.equals(js("return window.tafelReady === true"))
                        && driver.findElement(By.id("wave-panel")).isDisplayed());
        assertEquals(2L, js("return window.cy.edges().length"));
        assertEquals(1L, js("return window.cy.edges().filter(e => e.style('line-style') === 'dashed').length"));
        assertEquals(
                1L,
                js("return window.cy.edges().filter(e => e.data('reciprocated') && e.style('line-style') === 'solid')"
                        + ".length"));
        double pairTrust = results.path("pairs").get(0).path("trust").asDouble();
        assertEquals(
                pairTrust,
                ((Number) js("return window.cy.edges().filter(e => e.data('reciprocated'))[0]" + ".data('trust')"))
                        .doubleValue(),
                1e-9);
        assertTrue(
                (Boolean) js("const e = window.cy.edges(); return e[0].style('line-color') !== 'rgb(154,163,174)'"
                        + " && e[0].style('line-color') !== e[1].style('line-color')"),
                "the two ties carry different trust and so different colours");
        String panel = driver.findElement(By.id("wave-panel")).getText();
        assertTrue(panel.contains("3 van " + results.path("invited").asInt()), panel);
        assertTrue(panel.contains("Wederkerigheid") && panel.contains("0,67"), panel);
        assertTrue(panel.contains("stabiel"), panel);
        assertTrue(panel.contains("stippellijn"), "the legend explains dashed ties: " + panel);
        assertTrue(driver.getCurrentUrl().contains("wave=" + wave), "the wave is in the address to share");
        assertNoEnglishIn("wave-section", "wave-panel");
        screenshot("survey-main-map.png");
        assertNoConsoleErrors();

        // the names respondents gave as missing join the steering table's missing list; the broker confirms one
        open("/?mode=table&table=" + DemoNetwork.STEERING_TABLE);
        new WebDriverWait(driver, PATIENCE)
                .until(d -> !driver.findElements(By.cssSelector("#named-missing li"))
                        .isEmpty());
        String named = driver.findElement(By.id("named-missing")).getText();
        assertTrue(named.contains("Bibliotheek Schelderode") && named.contains("genoemd door 3 partners"), named);
        assertNoEnglishIn("table-panel");
        js("[...document.querySelectorAll('#table-body h4')].pop().scrollIntoView()");
        screenshot("survey-named-missing.png");
        js("document.querySelector('button[data-named-confirm=\"bibliotheek-schelderode\"]').click()");
        new WebDriverWait(driver, PATIENCE)
                .until(d -> driver.findElements(By.id("named-said")).size() == 1
                        && driver.findElements(By.cssSelector("#named-missing li[data-key=bibliotheek-schelderode]"))
                                .isEmpty());
        assertTrue(driver.findElement(By.id("named-said")).getText().contains("is nu een partner"));
        assertEquals(
                "Bibliotheek Schelderode",
                http.get("/api/partners/p-bibliotheek-schelderode")
                        .json()
                        .path("name")
                        .asText());
        assertNoConsoleErrors();
    }

    /** No English text of the map's wave and named-missing words shows in these elements of the Dutch page. */
    private static void assertNoEnglishIn(String... ids) {
        Object found = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const ids = arguments[0];
                Promise.all([import('/js/wave.js'), import('/js/named-missing.js')]).then((ms) => {
                  const text = ids.map((id) => document.getElementById(id).innerText).join(' ');
                  const english = ms.flatMap((m) => {
                    const nl = new Set(Object.values(m.words.nl));
                    return Object.values(m.words.en).filter((s) => !nl.has(s) && !s.includes('{') && s.length > 4);
                  }).filter((s) => text.includes(s));
                  done(english.join(' | '));
                }).catch((e) => done('error: ' + e));""", List.of(ids));
        assertEquals("", found, "English text in the Dutch page");
        assertEquals("nl", js("return document.documentElement.lang"));
    }

    private void answer(String url, String otherName, int rating, boolean screenshot, boolean english)
            throws IOException {
        open(relative(url));
        assertEquals("nl", js("return document.documentElement.lang"));
        assertNoEnglish();
        driver.findElement(By.id("search")).sendKeys(otherName);
        js("document.querySelector('#sectors input[type=checkbox]').click()");
        new WebDriverWait(driver, PATIENCE)
                .until(d -> driver.findElements(By.cssSelector("#ties fieldset.tie"))
                                .size()
                        == 1);
        js("document.querySelector('#ties input[data-field=kinds]').click()");
        js("document.querySelector('#ties input[data-field=frequency][value=monthly]').click()");
        for (String field : List.of("openness", "reliability", "mission", "influence", "involvement", "resources")) {
            js(
                    "document.querySelector('#ties input[data-field=' + arguments[0] + '][value=\"' + arguments[1] + '\"]').click()",
                    field,
                    rating);
        }
        js("document.querySelector('#leads-list input[data-lead]').click()");
        driver.findElement(By.id("missing-name")).sendKeys("Bibliotheek Schelderode\n");
        driver.findElement(By.id("comment")).sendKeys("Fijne samenwerking");
        if (screenshot) {
            js("window.scrollTo(0, document.getElementById('ties').offsetTop - 60)");
            screenshot("survey-questionnaire-phone.png");
        }
        js("document.getElementById('submit').click()");
        new WebDriverWait(driver, PATIENCE)
                .until(d -> !driver.findElement(By.id("thanks")).getText().isEmpty());
        assertNoEnglish();
        if (english) {
            driver.findElement(By.id("lang")).click();
            assertEquals("en", js("return document.documentElement.lang"));
            assertTrue(driver.findElement(By.id("h-partners")).getText().startsWith("1. Who do you work with"));
            driver.findElement(By.id("lang")).click();
            assertEquals("nl", js("return document.documentElement.lang"));
        }
        assertNoConsoleErrors();
    }

    private static void phone(boolean on) {
        if (on) {
            driver.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        } else {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static String relative(String url) {
        return url.substring(url.indexOf("/survey.html"));
    }

    private static long waves() {
        return http.get("/api/surveys").json().size();
    }

    /** No text of the English dictionary (that differs from the Dutch one) shows on the page. */
    private static void assertNoEnglish() {
        Object found = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/survey-i18n.js').then((m) => {
                  const nl = new Set(m.surveyTexts('nl'));
                  const text = document.body.innerText;
                  const english = m.surveyTexts('en').filter((s) => !nl.has(s) && !s.includes('{') && s.length > 4)
                    .filter((s) => text.includes(s));
                  done(english.join(' | '));
                }).catch((e) => done('error: ' + e));""");
        assertEquals("", found, "English text in the Dutch page");
        assertEquals("nl", js("return document.documentElement.lang"));
    }

    private static void assertNoConsoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            // the browser asks /favicon.ico for the JSON health page opened to clear storage: not a page of ours
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
                    && !entry.getMessage().contains("/favicon.ico")) {
                errors.add(entry.getMessage());
            }
        }
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    private static void open(String path) {
        driver.get(server.baseUrl() + path);
        new WebDriverWait(driver, PATIENCE).until(d -> Boolean.TRUE.equals(js("return window.tafelReady === true")));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void screenshot(String name) throws IOException {
        js("document.activeElement && document.activeElement.blur()");
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }
}
