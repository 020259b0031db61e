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
import java.util.function.Predicate;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.ScriptTimeoutException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium on the map page of the shared test server with the demo town, for the brokers'
 * editing tests: it keeps the console log so that a test fails on console errors, and reads the page's text
 * for English words in the Dutch UI.
 */
final class BrokerBrowser implements AutoCloseable {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration PATIENCE = Duration.ofSeconds(120);

    final TestServer server;
    final HttpJson http;
    final ChromeDriver driver;
    private final Path profile;

    private BrokerBrowser(TestServer server, ChromeDriver driver, Path profile) {
        this.server = server;
        this.http = server.http();
        this.driver = driver;
        this.profile = profile;
    }

    static BrokerBrowser start() throws IOException {
        assumeTrue(
                Chromium.installed(), "Browser tests skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing");
        TestServer server = TestServer.get();
        server.loadDemo();
        Path profile = Files.createTempDirectory("tafel-chromium");
        ChromeDriver driver = Chromium.start(profile, 1600, 1100);
        return new BrokerBrowser(server, driver, profile);
    }

    /** Opens a page in Dutch with an empty console log and waits until the app has drawn it. */
    void openInDutch(String path) {
        driver.get(server.baseUrl() + "/api/health");
        js("localStorage.clear()");
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(server.baseUrl() + path);
        until(d -> Boolean.TRUE.equals(js("return window.tafelReady === true"))
                && !"loading".equals(js("return document.body.dataset.state")));
    }

    /**
     * Fails on console errors. {@code expected} names the answers a test provokes on purpose (say
     * "status of 422"): Chromium logs every non-2xx response of fetch as an error.
     */
    void assertNoConsoleErrors(String... expected) {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> List.of(expected).stream().noneMatch(e.getMessage()::contains))
                .toList();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    /** Fails when one of the English words shows in the element's text, leaving out parts marked lang="en". */
    void assertDutch(String elementId, List<String> english) {
        String text = (String) js(
                "const c = document.getElementById(arguments[0]).cloneNode(true);"
                        + " c.querySelectorAll('[lang=en]').forEach(e => e.remove()); return c.innerText",
                elementId);
        for (String word : english) {
            assertFalse(text.contains(word), "English '" + word + "' in the Dutch #" + elementId + ": " + text);
        }
    }

    JsonNode api(String path) {
        HttpJson.Response response = http.get(path);
        assertEquals(200, response.status(), path + " answered " + response.text());
        return response.json();
    }

    /** The collaboration between a and b (either way round) that started on {@code since}, or null. */
    JsonNode collaboration(String a, String b, String since) {
        for (JsonNode c : api("/api/collaborations?limit=10000").get("items")) {
            if (((c.get("a").asText().equals(a) && c.get("b").asText().equals(b))
                            || (c.get("a").asText().equals(b)
                                    && c.get("b").asText().equals(a)))
                    && since.equals(c.path("since").asText())) {
                return c;
            }
        }
        return null;
    }

    /** The graph version now (the journal's). */
    long version() {
        return api("/api/journal?since=999999999").get("version").asLong();
    }

    void until(Predicate<WebDriver> condition) {
        // a list the page re-renders while we poll leaves stale elements behind, and a page busy drawing thousands
        // of points may not answer a script in time: look again
        new WebDriverWait(driver, PATIENCE)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(ScriptTimeoutException.class)
                .until(condition::test);
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void screenshot(String name) throws IOException {
        js("document.activeElement && document.activeElement.blur()");
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        Chromium.stop(driver, profile);
    }
}
