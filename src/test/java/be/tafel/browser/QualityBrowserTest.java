package be.tafel.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The panel "Gegevenskwaliteit": a likely duplicate pair of partners is listed and merged from the page. */
class QualityBrowserTest extends BrokerPageTest {
    private static final List<String> ENGLISH = List.of("Merge", "merged", "Likely", "without", "Nothing found");

    @Test
    void a_duplicate_pair_is_found_and_merged() throws IOException {
        String other = browser.api("/api/graph?view=collaboration")
                .get("nodes")
                .get(5)
                .at("/data/id")
                .asText();
        created(browser.http.post(
                "/api/partners",
                Map.of("id", "q-dup-1", "name", "Speel-o-theek Klimop Noordkant", "kind", "non-profit")));
        created(browser.http.post(
                "/api/partners",
                Map.of("id", "q-dup-2", "name", "Speelotheek Klimop Noordkant", "kind", "non-profit")));
        HttpJson.Response tie = browser.http.post(
                "/api/collaborations",
                Map.of("a", "q-dup-2", "b", other, "since", "2026-01-01", "kind", "joint-activity"));
        assertEquals(200, tie.status(), tie.text());
        assertTrue(listsPair(browser.api("/api/quality")), "the API finds the pair");

        browser.openInDutch("/?mode=map");
        browser.until(d -> d.findElement(By.id("quality")).isDisplayed());
        browser.driver.findElement(By.id("quality-check")).click();
        String pair = "#quality-body li.duplicate[data-first='q-dup-1'][data-second='q-dup-2']";
        browser.until(d -> !d.findElements(By.cssSelector(pair)).isEmpty());
        assertTrue(browser.text("quality-body").contains("Partners zonder verbindingen"), browser.text("quality-body"));
        browser.assertDutch("quality", ENGLISH);
        browser.screenshot("quality.png");

        long before = browser.version();
        browser.driver
                .findElement(By.cssSelector(pair + " button[data-merge='q-dup-2'][data-into='q-dup-1']"))
                .click();
        browser.until(d -> !browser.text("quality-message").isEmpty());
        assertTrue(browser.text("quality-message").contains("is samengevoegd in"), browser.text("quality-message"));

        assertEquals(404, browser.http.get("/api/partners/q-dup-2").status(), "the duplicate is gone");
        assertEquals(200, browser.http.get("/api/partners/q-dup-1").status());
        boolean moved = false;
        for (JsonNode c : browser.api("/api/collaborations?limit=10000").get("items")) {
            moved |= (c.get("a").asText() + "|" + c.get("b").asText())
                    .equals("q-dup-1".compareTo(other) < 0 ? "q-dup-1|" + other : other + "|q-dup-1");
        }
        assertTrue(moved, "the duplicate's tie moved to the survivor");
        assertEquals(
                1, browser.api("/api/journal?since=" + before).get("entries").size(), "one journaled change");
        browser.until(d -> d.findElements(By.cssSelector(pair)).isEmpty());
        assertTrue(!listsPair(browser.api("/api/quality")), "the pair is no longer listed");
        browser.assertDutch("quality", ENGLISH);
        browser.assertNoConsoleErrors();
    }

    private static void created(HttpJson.Response response) {
        assertEquals(201, response.status(), response.text());
    }

    private static boolean listsPair(JsonNode report) {
        for (JsonNode d : report.get("duplicates")) {
            if (d.at("/first/id").asText().equals("q-dup-1")
                    && d.at("/second/id").asText().equals("q-dup-2")) {
                return true;
            }
        }
        return false;
    }
}
