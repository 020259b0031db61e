package be.tafel.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.demo.DemoNetwork;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * What the API computes and the app shows: brokerage roles, constraint and effective size in a partner's
 * details, a service's 5 B's, the members' engagement and who joined or left the table — in Dutch.
 */
class ComputedBrowserTest extends BrokerPageTest {
    private static final List<String> ENGLISH =
            List.of("Brokerage", "Effective size", "Access", "reachable ", "Engagement", "Joined", "nobody");
    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

    @Test
    void a_partners_details_show_its_brokerage_roles_constraint_and_effective_size() {
        String today = LocalDate.now().toString();
        JsonNode roles = find(
                browser.api("/api/analysis/brokerage?view=referral&groupBy=sector&limit=10000&at=" + today)
                        .get("nodes"),
                "partner-ocmw");
        JsonNode holes = find(
                browser.api("/api/analysis/centrality?view=collaboration&limit=10000&at=" + today)
                        .get("nodes"),
                "partner-ocmw");
        assertTrue(roles.get("total").asInt() > 0, "the OCMW brokers referrals in the demo town");
        browser.openInDutch("/?view=collaboration");

        tap("partner-ocmw");
        browser.until(d -> !d.findElements(By.id("brokerage-roles")).isEmpty()
                && !d.findElements(By.id("structural-holes")).isEmpty());

        String brokerage = browser.text("brokerage-roles");
        assertTrue(
                brokerage.contains("Samen "
                        + String.format(DUTCH, "%,d", roles.get("total").asInt())),
                brokerage);
        assertTrue(
                brokerage.contains("Verbinder "
                        + String.format(DUTCH, "%,d", roles.get("liaison").asInt())),
                brokerage);
        String structure = browser.text("structural-holes");
        assertTrue(
                structure.contains("Ingeslotenheid "
                        + String.format(DUTCH, "%.3f", holes.get("constraint").asDouble())),
                structure);
        assertTrue(
                structure.contains("Effectieve omvang "
                        + String.format(
                                DUTCH, "%.1f", holes.get("effectiveSize").asDouble())),
                structure);
        browser.assertDutch("details", ENGLISH);
        browser.assertNoConsoleErrors();
    }

    @Test
    void a_services_details_show_its_five_bs_in_dutch() {
        JsonNode service = browser.api("/api/services?limit=1").at("/items/0");
        browser.openInDutch("/?mode=map");

        tap(service.get("id").asText());
        browser.until(d -> !d.findElements(By.id("access-scores")).isEmpty());

        assertEquals(5L, browser.js("return document.querySelectorAll('#access-scores li').length"));
        for (String[] b : new String[][] {
            {"reachable", "bereikbaar"},
            {"available", "beschikbaar"},
            {"affordable", "betaalbaar"},
            {"usable", "bruikbaar"},
            {"understandable", "begrijpbaar"}
        }) {
            String li = "#access-scores li[data-b='" + b[0] + "'] ";
            assertEquals(b[1], browser.js("return document.querySelector(arguments[0]).innerText", li + ".b-name"));
            assertEquals(
                    service.at("/access/" + b[0]).asInt() + "/5",
                    browser.js("return document.querySelector(arguments[0]).innerText", li + ".score"));
        }
        browser.assertDutch("details", ENGLISH);
        browser.assertNoConsoleErrors();
    }

    @Test
    void table_mode_shows_each_members_engagement_and_who_joined_or_left() {
        LocalDate today = LocalDate.now();
        JsonNode table = browser.api("/api/tables/" + DemoNetwork.STEERING_TABLE + "/analysis");
        JsonNode compared = browser.api(
                "/api/tables/" + DemoNetwork.STEERING_TABLE + "/compare?from=" + today.minusYears(1) + "&to=" + today);
        browser.openInDutch("/?mode=table&table=" + DemoNetwork.STEERING_TABLE);

        browser.until(d -> d.findElement(By.id("engagement")).isDisplayed()
                && !d.findElements(By.id("turnover-joined")).isEmpty());

        JsonNode engagement = table.get("engagement");
        assertEquals(
                (long) engagement.size(),
                browser.js("return document.querySelectorAll('#engagement tbody tr').length"));
        JsonNode first = engagement.get(0);
        String row = (String) browser.js(
                "return document.querySelector('#engagement tr[data-id=\"' + arguments[0] + '\"]').innerText",
                first.get("id").asText());
        assertTrue(row.contains(first.get("name").asText()), row);
        assertTrue(
                row.contains(String.format(
                        DUTCH, "%,d", first.get("referralsReceived").asInt())),
                row);
        assertTrue(
                browser.text("turnover-joined")
                        .startsWith("Erbij gekomen (" + compared.get("joined").size() + ")"),
                browser.text("turnover-joined"));
        assertTrue(
                browser.text("turnover-left")
                        .startsWith("Vertrokken (" + compared.get("left").size() + ")"),
                browser.text("turnover-left"));
        browser.assertDutch("engagement", ENGLISH);
        browser.assertNoConsoleErrors();
    }

    @Test
    void the_map_lists_each_sectors_e_i_index_and_names_the_silo() {
        JsonNode sectors = browser.api("/api/analysis/communities?view=collaboration&at=" + LocalDate.now())
                .get("sectors");
        assertTrue(sectors.size() > 3, "the demo town's sectors: " + sectors);
        browser.openInDutch("/?view=collaboration");

        browser.until(d -> d.findElement(By.id("sectors")).isDisplayed());

        List<String> shown = browser.driver.findElements(By.cssSelector("#sectors-body li[data-sector]")).stream()
                .map(e -> e.getAttribute("data-sector"))
                .toList();
        List<String> expected = new java.util.ArrayList<>();
        sectors.forEach(x -> {
            if (!x.get("eiIndex").isNull()) {
                expected.add(x.get("sector").asText());
            }
        });
        assertEquals(expected, shown, "every sector, the most inward-looking first");
        String first = browser.driver
                .findElement(By.cssSelector("#sectors-body li[data-sector] .name"))
                .getText();
        String silo = browser.text("sectors-silo");
        assertTrue(silo.contains(first), silo);
        assertTrue(
                silo.contains(sectors.get(0).get("eiIndex").asDouble() < 0 ? "is een silo" : "Geen sector is een silo"),
                silo);
        browser.assertDutch("sectors", ENGLISH);
        browser.assertNoConsoleErrors();
    }

    private static void tap(String id) {
        browser.until(d -> Boolean.TRUE.equals(browser.js("return cy.getElementById(arguments[0]).nonempty()", id)));
        browser.js("cy.getElementById(arguments[0]).emit('tap'); return null", id);
    }

    private static JsonNode find(JsonNode nodes, String id) {
        for (JsonNode n : nodes) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError(id + " is not in " + nodes);
    }
}
