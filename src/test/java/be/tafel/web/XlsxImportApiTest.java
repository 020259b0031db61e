package be.tafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.importing.Section;
import be.tafel.importing.XlsxTemplate;
import be.tafel.model.AgeBand;
import be.tafel.model.Coded;
import be.tafel.model.Family;
import be.tafel.model.PartnerKind;
import be.tafel.model.ReferralStatus;
import be.tafel.support.HttpJson;
import be.tafel.support.HttpJson.Response;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Spreadsheet import and the template, through real HTTP into the real store; the workbooks are built with POI. */
class XlsxImportApiTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    @BeforeEach
    void emptyStore() {
        server.reset();
    }

    /** A formula cell; its result is computed and saved in the file, as a spreadsheet program does. */
    record Formula(String text) {}

    /** Row 1 first; {@code null} leaves a cell empty, an empty list leaves a row blank. */
    private static byte[] workbook(Map<String, List<List<Object>>> sheets) {
        return write(new XSSFWorkbook(), sheets);
    }

    /** The same streamed to the file row by row (SXSSF, strings inline): for the demo's thousands of rows; no formulas. */
    private static byte[] streamedWorkbook(Map<String, List<List<Object>>> sheets) {
        return write(new SXSSFWorkbook(), sheets);
    }

    private static byte[] write(Workbook target, Map<String, List<List<Object>>> sheets) {
        try (Workbook workbook = target;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            sheets.forEach((name, rows) -> {
                Sheet sheet = workbook.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> values = rows.get(r);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        switch (value) {
                            case Number n -> cell.setCellValue(n.doubleValue());
                            case Boolean b -> cell.setCellValue(b);
                            case LocalDate d -> {
                                cell.setCellValue(d);
                                cell.setCellStyle(dateStyle);
                            }
                            case Formula f -> cell.setCellFormula(f.text());
                            default -> cell.setCellValue(value.toString());
                        }
                    }
                }
            });
            if (workbook instanceof XSSFWorkbook) {
                workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(java.util.Arrays.asList(cells));
    }

    private Response upload(String filename, String contentType, byte[] content) {
        return upload("", filename, contentType, content);
    }

    private Response upload(String query, String filename, String contentType, byte[] content) {
        String boundary = "tafelxlsx42";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + filename
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.postBytes("/api/import" + query, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private HttpResponse<byte[]> download(String path) {
        try {
            return CLIENT.send(
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode export() {
        return http.get("/api/export").json();
    }

    private int count(String collection) {
        return http.get("/api/" + collection + "?limit=1").json().get("total").asInt();
    }

    private static List<String> where(Response response) {
        List<String> where = new ArrayList<>();
        response.json()
                .get("errors")
                .forEach(e -> where.add(e.path("section").asText() + "/"
                        + e.path("row").asText() + "/" + e.path("field").asText()));
        return where;
    }

    /** Partners, a table and a seat: enough to see every kind of cell arrive. */
    private static Map<String, List<List<Object>>> smallNetwork() {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put(
                "Partners",
                List.of(
                        row("id", "name", "sector", "domains", "neighbourhoods", "kind"),
                        row("p1", "Basisschool De Linde", "school", "education; welfare", "Noord", "public"),
                        row(),
                        row("p2", new Formula("\"Club \"&\"De Kring\""), true, null, null, "volunteer"),
                        row(12, "  Bibliotheek  ", "library", null, null, null)));
        sheets.put(
                "services",
                List.of(
                        row(
                                "id",
                                "name",
                                "provider",
                                "ageMin",
                                "ageMax",
                                "capacity",
                                "access.reachable",
                                "access.available",
                                "access.affordable",
                                "access.usable",
                                "access.understandable"),
                        row("s1", "Huiswerkklas", "p1", 6.0, 12, new Formula("10*2"), 4, 4, 5, 3, 4)));
        sheets.put("tables", List.of(row("id", "name", "kind"), row("t1", "Stuurgroep", "steering")));
        sheets.put(
                "seats",
                List.of(
                        row("member", "table", "role", "since", "until"),
                        row("p1", "t1", "chair", LocalDate.of(2025, 9, 1), "2026-06-30")));
        sheets.put("collaborations", List.of(row("a", "b", "strength", "trust"), row("p1", "p2", 2.5, 4)));
        return sheets;
    }

    @Nested
    class A_workbook {
        @Test
        void is_imported_with_strings_numbers_dates_booleans_and_formulas_read_as_the_spreadsheet_shows_them() {
            Response response = upload("netwerk.xlsx", XLSX, workbook(smallNetwork()));

            assertEquals(200, response.status(), response.text());
            assertEquals(3, count("partners"));
            JsonNode school = http.get("/api/partners/p1").json();
            assertEquals("[\"education\",\"welfare\"]", school.get("domains").toString());
            JsonNode club = http.get("/api/partners/p2").json();
            assertEquals("Club De Kring", club.get("name").asText(), "a formula gives its saved result");
            assertEquals("true", club.get("sector").asText(), "a boolean cell reads as true");
            JsonNode library = http.get("/api/partners/12").json();
            assertEquals("Bibliotheek", library.get("name").asText(), "12, not 12.0; text is trimmed");
            JsonNode service = http.get("/api/services/s1").json();
            assertEquals(6, service.get("ageMin").asInt());
            assertEquals(20, service.get("capacity").asInt());
            assertEquals(5, service.at("/access/affordable").asInt());
            JsonNode seat = export().get("seats").get(0);
            assertEquals("2025-09-01", seat.get("since").asText(), "a date cell becomes an ISO date");
            assertEquals("2026-06-30", seat.get("until").asText());
            assertEquals(2.5, export().at("/collaborations/0/strength").asDouble());
        }

        @Test
        void is_accepted_as_a_raw_body_with_the_spreadsheet_content_type_and_a_dry_run_writes_nothing() {
            Response dryRun = http.postBytes("/api/import?dryRun=true", XLSX, workbook(smallNetwork()));

            assertEquals(200, dryRun.status(), dryRun.text());
            assertTrue(dryRun.json().get("dryRun").asBoolean());
            assertEquals(7, dryRun.json().get("rows").asInt());
            assertEquals(0, count("partners"));

            Response written = http.postBytes("/api/import", XLSX, workbook(smallNetwork()));

            assertEquals(200, written.status(), written.text());
            assertEquals(3, written.json().at("/sections/partners/created").asInt());
        }

        @Test
        void is_recognised_by_its_content_type_when_the_file_name_says_nothing() {
            Response response = upload("upload", XLSX, workbook(smallNetwork()));

            assertEquals(200, response.status(), response.text());
            assertEquals(3, count("partners"));
        }

        @Test
        void skips_the_instructions_sheet_but_names_an_unknown_sheet() {
            Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
            sheets.put("Instructies - Instructions", List.of(row("Lees mij", "Read me")));
            sheets.put("partners", List.of(row("id", "name"), row("p1", "School")));
            sheets.put("Blad1", List.of(row("id", "name"), row("x", "y")));

            Response response = upload("netwerk.xlsx", XLSX, workbook(sheets));

            assertEquals(422, response.status(), response.text());
            JsonNode errors = response.json().get("errors");
            assertEquals(1, errors.size(), errors.toString());
            assertEquals("Blad1", errors.get(0).get("section").asText());
            assertTrue(errors.get(0).get("message").asText().contains("unknown sheet 'Blad1'"), errors.toString());
            assertEquals(0, count("partners"));
        }
    }

    @Nested
    class A_bad_workbook {
        @Test
        void a_wrong_code_in_row_4_of_partners_is_reported_as_row_4_and_nothing_is_written() {
            Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
            sheets.put(
                    "partners",
                    List.of(
                            row("id", "name", "kind"),
                            row("p1", "School", "public"),
                            row("p2", "Club", "volunteer"),
                            row("p3", "Bakker", "company")));

            Response response = upload("netwerk.xlsx", XLSX, workbook(sheets));

            assertEquals(422, response.status());
            assertTrue(response.isProblem());
            JsonNode error = response.json().get("errors").get(0);
            assertEquals("partners", error.get("section").asText());
            assertEquals(4, error.get("row").asInt());
            assertEquals("kind", error.get("field").asText());
            assertEquals("importOneOf", error.at("/problem/code").asText(), error.toString());
            assertEquals("company", error.at("/problem/value").asText(), error.toString());
            List<String> allowed = new ArrayList<>();
            error.at("/problem/allowed").forEach(code -> allowed.add(code.asText()));
            assertEquals(Coded.codes(PartnerKind.class), allowed, error.toString());
            assertTrue(error.get("message").asText().startsWith("kind must be one of "), error.toString());
            assertEquals(0, count("partners"));
        }

        @Test
        void rows_keep_their_spreadsheet_numbers_across_blank_rows_and_missing_references() {
            Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
            sheets.put("partners", List.of(row("id", "name"), row("p1", "School")));
            sheets.put("seats", List.of(row("member", "table"), row(), row(), row("p1", "t-nowhere")));
            sheets.put(
                    "referrals",
                    List.of(
                            row("id", "from", "to", "family", "date", "status"),
                            row("r1", "p1", "p1", "f1", "31/12/2025", "done")));

            Response response = upload("netwerk.xlsx", XLSX, workbook(sheets));

            assertEquals(422, response.status());
            List<String> where = where(response);
            assertTrue(where.contains("seats/4/table"), where.toString());
            assertTrue(where.contains("referrals/2/date"), where.toString());
            assertTrue(where.contains("referrals/2/status"), where.toString());
        }

        @Test
        void a_cell_with_an_error_value_is_reported_by_its_cell() {
            Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
            sheets.put(
                    "services",
                    List.of(
                            row("id", "name", "provider", "capacity"),
                            row("s1", "Huiswerkklas", "p1", new Formula("1/0"))));

            Response response = upload("netwerk.xlsx", XLSX, workbook(sheets));

            assertEquals(422, response.status());
            JsonNode error = response.json().get("errors").get(0);
            assertEquals(
                    "services/2/capacity",
                    error.get("section").asText() + "/" + error.get("row").asInt() + "/"
                            + error.get("field").asText());
            assertTrue(
                    error.get("message").asText().contains("D2")
                            && error.get("message").asText().contains("#DIV/0!"),
                    error.toString());
            assertEquals("importCellError", error.at("/problem/code").asText(), error.toString());
            assertEquals("D2", error.at("/problem/cell").asText(), error.toString());
            assertEquals("#DIV/0!", error.at("/problem/error").asText(), error.toString());
        }

        @Test
        void a_file_that_is_not_an_xlsx_answers_422_with_a_reason() {
            Response csvNamedXlsx = upload(
                    "partners.xlsx",
                    "application/octet-stream",
                    "id,name\np1,School\n".getBytes(StandardCharsets.UTF_8));
            Response rawText = http.postBytes("/api/import", XLSX, "not a workbook".getBytes(StandardCharsets.UTF_8));
            Response empty = http.postBytes("/api/import", XLSX, new byte[0]);
            Response zipOfSomethingElse = upload("netwerk.xlsx", XLSX, zip(Map.of("partners.csv", "id,name\n")));

            for (Response response : List.of(csvNamedXlsx, rawText, empty, zipOfSomethingElse)) {
                assertEquals(422, response.status(), response.text());
                assertTrue(response.isProblem());
                assertTrue(response.json().at("/errors/0/message").asText().contains(".xlsx"), response.text());
            }
        }

        @Test
        void a_password_protected_workbook_answers_422_asking_for_one_without_password() throws Exception {
            POIFSFileSystem encrypted = new POIFSFileSystem();
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("geheim");
            try (OutputStream out = encryptor.getDataStream(encrypted)) {
                out.write(workbook(smallNetwork()));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            encrypted.writeFilesystem(bytes);
            encrypted.close();

            Response response = upload("netwerk.xlsx", XLSX, bytes.toByteArray());

            assertEquals(422, response.status(), response.text());
            assertTrue(response.json().at("/errors/0/message").asText().contains("password"), response.text());
        }

        @Test
        void a_zip_bomb_is_refused_before_it_is_unpacked() {
            byte[] good = workbook(smallNetwork());
            // 40 MB of one character packs into a few kB: far past POI's 1:100 inflate limit
            byte[] bomb =
                    rewrite(good, "xl/worksheets/sheet1.xml", xml -> xml + "<!--" + "a".repeat(40_000_000) + "-->");

            Response response = upload("netwerk.xlsx", XLSX, bomb);

            assertEquals(422, response.status(), response.text());
            assertTrue(response.json().at("/errors/0/message").asText().contains("100 times"), response.text());
            assertEquals(0, count("partners"));
        }

        @Test
        void a_workbook_together_with_csv_files_is_refused() {
            String boundary = "mixed42";
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(
                    ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"netwerk.xlsx\""
                                    + "\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(workbook(smallNetwork()));
            body.writeBytes(
                    ("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"uses.csv\""
                                    + "\r\n\r\nfamily,service\r\n--" + boundary + "--\r\n")
                            .getBytes(StandardCharsets.UTF_8));

            Response response =
                    http.postBytes("/api/import", "multipart/form-data; boundary=" + boundary, body.toByteArray());

            assertEquals(422, response.status(), response.text());
            assertTrue(response.json().at("/errors/0/message").asText().contains("not both"), response.text());
        }
    }

    @Nested
    class The_template {
        private XSSFWorkbook template() throws IOException {
            HttpResponse<byte[]> response = download("/api/import/template.xlsx?lang=en");
            assertEquals(200, response.statusCode());
            assertEquals(XLSX, response.headers().firstValue("Content-Type").orElse(""));
            assertTrue(response.headers()
                    .firstValue("Content-Disposition")
                    .orElse("")
                    .contains("tafel-import-template.xlsx"));
            return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
        }

        private byte[] bytes(XSSFWorkbook workbook) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }

        @Test
        void opens_with_poi_with_instructions_in_dutch_and_english_and_a_sheet_per_section() throws IOException {
            try (XSSFWorkbook workbook = template()) {
                Sheet instructions = workbook.getSheetAt(0);
                assertEquals(XlsxTemplate.INSTRUCTIONS_SHEET, instructions.getSheetName());
                String text = text(instructions);
                assertTrue(text.contains("Nederlands") && text.contains("English"), text);
                assertTrue(text.contains("Verplicht: id, name") && text.contains("Required: id, name"), text);
                assertTrue(text.contains("Nooit een naam") && text.contains("Never a name"), text);
                assertTrue(text.contains(Coded.allowed(ReferralStatus.class)), "codes come from the enums: " + text);
                assertTrue(text.contains(Coded.allowed(AgeBand.class)), text);

                assertEquals(Section.values().length + 1, workbook.getNumberOfSheets());
                for (Section section : Section.values()) {
                    Sheet sheet = workbook.getSheet(section.key());
                    assertNotNull(sheet, section.key());
                    Row header = sheet.getRow(0);
                    assertTrue(
                            workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex())
                                    .getBold(),
                            section.key());
                    assertNotNull(sheet.getPaneInformation(), "the header row is frozen on " + section.key());
                    assertTrue(sheet.getPaneInformation().isFreezePane());
                    assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
                }
                Set<String> familyColumns = new HashSet<>();
                workbook.getSheet("families").getRow(0).forEach(cell -> familyColumns.add(cell.getStringCellValue()));
                assertEquals(Family.ALLOWED_FIELDS, familyColumns, "the families sheet has exactly the allowed fields");
            }
        }

        @Test
        void imports_as_downloaded_into_an_empty_store_as_a_small_valid_network() throws IOException {
            byte[] template;
            try (XSSFWorkbook workbook = template()) {
                template = bytes(workbook);
            }

            Response response = upload("tafel-import-template.xlsx", XLSX, template);

            assertEquals(200, response.status(), response.text());
            assertEquals(2, count("partners"));
            assertEquals(1, count("referrals"));
            assertEquals(
                    200,
                    http.get("/api/partners/" + XlsxTemplate.EXAMPLE_PREFIX + "school")
                            .status());
            assertEquals(
                    5,
                    http.get("/api/services/" + XlsxTemplate.EXAMPLE_PREFIX + "huiswerkklas")
                            .json()
                            .at("/access/affordable")
                            .asInt());
        }

        @Test
        void imports_with_the_example_rows_deleted_as_an_import_of_nothing() throws IOException {
            byte[] emptied;
            try (XSSFWorkbook workbook = template()) {
                for (Section section : Section.values()) {
                    Sheet sheet = workbook.getSheet(section.key());
                    for (int r = sheet.getLastRowNum(); r >= 1; r--) {
                        sheet.removeRow(sheet.getRow(r));
                    }
                }
                emptied = bytes(workbook);
            }

            Response response = upload("tafel-import-template.xlsx", XLSX, emptied);

            assertEquals(200, response.status(), response.text());
            assertEquals(0, response.json().get("rows").asInt());
            assertEquals(0, count("partners"));
        }

        @Test
        void is_linked_from_the_web_app_in_dutch_and_english() {
            Response page = http.get("/");
            String i18n = http.get("/js/i18n.js").text();

            assertTrue(page.text().contains("id=\"import-template\" href=\"/api/import/template.xlsx\""), page.text());
            assertTrue(i18n.contains("'import.template': 'Importsjabloon (Excel)'"), i18n);
            assertTrue(i18n.contains("'import.template': 'Import template (Excel)'"), i18n);
        }

        private static String text(Sheet sheet) {
            DataFormatter formatter = new DataFormatter();
            StringBuilder text = new StringBuilder();
            sheet.forEach(row -> row.forEach(
                    cell -> text.append(formatter.formatCellValue(cell)).append('\n')));
            return text.toString();
        }
    }

    @Test
    void the_demo_exported_written_as_a_workbook_and_imported_into_an_empty_store_exports_the_same() {
        server.loadDemo();
        JsonNode exported = export();
        byte[] workbook = streamedWorkbook(sheetsOf(exported));
        server.reset();

        Response response = upload("demo.xlsx", XLSX, workbook);

        assertEquals(200, response.status(), response.text());
        assertEquals(exported, export());
    }

    /** An import document as sheets: lists joined with ';', access as access.* columns, dates as date cells. */
    private static Map<String, List<List<Object>>> sheetsOf(JsonNode document) {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        document.properties().forEach(section -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            Set<String> columns = new LinkedHashSet<>();
            for (JsonNode node : section.getValue()) {
                Map<String, Object> cells = new LinkedHashMap<>();
                node.properties().forEach(field -> {
                    if (field.getValue().isObject()) {
                        field.getValue()
                                .properties()
                                .forEach(inner -> cells.put(
                                        field.getKey() + "." + inner.getKey(), cell(inner.getKey(), inner.getValue())));
                    } else if (!field.getValue().isNull()) {
                        cells.put(field.getKey(), cell(field.getKey(), field.getValue()));
                    }
                });
                columns.addAll(cells.keySet());
                rows.add(cells);
            }
            List<List<Object>> sheet = new ArrayList<>();
            sheet.add(new ArrayList<>(columns));
            rows.forEach(cells -> sheet.add(columns.stream().map(cells::get).toList()));
            sheets.put(section.getKey(), sheet);
        });
        return sheets;
    }

    private static Object cell(String field, JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return String.join(";", items);
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (Set.of("since", "until", "date").contains(field)) {
            return LocalDate.parse(value.asText());
        }
        return value.asText();
    }

    private static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The zip with one entry's text changed. */
    private static byte[] rewrite(byte[] zipped, String name, java.util.function.UnaryOperator<String> change) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipped));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
