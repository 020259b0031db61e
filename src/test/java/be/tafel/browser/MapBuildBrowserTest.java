package be.tafel.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * Building the network on the map as a broker: a person, a service and a table added from the edit panel, a
 * partner seated at a table and leaving it, and a tie drawn by dragging from one partner to another. Each edit is
 * checked through the API, shows in "Wijzigingen in deze sessie" and is undone through the journal.
 */
class MapBuildBrowserTest extends BrokerPageTest {
    private static final List<String> ENGLISH =
            List.of("Add a", "Save", "Leave", "Seat", "Draw", "Works for", "Offered", "Role");

    @Test
    void a_person_a_service_and_a_table_are_added_from_the_edit_panel_and_the_last_is_undone() throws IOException {
        String partner = partnerOnTheMap(2);
        openAndSelect("/?view=ecosystem", partner);

        click("#edit-add-person");
        browser.until(d -> !d.findElements(By.id("new-role")).isEmpty());
        assertEquals(
                partner,
                new Select(find("new-works-for")).getFirstSelectedOption().getDomAttribute("value"),
                "the chosen partner is the new person's employer");
        find("new-name").sendKeys("Brugfiguur Kaartstraat");
        new Select(find("new-role")).selectByValue("bridge-figure");
        browser.assertDutch("edit", ENGLISH);
        browser.screenshot("edit-add-person.png");
        String person = saveNew();
        JsonNode saved = browser.api("/api/persons/" + person);
        assertEquals("Brugfiguur Kaartstraat", saved.get("name").asText());
        assertEquals("bridge-figure", saved.get("role").asText());
        assertEquals(partner, saved.get("worksFor").asText());

        click("#edit-add-service");
        browser.until(d -> !d.findElements(By.id("new-domain")).isEmpty());
        find("new-name").sendKeys("Huiswerkbegeleiding Kaartstraat");
        new Select(find("new-domain")).selectByValue("education");
        find("new-age-min").sendKeys("6");
        find("new-age-max").sendKeys("12");
        String service = saveNew();
        JsonNode offered = browser.api("/api/services/" + service);
        assertEquals(partner, offered.get("provider").asText(), "offered by the chosen partner");
        assertEquals("education", offered.get("domain").asText());
        assertEquals(12, offered.get("ageMax").asInt());

        click("#edit-add-table");
        browser.until(d -> !d.findElements(By.id("new-kind")).isEmpty());
        find("new-name").sendKeys("Werkgroep Kaartstraat");
        new Select(find("new-kind")).selectByValue("working-group");
        String table = saveNew();
        assertEquals(
                "working-group", browser.api("/api/tables/" + table).get("kind").asText());
        browser.until(d -> d.findElements(By.cssSelector("#session-body li[data-op='create']"))
                        .size()
                >= 3);

        click("#edit-undo");
        browser.until(d -> text("edit-message").startsWith("Ongedaan gemaakt"));
        assertEquals(404, browser.http.get("/api/tables/" + table).status(), "undo took the table back out");
        assertEquals(200, browser.http.get("/api/services/" + service).status());
        browser.assertNoConsoleErrors("status of 404");
    }

    @Test
    void a_partner_is_seated_at_a_table_and_leaves_it_from_the_panel_keeping_its_history() {
        String partner = partnerOnTheMap(4);
        String today = LocalDate.now().toString();
        openAndSelect("/?view=ecosystem", partner);
        browser.until(d -> !d.findElements(By.cssSelector("#seat-table option")).isEmpty());
        String table = new Select(find("seat-table")).getFirstSelectedOption().getDomAttribute("value");

        click("[data-edit='seat']");
        browser.until(d -> text("edit-message").startsWith("Opgeslagen"));
        JsonNode seat = seat(partner, table, today);
        assertTrue(seat.path("until").isMissingNode() || seat.get("until").isNull(), seat.toString());
        String leave = "#edit-seats button[data-table='" + table + "']";
        browser.until(d -> !d.findElements(By.cssSelector(leave)).isEmpty());
        browser.assertDutch("edit", ENGLISH);

        click(leave);
        browser.until(
                d -> today.equals(seat(partner, table, today).path("until").asText()));
        browser.until(d -> d.findElements(By.cssSelector(leave)).isEmpty()
                && text("edit-seats").contains("tot en met"));
        assertEquals("member", seat(partner, table, today).get("role").asText(), "the seat keeps its row");

        click("#edit-undo");
        browser.until(d -> text("edit-message").startsWith("Ongedaan gemaakt"));
        assertFalse(today.equals(seat(partner, table, today).path("until").asText()), "undo seats the partner again");
        browser.assertNoConsoleErrors();
    }

    @Test
    void a_tie_is_drawn_by_dragging_from_one_partner_to_another_then_described_and_undone() throws IOException {
        JsonNode link = browser.api("/api/analysis/missing-links?view=collaboration&limit=1")
                .at("/links/0");
        String a = end(link.get("source"));
        String b = end(link.get("target"));
        String today = LocalDate.now().toString();
        openAndSelect("/?view=collaboration", a);
        // both ends large on the screen, away from the panel's edge
        browser.js("cy.fit(cy.getElementById(arguments[0]).union(cy.getElementById(arguments[1])), 160)", a, b);

        click("#edit-draw");
        assertEquals("true", find("edit-draw").getDomAttribute("aria-pressed"));
        browser.until(d -> text("edit-message").startsWith("Sleep op de kaart"));
        WebElement map = find("cy");
        Map<String, Long> from = offset(a);
        Map<String, Long> to = offset(b);
        new Actions(browser.driver)
                .moveToElement(map, from.get("x").intValue(), from.get("y").intValue())
                .clickAndHold()
                .moveByOffset(5, 5)
                .moveToElement(
                        map, (int) ((from.get("x") + to.get("x")) / 2), (int) ((from.get("y") + to.get("y")) / 2))
                .moveToElement(map, to.get("x").intValue(), to.get("y").intValue())
                .release()
                .perform();

        browser.until(d -> !d.findElements(By.id("tie-kind")).isEmpty());
        assertTrue(text("edit-form").contains("Samenwerking tussen"), text("edit-form"));
        assertEquals(0L, browser.js("return cy.$('#draw-tie-ghost').length"), "the dashed line is gone");
        new Select(find("tie-kind")).selectByValue("case-consultation");
        WebElement trust = find("tie-trust");
        trust.clear();
        trust.sendKeys("4");
        browser.screenshot("edit-draw-tie.png");
        click("[data-edit='save-tie']");
        browser.until(d -> text("edit-message").startsWith("Opgeslagen"));
        JsonNode tie = tie(a, b, today);
        assertEquals("case-consultation", tie.get("kind").asText());
        assertEquals(4, tie.get("trust").asInt());
        browser.until(d -> Boolean.TRUE.equals(browser.js(
                "return cy.edges().some(e => (e.data('source') === arguments[0] && e.data('target') === arguments[1])"
                        + " || (e.data('source') === arguments[1] && e.data('target') === arguments[0]))",
                a,
                b)));

        click("#edit-undo");
        browser.until(d -> text("edit-message").startsWith("Ongedaan gemaakt"));
        assertTrue(browser.collaboration(a, b, today) == null, "undo takes the drawn tie back out");
        click("#edit-draw");
        assertEquals("false", find("edit-draw").getDomAttribute("aria-pressed"));
        assertEquals(Boolean.FALSE, browser.js("return cy.autoungrabify()"), "nodes can be moved again");
        browser.assertNoConsoleErrors();
    }

    // ---- helpers ----

    /** Saves the open "new …" form and answers the id the app gave the new element. */
    private static String saveNew() {
        browser.js("document.getElementById('edit-message').dataset.created = ''");
        click("[data-edit='save-new']");
        browser.until(d -> text("edit-message").startsWith("Opgeslagen")
                && !((String) browser.js("return document.getElementById('edit-message').dataset.created")).isEmpty());
        return (String) browser.js("return document.getElementById('edit-message').dataset.created");
    }

    /** A node's rendered position as an offset from the middle of the map (what Actions moves to). */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> offset(String id) {
        return (Map<String, Long>) browser.js(
                "const p = cy.getElementById(arguments[0]).renderedPosition();"
                        + " return {x: Math.round(p.x - cy.width() / 2), y: Math.round(p.y - cy.height() / 2)};",
                id);
    }

    private static String partnerOnTheMap(int index) {
        JsonNode graph = browser.api("/api/graph?view=collaboration");
        return graph.get("nodes").get(index * 5 + 1).at("/data/id").asText();
    }

    private static void openAndSelect(String page, String id) {
        String name = browser.api("/api/partners/" + id).get("name").asText();
        browser.openInDutch(page);
        browser.until(d -> d.findElement(By.id("edit")).isDisplayed());
        browser.js("cy.getElementById(arguments[0]).emit('tap')", id);
        browser.until(d -> name.equals(d.findElement(By.id("edit-name")).getDomProperty("value")));
    }

    private static String end(JsonNode node) {
        return node == null
                ? ""
                : node.isTextual() ? node.asText() : node.path("id").asText();
    }

    private static JsonNode seat(String member, String table, String since) {
        for (JsonNode s : browser.api("/api/seats?limit=10000").get("items")) {
            if (s.get("member").asText().equals(member)
                    && s.get("table").asText().equals(table)
                    && since.equals(s.path("since").asText())) {
                return s;
            }
        }
        throw new AssertionError("no seat of " + member + " at " + table + " since " + since);
    }

    private static JsonNode tie(String a, String b, String since) {
        JsonNode tie = browser.collaboration(a, b, since);
        assertTrue(tie != null, "no collaboration " + a + " – " + b + " since " + since);
        return tie;
    }

    private static WebElement find(String id) {
        return browser.driver.findElement(By.id(id));
    }

    private static String text(String id) {
        return browser.text(id);
    }

    private static void click(String css) {
        browser.driver.findElement(By.cssSelector(css)).click();
    }
}
