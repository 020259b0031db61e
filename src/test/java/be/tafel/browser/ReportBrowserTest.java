package be.tafel.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.demo.DemoNetwork;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The reports for the steering group in a real browser against the demo: the partner page ({@code /?partner=ID})
 * and the table's scorecard ({@code /?scorecard=ID}) show their figures in Dutch without console errors, and
 * print (Chrome's Page.printToPDF, as "save as PDF") to A4 pages that pdftoppm renders and pdftotext reads with
 * the title, the date, the legend and page numbers.
 */
class ReportBrowserTest {
    /** English words that must not show in the Dutch reports. */
    private static final List<String> ENGLISH = List.of(
            "Partner page",
            "Key figures",
            "Ties by kind",
            "collaborations",
            "referrals",
            "Shared",
            "families",
            "Density",
            "Turnover",
            "Family voice",
            "Whole network",
            "Measure",
            "Sector median",
            "since",
            "joined",
            "unspecified",
            "not given",
            "case consultation",
            "joint project",
            "information exchange");

    private static BrokerBrowser browser;
    private static String partner;

    @BeforeAll
    static void startBrowserAndLoadTheDemo() throws IOException {
        browser = BrokerBrowser.start();
        JsonNode top = browser.api("/api/analysis/centrality?view=collaboration&limit=1&sort=betweenness")
                .at("/nodes/0");
        partner = top.get("id").asText();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void the_partner_page_shows_its_place_ties_standing_families_tables_and_introductions_in_dutch()
            throws IOException {
        JsonNode report = browser.api("/api/partners/" + partner + "/report");
        browser.openInDutch("/?partner=" + partner);
        assertEquals("ready", browser.js("return document.body.dataset.state"));
        String name = report.at("/partner/name").asText();
        assertEquals("Partnerfiche: " + name, browser.text("report-title"));
        assertTrue(browser.text("report-date").startsWith("Stand op "), browser.text("report-date"));
        // the small map is drawn (a canvas with pixels) and holds the partner and its neighbours
        assertTrue(
                browser.driver
                                .findElements(By.cssSelector("#report-map-canvas canvas"))
                                .size()
                        > 0,
                "no map canvas");
        String figures = browser.text("report-figures");
        assertTrue(figures.contains(report.at("/ties/collaborations").size() + "\nsamenwerkingen"), figures);
        String standing = browser.text("report-standing");
        for (String score : List.of("Contacten", "Tussenpositie", "Invloed", "Nabijheid")) {
            assertTrue(standing.contains(score), standing);
        }
        assertTrue(standing.contains("Percentiel in de sector"), standing);
        String introductions = browser.text("report-introductions");
        if (report.get("introductions").size() > 0) {
            assertTrue(introductions.contains(report.at("/introductions/0/name").asText()), introductions);
        }
        String tables = browser.text("report-tables");
        for (JsonNode seat : report.get("tables")) {
            assertTrue(tables.contains(seat.get("name").asText()), tables);
        }
        String legend = browser.text("report-legend");
        assertTrue(legend.contains("Legende") && legend.contains("Samenwerking") && legend.contains("<5"), legend);
        browser.assertDutch("report", ENGLISH);
        browser.assertNoConsoleErrors();
        browser.screenshot("report-partner.png");
    }

    @Test
    void the_scorecard_shows_provan_and_milward_indicators_in_dutch() throws IOException {
        JsonNode card = browser.api("/api/tables/" + DemoNetwork.STEERING_TABLE + "/scorecard");
        browser.openInDutch("/?scorecard=" + DemoNetwork.STEERING_TABLE);
        assertEquals("Scorekaart van het netwerk: " + card.at("/table/name").asText(), browser.text("report-title"));
        String scores = browser.text("report-scores");
        for (String indicator : List.of(
                "Grootte",
                "Dichtheid",
                "Centralisatie",
                "Wederkerigheid",
                "Meervoudige banden",
                "Verloop",
                "Levensdomeinen",
                "Wijken",
                "Leeftijden",
                "Stem van gezinnen")) {
            assertTrue(scores.contains(indicator), indicator + " missing: " + scores);
        }
        // Dutch decimals: the members' density as the API gives it, with a decimal comma
        String density = String.format(
                        java.util.Locale.ROOT,
                        "%.2f",
                        card.at("/members/density").asDouble())
                .replace('.', ',');
        assertTrue(scores.contains(density), density + " not in " + scores);
        assertTrue(scores.contains(card.at("/familyVoice/present").asBoolean() ? "ja" : "nee"), scores);
        assertTrue(browser.text("report-legend").contains("Legende"));
        browser.assertDutch("report", ENGLISH);
        browser.assertNoConsoleErrors();
        browser.screenshot("report-scorecard.png");
    }

    @Test
    void table_mode_links_to_the_tables_scorecard() {
        browser.openInDutch("/?table=" + DemoNetwork.STEERING_TABLE);
        browser.until(d ->
                !d.findElements(By.cssSelector("#table-body a.report-link")).isEmpty());
        var link = browser.driver.findElement(By.cssSelector("#table-body a.report-link"));
        assertTrue(
                link.getAttribute("href").contains("scorecard=" + DemoNetwork.STEERING_TABLE),
                link.getAttribute("href"));
        link.click();
        browser.until(d -> Boolean.TRUE.equals(browser.js("return window.tafelReady === true"))
                && "ready".equals(browser.js("return document.body.dataset.state"))
                && !d.findElements(By.id("report-title")).isEmpty());
        assertTrue(
                browser.text("report-title").startsWith("Scorekaart van het netwerk: "), browser.text("report-title"));
        browser.assertNoConsoleErrors();
    }

    @Test
    void the_reports_switch_to_english_and_an_unknown_partner_says_so() {
        browser.openInDutch("/?scorecard=" + DemoNetwork.STEERING_TABLE + "&lang=en");
        assertTrue(browser.text("report-title").startsWith("Network scorecard: "), browser.text("report-title"));
        browser.openInDutch("/?partner=nobody-at-all");
        assertEquals("error", browser.js("return document.body.dataset.state"));
        assertTrue(browser.text("report").contains("nobody-at-all"), browser.text("report"));
        browser.assertNoConsoleErrors("status of 404");
    }

    @Test
    void the_partner_page_prints_to_a4_with_title_date_legend_and_page_numbers() throws Exception {
        browser.openInDutch("/?partner=" + partner);
        String title = browser.text("report-title");
        assertPrints("partner", title, "Legende");
    }

    @Test
    void the_scorecard_prints_to_a4_with_title_date_legend_and_page_numbers() throws Exception {
        browser.openInDutch("/?scorecard=" + DemoNetwork.STEERING_TABLE);
        String title = browser.text("report-title");
        assertPrints("scorecard", title, "Legende");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_map_png_carries_a_title_its_date_and_a_legend() throws IOException {
        browser.openInDutch("/?view=collaboration");
        browser.driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        Map<String, Object> framed =
                (Map<String, Object>) browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " import('/js/exporter.js').then((m) => m.framed()).then(async (f) => {"
                        + "   const bytes = new Uint8Array(await f.blob.arrayBuffer()); let bin = '';"
                        + "   for (let i = 0; i < bytes.length; i += 32768)"
                        + "     bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 32768));"
                        + "   done({png: btoa(bin), title: f.title, subtitle: f.subtitle, mapTop: f.map.top,"
                        + "     mapHeight: f.map.height, legendTop: f.legend.top, items: f.items});"
                        + " }).catch((e) => done({error: String(e)}));");
        assertTrue(!framed.containsKey("error"), String.valueOf(framed.get("error")));
        assertEquals("Tafel — Samenwerking tussen partners", framed.get("title"));
        assertTrue(((String) framed.get("subtitle")).startsWith("Stand op "), (String) framed.get("subtitle"));
        byte[] bytes = Base64.getDecoder().decode((String) framed.get("png"));
        BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        int mapTop = ((Number) framed.get("mapTop")).intValue();
        int mapHeight = ((Number) framed.get("mapHeight")).intValue();
        int legendTop = ((Number) framed.get("legendTop")).intValue();
        // the title band above the map, the map, and the legend below it
        assertTrue(image.getHeight() > mapTop + mapHeight + 40, image.getHeight() + " <= map " + mapHeight);
        assertTrue(inked(image, 0, mapTop) > 0.01, "no title or date above the map");
        assertTrue(inked(image, legendTop, image.getHeight()) > 0.01, "no legend below the map");
        // the legend lists kinds of node, every sector and the lines: more than a handful of swatches
        assertTrue(
                ((Number) framed.get("items")).intValue() >= 4,
                framed.get("items").toString());
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = legendTop; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    colours.add(rgb & 0xf0f0f0);
                }
            }
        }
        assertTrue(colours.size() >= 4, "the legend has " + colours.size() + " colours");
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "map-export.png"), bytes);
        browser.assertNoConsoleErrors();
    }

    /** The share of pixels in rows {@code from} to {@code to} that are not (nearly) white. */
    private static double inked(BufferedImage image, int from, int to) {
        long inked = 0;
        for (int y = from; y < to; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                inked += ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 600 ? 1 : 0;
            }
        }
        return (double) inked / ((long) image.getWidth() * Math.max(1, to - from));
    }

    /**
     * Prints the page as Chrome's "save as PDF" does (the page's own @page size and margins), renders its first
     * page to PNG with pdftoppm and reads its text with pdftotext.
     */
    private static void assertPrints(String name, String title, String legend) throws Exception {
        Map<String, Object> pdf = browser.driver.executeCdpCommand(
                "Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", true));
        Path dir = Files.createTempDirectory("tafel-print");
        Path file = dir.resolve(name + ".pdf");
        Files.write(file, Base64.getDecoder().decode((String) pdf.get("data")));
        String text = run(dir, "pdftotext", "-layout", file.toString(), "-");
        // the first page carries the title, the date and the legend
        String first = run(dir, "pdftotext", "-layout", "-f", "1", "-l", "1", file.toString(), "-");
        String flowing = first.replaceAll("\\s+", " "); // a long title wraps
        assertTrue(flowing.contains(title), "no title '" + title + "' on the first page: " + first);
        assertTrue(first.contains("Stand op "), "no date on the first page: " + first);
        assertTrue(first.contains(legend), "no legend on the first page: " + first);
        int pages = Integer.parseInt(run(dir, "pdfinfo", file.toString())
                .lines()
                .filter(l -> l.startsWith("Pages:"))
                .findFirst()
                .orElseThrow()
                .replaceAll("\\D", ""));
        // "page / pages" at the foot of every page (pdftotext may close up the spaces)
        for (int p = 1; p <= pages; p++) {
            assertTrue(
                    java.util.regex.Pattern.compile("\\b" + p + "\\s*/\\s*" + pages + "\\b")
                            .matcher(text)
                            .find(),
                    "no page number " + p + " / " + pages + " in the PDF: " + text);
        }
        // a clean page: the page's buttons and links are not printed
        assertFalse(text.contains("Afdrukken of bewaren als PDF"), text);
        assertFalse(text.contains("Naar de kaart"), text);
        run(
                dir,
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-f",
                "1",
                "-l",
                "1",
                file.toString(),
                dir.resolve("page").toString());
        Path png;
        try (var files = Files.list(dir)) {
            png = files.filter(p -> p.getFileName().toString().endsWith(".png"))
                    .findFirst()
                    .orElseThrow();
        }
        BufferedImage page = ImageIO.read(png.toFile());
        // A4 portrait: 297 / 210
        assertEquals(297.0 / 210, (double) page.getHeight() / page.getWidth(), 0.02);
        double share = inked(page, 0, page.getHeight());
        assertTrue(share > 0.01, "the first page is (nearly) blank: " + share);
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(
                png,
                Path.of("target", "screenshots", "report-" + name + "-print.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + err);
        return out;
    }
}
