package be.tafel.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Editing on the map as a broker: an edit shows on the map and in "Wijzigingen in deze sessie", undo and
 * redo bring the map back and forth, a stale If-Match gives a 409 with a Dutch message and the element
 * reloaded, and a tie is drawn with "Verbinden met…" and ended by setting until.
 */
class EditBrowserTest extends BrokerPageTest {
    private static final List<String> ENGLISH = List.of("Undo", "Redo", "Save", "changed", "version", "Someone");

    @Test
    void an_edit_shows_on_the_map_and_is_undone_and_redone() throws IOException {
        JsonNode partner = partnerOnTheMap(0);
        String id = partner.get("id").asText();
        String before = partner.get("name").asText();
        String after = before + " (hernoemd)";
        openAndSelect(id, before);

        WebElement name = browser.driver.findElement(By.id("edit-name"));
        name.clear();
        name.sendKeys(after);
        click("[data-edit='save']");
        browser.until(d -> text("edit-message").startsWith("Opgeslagen"));
        assertEquals(after, nameOf(id));
        waitForLabel(id, after);
        browser.until(d ->
                text("session-body").contains(after) && text("session-body").contains("gewijzigd"));

        browser.driver.findElement(By.id("edit-undo")).click();
        browser.until(d -> text("edit-message").startsWith("Ongedaan gemaakt"));
        assertEquals(before, nameOf(id));
        waitForLabel(id, before);
        browser.until(d -> text("session-body").contains("ongedaan gemaakt"));

        browser.driver.findElement(By.id("edit-redo")).click();
        browser.until(d -> text("edit-message").startsWith("Opnieuw gedaan"));
        assertEquals(after, nameOf(id));
        waitForLabel(id, after);
        browser.until(d -> text("session-body").contains("opnieuw gedaan"));
        assertEquals(
                3,
                browser.driver.findElements(By.cssSelector("#session-body li")).size(),
                "the session lists this page's three changes: " + text("session-body"));
        browser.assertDutch("edit", ENGLISH);
        browser.assertDutch("session", ENGLISH);
        browser.screenshot("edit-session.png");

        browser.driver.findElement(By.id("edit-undo")).click(); // leave the demo as it was
        browser.until(d -> text("edit-message").startsWith("Ongedaan gemaakt"));
        assertEquals(before, nameOf(id));
        browser.assertNoConsoleErrors();
    }

    @Test
    void a_refused_edit_says_in_dutch_what_is_wrong_with_which_field() {
        JsonNode partner = partnerOnTheMap(2);
        String id = partner.get("id").asText();
        String original = partner.get("name").asText();
        openAndSelect(id, original);
        long before = browser.version();

        WebElement name = browser.driver.findElement(By.id("edit-name"));
        name.clear();
        name.sendKeys("jan.peeters@example.be");
        click("[data-edit='save']");
        browser.until(d -> text("edit-message").startsWith("Niet opgeslagen"));

        assertTrue(
                text("edit-message")
                        .startsWith("Niet opgeslagen: name lijkt een e-mailadres te bevatten; Tafel bewaart geen"
                                + " persoonsgegevens"),
                text("edit-message"));
        assertEquals(original, nameOf(id), "nothing was written");
        assertEquals(before, browser.version());
        browser.assertDutch("edit", List.of("looks like", "personal data", "e-mail address", "send"));
        browser.assertNoConsoleErrors("status of 422");
    }

    @Test
    void an_edit_on_a_stale_version_gives_one_409_and_reloads_the_element() {
        JsonNode partner = partnerOnTheMap(1);
        String id = partner.get("id").asText();
        String original = partner.get("name").asText();
        openAndSelect(id, original);
        long drawnAt = browser.version();

        // another broker renames the same partner first, on the version the page holds
        String theirs = original + " (andere makelaar)";
        HttpJson.Response first = browser.http.send(
                "PUT", "/api/partners/" + id, renamed(partner, theirs), "If-Match", "\"" + drawnAt + "\"");
        assertEquals(200, first.status(), first.text());

        WebElement name = browser.driver.findElement(By.id("edit-name"));
        name.clear();
        name.sendKeys(original + " (van deze pagina)");
        click("[data-edit='save']");
        browser.until(d -> text("edit-message").startsWith("Iemand anders heeft dit intussen gewijzigd"));

        assertEquals(theirs, nameOf(id), "the second edit wrote nothing");
        browser.until(d ->
                theirs.equals(browser.driver.findElement(By.id("edit-name")).getAttribute("value")));
        JsonNode since = browser.api("/api/journal?since=" + drawnAt).get("entries");
        assertEquals(1, since.size(), "one change made it, the other got 409: " + since);
        browser.assertDutch("edit", ENGLISH);
        browser.assertNoConsoleErrors("status of 409");

        HttpJson.Response restore = browser.http.send("PUT", "/api/partners/" + id, renamed(partner, original));
        assertEquals(200, restore.status(), restore.text());
    }

    @Test
    void a_tie_is_drawn_with_verbinden_met_and_ended_by_setting_until() {
        JsonNode link = browser.api("/api/analysis/missing-links?view=collaboration&limit=1")
                .at("/links/0");
        String a = end(link.get("source"));
        String b = end(link.get("target"));
        assertTrue(!a.isEmpty() && !b.isEmpty(), "a suggested pair of partners: " + link);
        String today = LocalDate.now().toString();
        openAndSelect(a, nameOf(a));

        click("[data-edit='connect']");
        browser.until(d -> text("edit-form").contains("Klik nu op de partner"));
        browser.js("cy.getElementById(arguments[0]).emit('tap')", b);
        browser.until(d -> !d.findElements(By.id("tie-kind")).isEmpty());
        new Select(browser.driver.findElement(By.id("tie-kind"))).selectByValue("joint-project");
        WebElement trust = browser.driver.findElement(By.id("tie-trust"));
        trust.clear();
        trust.sendKeys("4");
        click("[data-edit='save-tie']");
        browser.until(d -> text("edit-message").startsWith("Opgeslagen"));

        JsonNode tie = tie(a, b, today);
        assertEquals("joint-project", tie.get("kind").asText());
        assertEquals(4, tie.get("trust").asInt());
        assertTrue(tie.path("until").isMissingNode() || tie.get("until").isNull(), tie.toString());
        browser.until(d -> Boolean.TRUE.equals(browser.js(
                "return cy.edges().some(e => (e.data('source') === arguments[0]"
                        + " && e.data('target') === arguments[1]) || (e.data('source') === arguments[1] && e.data('target') === arguments[0]))",
                a,
                b)));

        openAndSelect(a, nameOf(a));
        String end = "#edit-ties button[data-b='" + (a.compareTo(b) < 0 ? b : a) + "'][data-since='" + today + "']";
        browser.until(d -> !d.findElements(By.cssSelector(end)).isEmpty());
        click(end);
        browser.until(d -> text("edit-message").startsWith("Opgeslagen"));
        JsonNode ended = tie(a, b, today);
        assertEquals(today, ended.get("until").asText(), "ending sets until and keeps the row: " + ended);
        assertEquals("joint-project", ended.get("kind").asText());
        browser.assertNoConsoleErrors();
    }

    // ---- helpers ----

    private static JsonNode partnerOnTheMap(int index) {
        JsonNode graph = browser.api("/api/graph?view=collaboration");
        String id = graph.get("nodes").get(index * 7 + 3).at("/data/id").asText();
        return browser.api("/api/partners/" + id);
    }

    private static void openAndSelect(String id, String name) {
        browser.openInDutch("/?view=ecosystem");
        browser.until(d -> d.findElement(By.id("edit")).isDisplayed());
        browser.js("cy.getElementById(arguments[0]).emit('tap')", id);
        browser.until(d -> name.equals(d.findElement(By.id("edit-name")).getAttribute("value")));
    }

    /** The partner's row with another name, leaving out empty fields (as the app sends it). */
    private static ObjectNode renamed(JsonNode partner, String name) {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> field : partner.properties()) {
            if (!field.getValue().isNull()) {
                row.set(field.getKey(), field.getValue());
            }
        }
        return row.put("name", name);
    }

    /** An end of a suggested link: its id, whether the link names it as text or as an object. */
    private static String end(JsonNode node) {
        return node == null
                ? ""
                : node.isTextual() ? node.asText() : node.path("id").asText();
    }

    private static String nameOf(String id) {
        return browser.api("/api/partners/" + id).get("name").asText();
    }

    private static JsonNode tie(String a, String b, String since) {
        JsonNode tie = browser.collaboration(a, b, since);
        if (tie != null) {
            return tie;
        }
        throw new AssertionError("no collaboration " + a + " – " + b + " since " + since);
    }

    private static void waitForLabel(String id, String label) {
        browser.until(d -> label.equals(browser.js("return cy.getElementById(arguments[0]).data('label')", id)));
    }

    private static void click(String css) {
        browser.driver.findElement(By.cssSelector(css)).click();
    }

    private static String text(String id) {
        return browser.text(id);
    }
}
