package be.tafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.importing.Section;
import be.tafel.importing.WorkbookLabels;
import be.tafel.support.HttpJson;
import be.tafel.support.HttpJson.Response;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The network as a workbook ({@code GET /api/export?format=xlsx}) and the Dutch template: a download re-imports
 * into an empty store as the same graph, in Dutch and in English; Dutch and English sheets, headings and codes are
 * both read. Real HTTP into the real store.
 */
class NetworkWorkbookApiTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> DUTCH_PERSON_HEADINGS =
            List.of("id", "naam", "rol", "werktVoor", "sinds", "tot", "werktVoorSinds", "werktVoorTot");

    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    @BeforeEach
    void emptyStore() {
        server.reset();
    }

    /** Every node of the network with its labels and properties, and every relationship between them, sorted. */
    private List<String> graph() {
        return server.store().read(tx -> {
            List<String> rows = new ArrayList<>();
            tx.run("""
                            MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH 'Tafel')
                            RETURN labels(n) AS labels, properties(n) AS p
                            """)
                    .list()
                    .forEach(r -> rows.add("node " + sorted(r.get("labels").asList(Object::toString)) + " "
                            + new java.util.TreeMap<>(r.get("p").asMap())));
            tx.run("""
                            MATCH (a)-[r]->(b)
                            WHERE none(l IN labels(a) WHERE l STARTS WITH 'Tafel')
                              AND none(l IN labels(b) WHERE l STARTS WITH 'Tafel')
                            RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS p
                            """)
                    .list()
                    .forEach(r -> rows.add("rel " + r.get("a").asString() + " "
                            + r.get("type").asString() + " " + r.get("b").asString() + " "
                            + new java.util.TreeMap<>(r.get("p").asMap())));
            rows.sort(null);
            return rows;
        });
    }

    private static List<String> sorted(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        copy.sort(null);
        return copy;
    }

    private Response importWorkbook(byte[] workbook) {
        return http.postBytes("/api/import", XLSX, workbook);
    }

    /**
     * One demo load for both languages (the demo takes long to import on a busy machine): each download is imported
     * into an emptied store and must give the graph and the JSON export back exactly.
     */
    @Test
    void the_demo_downloaded_in_dutch_or_english_imports_into_an_empty_store_as_the_same_graph() throws IOException {
        server.loadDemo();
        // a term of the network's own, used by a partner: the download must carry it to an empty store
        assertEquals(
                200,
                http.post("/api/vocabulary", Map.of("lifeDomains", List.of("zwemmen")))
                        .status());
        Response partner = http.post(
                "/api/partners",
                Map.of("id", "partner-zwemclub-eigen", "name", "Zwemclub; eigen", "domains", List.of("zwemmen")));
        assertEquals(201, partner.status(), partner.text());
        List<String> before = graph();
        String document = http.get("/api/export").text();
        long started = System.nanoTime();
        byte[] dutch = http.bytes("/api/export?format=xlsx");
        long exportMillis = (System.nanoTime() - started) / 1_000_000;
        byte[] english = http.bytes("/api/export?format=xlsx&lang=en");
        dutchNames(dutch);

        for (byte[] workbook : List.of(dutch, english)) {
            server.reset();
            started = System.nanoTime();
            Response imported = importWorkbook(workbook);
            long importMillis = (System.nanoTime() - started) / 1_000_000;

            assertEquals(200, imported.status(), imported.text());
            List<String> after = graph();
            assertEquals(before.size(), after.size());
            assertEquals(before, after, "the graph after the round trip is the graph before it");
            assertEquals(document, http.get("/api/export").text(), "the JSON export is the same, vocabulary and all");
            System.out.printf(
                    "network workbook: %d rows, %d bytes, export %d ms, import %d ms%n",
                    imported.json().get("rows").asInt(), workbook.length, exportMillis, importMillis);
        }
    }

    /** The Dutch download names sheets, columns and codes in Dutch. */
    private static void dutchNames(byte[] download) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download))) {
            Sheet persons = workbook.getSheet("personen");
            assertNotNull(persons);
            assertNull(workbook.getSheet("persons"));
            List<String> headings = row(persons.getRow(0));
            assertEquals(DUTCH_PERSON_HEADINGS, headings);
            List<String> roles = column(persons, headings.indexOf("rol"));
            assertTrue(roles.contains("brugfiguur"), roles.toString());
            assertTrue(roles.stream().noneMatch(r -> r.equals("bridge-figure")), roles.toString());
            Sheet partners = workbook.getSheet("partners");
            List<String> partnerHeadings = row(partners.getRow(0));
            List<String> kinds = column(partners, partnerHeadings.indexOf("soort"));
            assertTrue(kinds.contains("vzw") && kinds.contains("publiek"), kinds.toString());
            List<String> sectors = column(partners, partnerHeadings.indexOf("sector"));
            assertTrue(sectors.contains("ocmw") && sectors.contains("huis-van-het-kind"), sectors.toString());
            Sheet referrals = workbook.getSheet("doorverwijzingen");
            List<String> statuses = column(referrals, row(referrals.getRow(0)).indexOf("status"));
            assertTrue(statuses.contains("afgerond"), statuses.toString());
            for (Section section : Section.values()) {
                assertNotNull(workbook.getSheet(WorkbookLabels.DUTCH.sheet(section)), section.key());
            }
        }
    }

    @Test
    void the_template_speaks_dutch_and_imports_as_downloaded() throws IOException {
        byte[] template = http.bytes("/api/import/template.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertEquals(
                    DUTCH_PERSON_HEADINGS, row(workbook.getSheet("personen").getRow(0)));
            assertEquals(
                    "brugfiguur", row(workbook.getSheet("personen").getRow(1)).get(2));
            assertEquals(
                    "voorzitter", row(workbook.getSheet("tafelleden").getRow(1)).get(2));
            assertEquals(
                    List.of("id", "wijk", "leeftijdenKinderen", "noden"),
                    row(workbook.getSheet("gezinnen").getRow(0)));
            String instructions = text(workbook.getSheetAt(0));
            assertTrue(instructions.contains("rol (brugfiguur, coördinator, medewerker, vrijwilliger)"), instructions);
        }

        Response response = importWorkbook(template);

        assertEquals(200, response.status(), response.text());
        JsonNode person = http.get("/api/persons/voorbeeld-brugfiguur").json();
        assertEquals("bridge-figure", person.get("role").asText(), "the Dutch code is stored as the API's code");
        assertEquals(
                "education",
                http.get("/api/services/voorbeeld-huiswerkklas")
                        .json()
                        .get("domain")
                        .asText());
    }

    @Test
    void the_english_template_keeps_the_api_names_and_imports_as_downloaded() throws IOException {
        byte[] template = http.bytes("/api/import/template.xlsx?lang=en");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertEquals(
                    List.of("id", "name", "role", "worksFor", "since", "until", "worksForSince", "worksForUntil"),
                    row(workbook.getSheet("persons").getRow(0)));
            assertEquals(
                    "bridge-figure", row(workbook.getSheet("persons").getRow(1)).get(2));
        }

        Response response = importWorkbook(template);

        assertEquals(200, response.status(), response.text());
        assertEquals(
                "bridge-figure",
                http.get("/api/persons/voorbeeld-brugfiguur").json().get("role").asText());
    }

    @Test
    void a_workbook_mixing_dutch_and_english_sheets_headings_and_codes_is_read() throws IOException {
        byte[] bytes = workbook(Map.of(
                "Partners",
                        List.of(
                                List.of("id", "name", "soort"),
                                List.of("p-a", "A", "vzw"),
                                List.of("p-b", "B", "public")),
                "personen",
                        List.of(List.of("id", "Naam", "role", "werktVoor"), List.of("x-1", "Ann", "brugfiguur", "p-a")),
                "samenwerkingen",
                        List.of(List.of("a", "b", "sterkte", "vertrouwen"), List.of("p-a", "p-b", "2", "4"))));

        Response response = importWorkbook(bytes);

        assertEquals(200, response.status(), response.text());
        assertEquals(
                "non-profit", http.get("/api/partners/p-a").json().get("kind").asText());
        assertEquals("public", http.get("/api/partners/p-b").json().get("kind").asText());
        assertEquals(
                "bridge-figure", http.get("/api/persons/x-1").json().get("role").asText());
        assertEquals(
                4,
                http.get("/api/collaborations")
                        .json()
                        .path("items")
                        .path(0)
                        .path("trust")
                        .asInt(),
                http.get("/api/collaborations").text());
    }

    @Test
    void the_problems_of_a_dutch_workbook_name_its_sheets_and_columns_and_nothing_is_written() throws IOException {
        byte[] bytes = workbook(Map.of(
                "partners",
                        List.of(List.of("id", "naam", "soort", "kleur"), List.of("p-a", "A", "gemeentelijk", "rood")),
                "personen",
                        List.of(List.of("id", "naam", "rol"), List.of("x-1", "Ann", "brugfiguur"), List.of("x-2"))));

        Response response = importWorkbook(bytes);

        assertEquals(422, response.status(), response.text());
        List<String> where = new ArrayList<>();
        response.json()
                .get("errors")
                .forEach(e -> where.add(e.path("section").asText() + "/"
                        + e.path("row").asText() + "/" + e.path("field").asText()));
        assertTrue(where.contains("partners/2/soort"), where.toString());
        assertTrue(where.contains("personen/3/naam"), where.toString());
        assertTrue(where.contains("personen/3/rol"), where.toString());
        JsonNode kind = problem(response, "partners/2/soort");
        assertEquals("importOneOf", kind.path("code").asText(), kind.toString());
        assertEquals("soort", kind.path("field").asText(), "the message names the column as the sheet does");
        assertEquals("gemeentelijk", kind.path("value").asText(), kind.toString());
        List<String> allowed = new ArrayList<>();
        kind.path("allowed").forEach(code -> allowed.add(code.asText()));
        assertTrue(allowed.contains("publiek") && !allowed.contains("public"), "the Dutch codes: " + allowed);
        JsonNode colour = problem(response, "partners/2/kleur");
        assertEquals("importUnknownField", colour.path("code").asText(), colour.toString());
        List<String> columns = new ArrayList<>();
        colour.path("allowed").forEach(column -> columns.add(column.asText()));
        assertTrue(columns.contains("naam") && columns.contains("soort"), "the Dutch headings: " + columns);
        JsonNode name = problem(response, "personen/3/naam");
        assertEquals("importRequired", name.path("code").asText(), name.toString());
        assertEquals("naam", name.path("field").asText(), name.toString());
        assertEquals(0, http.get("/api/partners?limit=1").json().get("total").asInt());
        assertEquals(0, http.get("/api/persons?limit=1").json().get("total").asInt());
    }

    /** The problem (code and parameters) of the error at section/row/field. */
    private static JsonNode problem(Response response, String where) {
        for (JsonNode e : response.json().get("errors")) {
            if (where.equals(e.path("section").asText() + "/" + e.path("row").asText() + "/"
                    + e.path("field").asText())) {
                return e.path("problem");
            }
        }
        throw new AssertionError("no problem at " + where + ": " + response.text());
    }

    @Test
    void csv_files_may_be_named_headed_and_coded_in_dutch_too() {
        String boundary = "tafelcsv42";
        StringBuilder body = new StringBuilder();
        Map<String, String> files = Map.of(
                "partners.csv", "id,naam,soort\np-a,A,vzw\np-b,B,public\n",
                "personen.csv", "id,naam,rol,werktVoor\nx-1,Ann,brugfiguur,p-a\n");
        files.forEach((name, content) -> body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"files\"; filename=\"")
                .append(name)
                .append("\"\r\nContent-Type: text/csv\r\n\r\n")
                .append(content)
                .append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");

        Response response = http.postBytes(
                "/api/import",
                "multipart/form-data; boundary=" + boundary,
                body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertEquals(200, response.status(), response.text());
        assertEquals(
                "non-profit", http.get("/api/partners/p-a").json().get("kind").asText());
        assertEquals(
                "bridge-figure", http.get("/api/persons/x-1").json().get("role").asText());
    }

    @Test
    void a_view_cannot_be_asked_as_a_workbook_and_an_unknown_language_is_refused() {
        assertEquals(400, http.get("/api/export?format=xlsx&view=collaboration").status());
        assertEquals(400, http.get("/api/export?format=xlsx&lang=fr").status());
        assertEquals(400, http.get("/api/import/template.xlsx?lang=fr").status());
    }

    private static byte[] workbook(Map<String, List<List<String>>> sheets) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheets.forEach((name, rows) -> {
                Sheet sheet = workbook.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            });
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> row(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
        return cells;
    }

    private static List<String> column(Sheet sheet, int column) {
        DataFormatter formatter = new DataFormatter();
        List<String> values = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(column) != null) {
                values.add(formatter.formatCellValue(row.getCell(column)));
            }
        }
        return values;
    }

    private static String text(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        StringBuilder text = new StringBuilder();
        sheet.forEach(row ->
                row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('\n')));
        return text.toString();
    }
}
