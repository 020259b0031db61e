package be.tafel.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.message.Message;
import be.tafel.model.Coded;
import be.tafel.model.PartnerKind;
import be.tafel.privacy.Audience;
import be.tafel.support.HttpJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Upload in the app: the files are checked by the server first (a dry run), every problem shows as a row of
 * the table with its section, row and field, nothing is written; a clean file is written only on "Toepassen".
 */
class UploadBrowserTest extends BrokerPageTest {
    private static final List<String> ENGLISH =
            List.of("required", "Apply", "problems", "Sheet", "Nothing", "must be", "neither", "is not", "(English)");
    private static final List<String> PARTNER_KINDS = Coded.codes(PartnerKind.class);

    @Test
    void an_upload_with_errors_lists_every_problem_and_writes_nothing() throws IOException {
        Map<String, String> files = new TreeMap<>(Map.of(
                "partners.csv", "id,name,kind\nup-bad-1,Bib,public\nup-bad-2,,public\nup-bad-3,Club,nonsense\n",
                "collaborations.csv", "a,b,since\nup-bad-1,nobody-at-all,2026-01-01\n"));
        HttpJson.Response dryRun = multipart("/api/import?dryRun=true", files);
        assertEquals(422, dryRun.status(), dryRun.text());
        JsonNode errors = dryRun.json().get("errors");
        assertTrue(errors.size() >= 3, "a missing name, an unknown kind and an unknown partner: " + errors);
        long before = browser.version();

        browser.openInDutch("/?mode=map");
        choose(write(files));
        browser.driver.findElement(By.id("upload-check")).click();
        browser.until(d ->
                !d.findElements(By.cssSelector("#upload-problems tbody tr")).isEmpty());

        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#upload-problems tbody tr"));
        assertEquals(errors.size(), rows.size(), "one row per problem the server found");
        List<String> shown = new ArrayList<>();
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertEquals(4, cells.size(), "section, row, field and the problem in Dutch; no English column");
            shown.add(cells.get(0).getText() + "|" + cells.get(1).getText() + "|"
                    + cells.get(2).getText() + "|" + cells.get(3).getText());
        }
        for (JsonNode e : errors) {
            String expected = e.path("section").asText("hele bestand") + "|"
                    + (e.path("row").isNull() ? "" : e.path("row").asText()) + "|"
                    + e.path("field").asText("") + "|" + dutch(e.get("problem"));
            assertTrue(shown.contains(expected), expected + " not among " + shown);
            assertFalse(
                    shown.stream().anyMatch(row -> row.endsWith(e.get("message").asText())), "English: " + e);
        }
        String table = browser.text("upload-problems");
        assertTrue(shown.contains("partners|3|name|name is verplicht"), shown.toString());
        assertTrue(
                shown.contains("partners|4|kind|kind moet een van deze waarden zijn: "
                        + String.join(", ", PARTNER_KINDS.subList(0, PARTNER_KINDS.size() - 1)) + " en "
                        + PARTNER_KINDS.getLast() + ", niet 'nonsense'"),
                shown.toString());
        assertTrue(
                shown.contains(
                        "collaborations|2|a|a 'nobody-at-all' staat niet in dit bestand en ook niet in de databank"),
                shown.toString());
        assertTrue(
                browser.driver
                        .findElements(By.cssSelector("#upload-problems [lang=en]"))
                        .isEmpty(),
                table);
        assertTrue(browser.text("upload-body").contains("Er is niets opgeslagen"), browser.text("upload-body"));
        assertFalse(
                browser.driver.findElement(By.id("upload-apply")).isDisplayed(), "no Toepassen for a file with errors");
        browser.assertDutch("upload", ENGLISH);
        browser.assertDutch("controls", List.of("Choose", "No file", "2 files"));
        assertEquals("Gekozen: collaborations.csv, partners.csv", browser.text("upload-chosen"));
        browser.screenshot("upload-problems.png");

        // in English on request: the same codes read as the server's English text
        browser.openInDutch("/?mode=map&lang=en");
        choose(write(files));
        browser.driver.findElement(By.id("upload-check")).click();
        browser.until(d ->
                !d.findElements(By.cssSelector("#upload-problems tbody tr")).isEmpty());
        List<String> english = new ArrayList<>();
        for (WebElement row : browser.driver.findElements(By.cssSelector("#upload-problems tbody tr"))) {
            english.add(row.findElements(By.tagName("td")).get(3).getText());
        }
        for (JsonNode e : errors) {
            assertTrue(english.contains(e.get("message").asText()), e.get("message") + " not among " + english);
        }

        assertEquals(before, browser.version(), "a dry run writes nothing");
        assertEquals(404, browser.http.get("/api/partners/up-bad-1").status());
        browser.assertNoConsoleErrors("status of 422");
    }

    @Test
    void a_clean_upload_is_written_only_when_toepassen_is_pressed() throws IOException {
        Map<String, String> files = Map.of("partners.csv", "id,name,kind\nup-ok-1,Bibliotheek Uploadstraat,public\n");
        long before = browser.version();

        browser.openInDutch("/?mode=map");
        choose(write(files));
        browser.driver.findElement(By.id("upload-check")).click();
        browser.until(d -> d.findElement(By.id("upload-apply")).isDisplayed());
        assertTrue(
                browser.text("upload-body").contains("Geen problemen gevonden: 1 rijen"), browser.text("upload-body"));
        assertEquals(before, browser.version(), "checking writes nothing");
        assertEquals(404, browser.http.get("/api/partners/up-ok-1").status());

        browser.driver.findElement(By.id("upload-apply")).click();
        browser.until(d -> d.findElement(By.id("upload-body")).getText().startsWith("Toegepast"));

        assertEquals(200, browser.http.get("/api/partners/up-ok-1").status());
        long after = browser.version();
        assertTrue(after > before, "the import is one journaled change");
        assertTrue(browser.text("upload-body").contains("versie " + after), browser.text("upload-body"));
        browser.assertDutch("upload", ENGLISH);
        browser.assertNoConsoleErrors();
    }

    /** Lets the file input hold these files (Chromium takes several paths separated by newlines). */
    @Test
    void the_network_downloads_from_the_panel_as_a_dutch_workbook_that_imports_again() throws IOException {
        browser.openInDutch("/?mode=map");
        // keep the file the page hands to the browser's download
        browser.js("window.tafelDownloads = []; const make = URL.createObjectURL.bind(URL);"
                + " URL.createObjectURL = (blob) => { window.tafelDownloads.push(blob); return make(blob); };");
        WebElement link = browser.driver.findElement(By.id("export-network"));
        assertEquals("Netwerk downloaden (Excel)", link.getText());

        link.click();
        browser.until(d -> ((Number) browser.js("return window.tafelDownloads.length")).intValue() > 0);
        String base64 = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " const reader = new FileReader();"
                        + " reader.onload = () => done(reader.result.split(',')[1]);"
                        + " reader.readAsDataURL(window.tafelDownloads[0]);");
        byte[] workbook = java.util.Base64.getDecoder().decode(base64);

        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            assertTrue(book.getSheet("personen") != null && book.getSheet("samenwerkingen") != null);
            assertEquals(
                    browser.api("/api/partners?limit=1").get("total").asInt(),
                    book.getSheet("partners").getLastRowNum(),
                    "one row per partner under the heading");
        }
        HttpJson.Response dryRun = browser.http.postBytes(
                "/api/import?dryRun=true",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                workbook);
        assertEquals(200, dryRun.status(), dryRun.text());
        browser.assertNoConsoleErrors();
    }

    private static void choose(List<Path> paths) {
        WebElement input = browser.driver.findElement(By.id("upload-files"));
        input.sendKeys(String.join(
                "\n", paths.stream().map(p -> p.toAbsolutePath().toString()).toList()));
    }

    /** The problem's code and parameters rendered in Dutch from the catalogue the app reads too. */
    private static String dutch(JsonNode problem) {
        List<Object> parameters = new ArrayList<>();
        for (Map.Entry<String, JsonNode> p : problem.properties()) {
            if (p.getKey().equals("code")) {
                continue;
            }
            JsonNode value = p.getValue();
            parameters.add(p.getKey());
            if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(item -> items.add(item.asText()));
                parameters.add(items);
            } else {
                parameters.add(value.isInt() ? (Object) value.asInt() : value.asText());
            }
        }
        return Message.of(problem.get("code").asText(), parameters.toArray()).text("nl", Audience.BROKER);
    }

    private static List<Path> write(Map<String, String> files) throws IOException {
        Path dir = Files.createTempDirectory("tafel-upload");
        List<Path> paths = new ArrayList<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            paths.add(Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8));
        }
        return paths;
    }

    private static HttpJson.Response multipart(String path, Map<String, String> files) {
        String boundary = "tafel-upload-boundary";
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> f : files.entrySet()) {
            body.append("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"files\"; filename=\"")
                    .append(f.getKey())
                    .append("\"\r\nContent-Type: text/csv\r\n\r\n")
                    .append(f.getValue())
                    .append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return browser.http.postBytes(
                path,
                "multipart/form-data; boundary=" + boundary,
                body.toString().getBytes(StandardCharsets.UTF_8));
    }
}
