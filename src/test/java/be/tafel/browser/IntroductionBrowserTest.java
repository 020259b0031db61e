package be.tafel.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Introductions in the app: a suggested missing link becomes an introduction with an owner and a due date,
 * drawn as a dashed edge while open, moved forward to collaborating, and marked worked once the tie exists.
 */
class IntroductionBrowserTest extends BrokerPageTest {
    private static final List<String> ENGLISH =
            List.of("Introduce", "proposed", "contacted", "Next", "worked", "Worked");

    @Test
    void a_suggested_link_becomes_an_introduction_that_reaches_collaborating_and_worked() throws IOException {
        browser.openInDutch("/?suggested=true");
        browser.until(d -> d.findElement(By.id("intro")).isDisplayed()
                && !d.findElements(By.cssSelector("#highlights-body .introduce"))
                        .isEmpty());
        WebElement make = browser.driver.findElement(By.cssSelector("#highlights-body .introduce"));
        assertTrue(make.isDisplayed());
        assertEquals("Introduceren", make.getText());
        String a = make.getDomAttribute("data-introduce-a");
        String b = make.getDomAttribute("data-introduce-b");
        make.click();
        browser.until(d -> !d.findElements(By.id("intro-owner")).isEmpty());
        String owner = (String) browser.js("return document.getElementById('intro-owner').value");
        assertFalse(owner.isEmpty(), "a person follows the introduction up");
        browser.driver.findElement(By.cssSelector("[data-intro='create']")).click();
        browser.until(d -> !browser.text("intro-message").isEmpty());
        assertEquals("Introductie aangemaakt.", browser.text("intro-message"));

        JsonNode intro = introduction(a, b);
        assertEquals("proposed", intro.get("state").asText());
        assertEquals(owner, intro.get("owner").asText());
        String id = intro.get("id").asText();
        String item = "#intro-body li[data-id='" + id + "']";
        assertTrue(browser.driver.findElement(By.cssSelector(item)).getText().contains("voorgesteld"));
        browser.until(d -> ((Number) browser.js(
                                "return cy.edges('.introduction').filter(e => e.id() === 'introduction:' + arguments[0]).length",
                                id))
                        .intValue()
                == 1);
        assertEquals(
                "dashed",
                browser.js("return cy.getElementById('introduction:' + arguments[0]).style('line-style')", id));
        browser.screenshot("introduction.png");

        for (String state : List.of("contacted", "met", "collaborating")) {
            browser.until(
                    d -> { // a stale button (the list re-rendered) is not clicked: find it again
                        d.findElement(By.cssSelector(item + " button[data-state='" + state + "']"))
                                .click();
                        return true;
                    });
            browser.until(d -> state.equals(d.findElement(By.cssSelector(item)).getDomAttribute("data-state")));
            assertEquals(state, introduction(a, b).get("state").asText());
        }
        assertTrue(browser.driver.findElement(By.cssSelector(item)).getText().contains("werken samen"));
        assertFalse(introduction(a, b).get("worked").asBoolean(), "no tie yet");
        assertEquals(
                0L,
                ((Number) browser.js(
                                "return cy.edges('.introduction').filter(e => e.id() === 'introduction:' + arguments[0]).length",
                                id))
                        .longValue(),
                "only open introductions are drawn");

        // the tie appears (by an edit elsewhere); the introduction is marked worked
        HttpJson.Response tie = browser.http.post(
                "/api/collaborations",
                Map.of("a", a, "b", b, "since", LocalDate.now().toString(), "kind", "joint-project"));
        assertEquals(200, tie.status(), tie.text());
        assertTrue(introduction(a, b).get("worked").asBoolean());
        browser.openInDutch("/?mode=map");
        browser.until(d -> "true".equals(d.findElement(By.cssSelector(item)).getDomAttribute("data-worked")));
        assertTrue(
                browser.driver.findElement(By.cssSelector(item)).getText().contains("Gelukt: ze werken nu samen"),
                browser.driver.findElement(By.cssSelector(item)).getText());
        assertTrue(
                browser.text("intro-body").contains("Gelukte introducties per kwartaal"), browser.text("intro-body"));
        browser.assertDutch("intro", ENGLISH);
        browser.assertNoConsoleErrors();
    }

    private static JsonNode introduction(String a, String b) {
        for (JsonNode i : browser.api("/api/introductions").get("introductions")) {
            if (i.get("a").asText().equals(a) && i.get("b").asText().equals(b)
                    || i.get("a").asText().equals(b) && i.get("b").asText().equals(a)) {
                return i;
            }
        }
        throw new AssertionError("no introduction of " + a + " and " + b);
    }
}
