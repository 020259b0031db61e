package be.tafel.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.demo.DemoNetwork;
import be.tafel.support.HttpJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Visits every page and mode of the app — the landing page, each view of the map with every toggle, the
 * difference mode, each table, meeting mode, the change page, projector mode, the help, English, the survey
 * pages and the questionnaire — and fails on any console error, naming the page.
 */
class EveryPageBrowserTest extends BrokerPageTest {

    @Test
    void no_page_or_mode_of_the_app_logs_a_console_error() {
        String yearAgo = LocalDate.now().minusYears(1).toString();
        List<String> pages = new ArrayList<>(List.of(
                "/",
                "/?lang=en",
                "/?mode=map",
                "/?view=collaboration",
                "/?view=referral",
                "/?view=shared-families",
                "/?view=ecosystem&aggregateFamilies=false",
                "/?view=collaboration&articulation=true&suggested=true&community=true&ties=true&size=betweenness",
                "/?view=referral&articulation=true&ties=true&size=pagerank",
                "/?view=ecosystem&articulation=true&suggested=true&method=jaccard&size=coreness",
                "/?view=collaboration&since=" + yearAgo,
                "/?mode=map&lang=en",
                "/?at=2024-06-01",
                "/?mode=table&table=" + DemoNetwork.STEERING_TABLE,
                "/?mode=table&table=table-broad",
                "/?mode=table&table=table-working-group&since=" + yearAgo,
                "/?mode=change",
                "/?mode=change&lang=en",
                "/surveys.html"));
        // a survey wave, its page and a partner's questionnaire
        HttpJson.Response wave = browser.http.post(
                "/api/surveys",
                Map.of(
                        "name",
                        "Bevraging voor elke pagina",
                        "partners",
                        List.of("partner-caw", "partner-ocmw", "partner-clb"),
                        "closes",
                        LocalDate.now().plusDays(10).toString()));
        assertEquals(201, wave.status(), wave.text());
        pages.add("/surveys.html?wave=" + wave.json().get("id").asText());
        String url = wave.json().at("/links/0/url").asText();
        pages.add(url.substring(url.indexOf("/survey.html")));

        List<String> failures = new ArrayList<>();
        for (String page : pages) {
            browser.openInDutch(page);
            failures.addAll(errors(page));
        }

        // what only a click opens: a node's details and its what-if, meeting mode, projector mode and the help
        browser.openInDutch("/?view=collaboration");
        browser.js("const n = cy.nodes('[type=\"partner\"]').max(n => n.degree()).ele; n.emit('tap'); return null");
        browser.until(d -> d.findElement(By.id("details")).isDisplayed()
                && !d.findElements(By.cssSelector("#details [data-action=what-if]"))
                        .isEmpty());
        browser.driver
                .findElement(By.cssSelector("#details [data-action=what-if]"))
                .click();
        browser.until(d -> d.findElement(By.id("whatif")).isDisplayed());
        browser.driver.findElement(By.id("projector-toggle")).click();
        browser.driver.findElement(By.id("help-open")).click();
        browser.until(d -> d.findElement(By.id("help")).isDisplayed());
        failures.addAll(errors("details, what-if, projector and help on the map"));

        browser.openInDutch("/?mode=table&table=" + DemoNetwork.STEERING_TABLE);
        browser.until(d -> d.findElement(By.id("meeting-start")).isDisplayed());
        browser.driver.findElement(By.id("meeting-start")).click();
        browser.until(d -> d.findElement(By.id("meeting")).isDisplayed());
        failures.addAll(errors("meeting mode"));
        browser.js("localStorage.removeItem('tafel.projector'); return null");

        assertTrue(failures.isEmpty(), "console errors:\n" + String.join("\n", failures));
    }

    private static List<String> errors(String page) {
        List<String> found = new ArrayList<>();
        for (LogEntry e : browser.driver.manage().logs().get(LogType.BROWSER).getAll()) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                found.add(page + ": " + e.getMessage());
            }
        }
        return found;
    }
}
