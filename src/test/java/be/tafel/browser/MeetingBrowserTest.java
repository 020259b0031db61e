package be.tafel.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.demo.DemoNetwork;
import be.tafel.support.HttpJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Meeting mode at the demo's steering group: large text and 44 px touch targets, influence and stance per
 * actor, a partner and a tie added, and the session saved as a dated snapshot that the API reads back.
 */
class MeetingBrowserTest extends BrokerPageTest {
    private static final List<String> ENGLISH = List.of("Influence", "Stance", "supports", "opposes", "Save", "Add");

    @Test
    void a_meeting_session_is_saved_with_influence_stance_a_new_partner_and_a_tie() throws IOException {
        String table = DemoNetwork.STEERING_TABLE;
        browser.openInDutch("/?table=" + table);
        browser.until(d -> d.findElement(By.id("meeting-start")).isDisplayed());
        browser.driver.findElement(By.id("meeting-start")).click();
        browser.until(d ->
                !d.findElements(By.cssSelector("#meeting-body tr[data-actor]")).isEmpty());

        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#meeting-body tr[data-actor]"));
        JsonNode seated = browser.api("/api/tables/" + table + "/analysis").get("atTheTable");
        assertEquals(seated.size(), rows.size(), "one row per member at the table");
        for (WebElement button : browser.driver.findElements(By.cssSelector("#meeting button"))) {
            if (button.isDisplayed()) {
                assertTrue(
                        button.getSize().getHeight() >= 44 && button.getSize().getWidth() >= 44,
                        "touch target " + button.getText() + " is " + button.getSize());
            }
        }
        String fontSize = (String) browser.js("return getComputedStyle(document.getElementById('meeting')).fontSize");
        assertTrue(Double.parseDouble(fontSize.replace("px", "")) >= 20, "large text: " + fontSize);

        String first = rows.get(0).getDomAttribute("data-actor");
        String second = rows.get(1).getDomAttribute("data-actor");
        click("tr[data-actor='" + first + "'] button[data-influence='4']");
        click("tr[data-actor='" + first + "'] button[data-stance='supports']");
        click("tr[data-actor='" + second + "'] button[data-influence='2']");
        click("tr[data-actor='" + second + "'] button[data-stance='opposes']");
        browser.driver.findElement(By.id("meeting-partner")).sendKeys("Buurtwerk De Vergadering");
        click("[data-meeting='add-partner']");
        browser.until(d ->
                d.findElements(By.cssSelector("#meeting-body tr[data-actor]")).size() == seated.size() + 1);
        String added = browser.driver
                .findElements(By.cssSelector("#meeting-body tr[data-actor]"))
                .getLast()
                .getDomAttribute("data-actor");
        new Select(browser.driver.findElement(By.id("meeting-tie-a"))).selectByValue(first);
        new Select(browser.driver.findElement(By.id("meeting-tie-b"))).selectByValue(added);
        click("[data-meeting='add-tie']");
        browser.until(d ->
                d.findElements(By.cssSelector("#meeting-body .meeting-ties li")).size() == 1);
        assertEquals(
                "true",
                browser.driver
                        .findElement(By.cssSelector("tr[data-actor='" + first + "'] button[data-influence='4']"))
                        .getDomAttribute("aria-pressed"));
        browser.assertDutch("meeting", ENGLISH);
        browser.screenshot("meeting.png");

        browser.driver.findElement(By.id("meeting-save")).click();
        browser.until(d -> !browser.text("meeting-message").isEmpty());
        assertTrue(browser.text("meeting-message").startsWith("Sessie bewaard"), browser.text("meeting-message"));

        String sessionId = (String) browser.js("return document.getElementById('meeting-message').dataset.session");
        JsonNode session = browser.api("/api/tables/" + table + "/sessions/" + sessionId);
        JsonNode actors = session.get("actors");
        assertEquals(seated.size() + 1, actors.size());
        for (JsonNode a : actors) {
            if (a.get("id").asText().equals(first)) {
                assertEquals(4, a.get("influence").asInt());
                assertEquals("supports", a.get("stance").asText());
            }
            if (a.get("id").asText().equals(second)) {
                assertEquals(2, a.get("influence").asInt());
                assertEquals("opposes", a.get("stance").asText());
            }
        }
        assertEquals(
                "Buurtwerk De Vergadering",
                browser.api("/api/partners/" + added).get("name").asText());
        boolean tie = false;
        for (JsonNode c : browser.api("/api/collaborations?limit=10000").get("items")) {
            tie |= (c.get("a").asText().equals(first) && c.get("b").asText().equals(added))
                    || (c.get("a").asText().equals(added) && c.get("b").asText().equals(first));
        }
        assertTrue(tie, "the tie drawn in the meeting joined the network");
        browser.assertNoConsoleErrors();
    }

    @Test
    void a_new_session_shows_what_changed_since_last_years_session() throws IOException {
        String table = DemoNetwork.STEERING_TABLE;
        JsonNode seated = browser.api("/api/tables/" + table + "/analysis").get("atTheTable");
        String first = seated.get(0).get("id").asText();
        String second = seated.get(1).get("id").asText();
        String firstName = seated.get(0).path("name").asText(first);
        // last year's session, saved through the API: the first member rated 1 and neutral, the second opposed
        HttpJson.Response lastYear = browser.http.post(
                "/api/tables/" + table + "/sessions",
                java.util.Map.of(
                        "date",
                        "2025-12-05",
                        "actors",
                        List.of(
                                java.util.Map.of("id", first, "influence", 1, "stance", "neutral"),
                                java.util.Map.of("id", second, "influence", 3, "stance", "opposes"))));
        assertEquals(201, lastYear.status(), lastYear.text());
        String lastYearId = lastYear.json().get("id").asText();

        browser.openInDutch("/?table=" + table);
        browser.until(d -> d.findElement(By.id("meeting-start")).isDisplayed());
        browser.driver.findElement(By.id("meeting-start")).click();
        browser.until(d ->
                !d.findElements(By.cssSelector("#meeting-body tr[data-actor]")).isEmpty());
        click("tr[data-actor='" + first + "'] button[data-influence='4']");
        click("tr[data-actor='" + first + "'] button[data-stance='supports']");
        click("tr[data-actor='" + second + "'] button[data-influence='3']");
        click("tr[data-actor='" + second + "'] button[data-stance='opposes']");
        browser.driver.findElement(By.id("meeting-save")).click();
        browser.until(d -> !d.findElements(By.id("meeting-compare")).isEmpty());
        // another test may have saved a session today: compare with last year's explicitly then
        if (!lastYearId.equals(
                browser.driver.findElement(By.id("meeting-compare")).getDomAttribute("data-previous"))) {
            new Select(browser.driver.findElement(By.id("meeting-compare-with"))).selectByValue(lastYearId);
            browser.until(d ->
                    lastYearId.equals(d.findElement(By.id("meeting-compare")).getDomAttribute("data-previous")));
        }

        String shown = browser.text("meeting-compare");
        assertTrue(shown.contains("Vergeleken met de sessie van"), shown);
        String influence = browser.driver
                .findElement(By.cssSelector("[data-compare='influence']"))
                .getText();
        assertTrue(influence.contains(firstName + ": 1 → 4"), influence);
        String stance = browser.driver
                .findElement(By.cssSelector("[data-compare='stance']"))
                .getText();
        assertTrue(stance.contains(firstName + ": neutraal → steunt"), stance);
        assertTrue(!stance.contains(seated.get(1).path("name").asText(second) + ":"), "the second kept its stance");
        int added = browser.driver
                .findElements(By.cssSelector("[data-compare='added'] li"))
                .size();
        assertEquals(seated.size() - 2, added, "every other member is newly rated: " + shown);
        browser.assertDutch("meeting", ENGLISH);
        browser.js("document.getElementById('meeting-compare').scrollIntoView()");
        browser.screenshot("meeting-compare.png");
        String sessionId = (String) browser.js("return document.getElementById('meeting-message').dataset.session");
        JsonNode api = browser.api("/api/tables/" + table + "/sessions/" + sessionId + "/compare?with=" + lastYearId);
        assertEquals(3, api.at("/influenceChanged/0/change").asInt());
        browser.assertNoConsoleErrors();
    }

    private static void click(String css) {
        browser.driver.findElement(By.cssSelector(css)).click();
    }
}
