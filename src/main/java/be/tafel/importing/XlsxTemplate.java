package be.tafel.importing;

import be.tafel.model.Access;
import be.tafel.model.AgeBand;
import be.tafel.model.Coded;
import be.tafel.model.Family;
import be.tafel.model.PartnerKind;
import be.tafel.model.PersonRole;
import be.tafel.model.ReferralStatus;
import be.tafel.model.SeatRole;
import be.tafel.model.TableKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The import template as an {@code .xlsx} workbook: a first sheet of instructions in Dutch and English,
 * then one sheet per section with its column names in row 1 (bold, frozen) and example rows. The
 * examples form a small valid network whose ids all start with {@value #EXAMPLE_PREFIX}, so the template
 * imports as downloaded; the instructions say to delete them before entering real data. The allowed codes
 * come from the model's enums, the family columns from {@link Family#ALLOWED_FIELDS}, so the template
 * cannot drift from what the import accepts.
 */
public final class XlsxTemplate {
    public static final String INSTRUCTIONS_SHEET = "Instructies - Instructions";
    public static final String EXAMPLE_PREFIX = "voorbeeld-";
    /** Rows (after the header) that get the drop-down of allowed codes. */
    private static final int VALIDATED_ROWS = 1000;

    private enum Type {
        TEXT,
        LIST,
        NUMBER,
        DATE
    }

    /** A column: its field name, whether a row needs it, its kind of value, the allowed codes (or null). */
    private record Column(String name, boolean required, Type type, List<String> codes) {
        static Column required(String name) {
            return new Column(name, true, Type.TEXT, null);
        }

        static Column text(String name) {
            return new Column(name, false, Type.TEXT, null);
        }

        static Column list(String name) {
            return new Column(name, false, Type.LIST, null);
        }

        static Column number(String name) {
            return new Column(name, false, Type.NUMBER, null);
        }

        static Column date(String name, boolean required) {
            return new Column(name, required, Type.DATE, null);
        }

        static <E extends Enum<E> & Coded> Column code(String name, boolean required, Class<E> type) {
            return new Column(name, required, Type.TEXT, codesOf(type));
        }

        static <E extends Enum<E> & Coded> Column codes(String name, Class<E> type) {
            return new Column(name, false, Type.LIST, codesOf(type));
        }

        private static <E extends Enum<E> & Coded> List<String> codesOf(Class<E> type) {
            return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
        }
    }

    /** One section's sheet: what it holds in Dutch and English, its columns and its example rows. */
    private record SheetSpec(
            Section section, String nl, String en, List<Column> columns, List<List<Object>> examples) {}

    private static final List<SheetSpec> SHEETS = List.of(
            new SheetSpec(
                    Section.PARTNERS,
                    "De organisaties in het netwerk: scholen, kinderopvang, OCMW, verenigingen, een ouderpanel.",
                    "The organisations in the network: schools, childcare, social welfare, clubs, a parents' panel.",
                    List.of(
                            Column.required("id"),
                            Column.required("name"),
                            Column.text("sector"),
                            Column.list("domains"),
                            Column.list("neighbourhoods"),
                            Column.code("kind", false, PartnerKind.class),
                            Column.date("since", false),
                            Column.date("until", false)),
                    List.of(
                            List.of(
                                    EXAMPLE_PREFIX + "school",
                                    "Basisschool De Voorbeeld",
                                    "school",
                                    "education",
                                    "Noord",
                                    "public"),
                            List.of(
                                    EXAMPLE_PREFIX + "ocmw",
                                    "OCMW (voorbeeld)",
                                    "social-welfare",
                                    "welfare;income",
                                    "Noord;Zuid",
                                    "public"))),
            new SheetSpec(
                    Section.PERSONS,
                    "Mensen die het netwerk dragen, zoals brugfiguren; worksFor is het id van hun partner.",
                    "People who carry the network, such as bridge figures; worksFor is the id of their partner.",
                    List.of(
                            Column.required("id"), Column.required("name"),
                            Column.code("role", true, PersonRole.class), Column.text("worksFor"),
                            Column.date("since", false), Column.date("until", false),
                            Column.date("worksForSince", false), Column.date("worksForUntil", false)),
                    List.of(List.of(
                            EXAMPLE_PREFIX + "brugfiguur",
                            "Brugfiguur (voorbeeld)",
                            "bridge-figure",
                            EXAMPLE_PREFIX + "school"))),
            new SheetSpec(
                    Section.SERVICES,
                    "Het aanbod van een partner (provider). Leeftijden 0 tot 25, ageMin ≤ ageMax; de vijf"
                            + " access-scores (1 tot 5) allemaal of geen enkele.",
                    "What a partner (provider) offers. Ages 0 to 25, ageMin ≤ ageMax; the five access scores"
                            + " (1 to 5) all or none.",
                    Stream.concat(
                                    Stream.of(
                                            Column.required("id"),
                                            Column.required("name"),
                                            Column.required("provider"),
                                            Column.text("domain"),
                                            Column.number("ageMin"),
                                            Column.number("ageMax"),
                                            Column.text("neighbourhood"),
                                            Column.number("capacity")),
                                    Access.FIELDS.stream().map(f -> Column.number(FlatRow.ACCESS_PREFIX + f)))
                            .toList(),
                    List.of(List.of(
                            EXAMPLE_PREFIX + "huiswerkklas",
                            "Huiswerkklas (voorbeeld)",
                            EXAMPLE_PREFIX + "school",
                            "education",
                            6,
                            12,
                            "Noord",
                            20,
                            4,
                            4,
                            5,
                            3,
                            4))),
            new SheetSpec(
                    Section.FAMILIES,
                    "Gezinnen, pseudoniem: alleen een nietszeggend id en deze kolommen. Nooit een naam, adres,"
                            + " telefoon, e-mail, geboortedatum of rijksregisternummer.",
                    "Families, pseudonymous: only an opaque id and these columns. Never a name, address, phone,"
                            + " e-mail, birth date or national number.",
                    List.of(
                            Column.required("id"), Column.text("neighbourhood"),
                            Column.codes("childAgeBands", AgeBand.class), Column.list("needs")),
                    List.of(List.of(EXAMPLE_PREFIX + "gezin-1", "Noord", "6-12", "education;housing"))),
            new SheetSpec(
                    Section.TABLES,
                    "Overlegtafels waar partners en personen samen zitten.",
                    "The tables where partners and persons sit together.",
                    List.of(
                            Column.required("id"),
                            Column.required("name"),
                            Column.code("kind", true, TableKind.class),
                            Column.list("domains")),
                    List.of(List.of(
                            EXAMPLE_PREFIX + "stuurgroep", "Stuurgroep (voorbeeld)", "steering", "education;welfare"))),
            new SheetSpec(
                    Section.SEATS,
                    "Wie aan welke tafel zit (member: een partner of persoon), sinds wanneer en tot wanneer.",
                    "Who sits at which table (member: a partner or person), since when and until when.",
                    List.of(
                            Column.required("member"),
                            Column.required("table"),
                            Column.code("role", false, SeatRole.class),
                            Column.date("since", false),
                            Column.date("until", false)),
                    List.of(
                            List.of(EXAMPLE_PREFIX + "school", EXAMPLE_PREFIX + "stuurgroep", "chair", "2026-01-01"),
                            List.of(
                                    EXAMPLE_PREFIX + "brugfiguur",
                                    EXAMPLE_PREFIX + "stuurgroep",
                                    "member",
                                    "2026-01-01",
                                    "2026-12-31"))),
            new SheetSpec(
                    Section.COLLABORATIONS,
                    "Samenwerking tussen twee partners (a en b, zonder richting); strength > 0 (standaard 1),"
                            + " trust 1 tot 5.",
                    "Collaboration between two partners (a and b, undirected); strength > 0 (default 1), trust 1"
                            + " to 5.",
                    List.of(
                            Column.required("a"),
                            Column.required("b"),
                            Column.text("kind"),
                            Column.number("strength"),
                            Column.number("trust"),
                            Column.date("since", false),
                            Column.date("until", false)),
                    List.of(List.of(
                            EXAMPLE_PREFIX + "school", EXAMPLE_PREFIX + "ocmw", "leerlingenzorg", 3, 4, "2025-09-01"))),
            new SheetSpec(
                    Section.SUPPORTS,
                    "Welke persoon (brugfiguur) welk gezin ondersteunt.",
                    "Which person (bridge figure) supports which family.",
                    List.of(
                            Column.required("person"),
                            Column.required("family"),
                            Column.date("since", false),
                            Column.date("until", false)),
                    List.of(List.of(EXAMPLE_PREFIX + "brugfiguur", EXAMPLE_PREFIX + "gezin-1", "2026-01-15"))),
            new SheetSpec(
                    Section.USES,
                    "Welk gezin welk aanbod gebruikt.",
                    "Which family uses which service.",
                    List.of(
                            Column.required("family"),
                            Column.required("service"),
                            Column.date("since", false),
                            Column.date("until", false)),
                    List.of(List.of(EXAMPLE_PREFIX + "gezin-1", EXAMPLE_PREFIX + "huiswerkklas", "2025-09-01"))),
            new SheetSpec(
                    Section.REFERRALS,
                    "Doorverwijzingen voor een gezin: from (partner of persoon) naar to (partner of aanbod).",
                    "Referrals for a family: from (a partner or person) to (a partner or service).",
                    List.of(
                            Column.required("id"),
                            Column.required("from"),
                            Column.required("to"),
                            Column.required("family"),
                            Column.date("date", true),
                            Column.text("domain"),
                            Column.code("status", true, ReferralStatus.class),
                            Column.date("completedOn", false)),
                    List.of(List.of(
                            EXAMPLE_PREFIX + "verwijzing-1",
                            EXAMPLE_PREFIX + "brugfiguur",
                            EXAMPLE_PREFIX + "ocmw",
                            EXAMPLE_PREFIX + "gezin-1",
                            "2026-02-01",
                            "housing",
                            "accepted"))));

    private XlsxTemplate() {}

    /** The template in Dutch as the bytes of an {@code .xlsx} file. */
    public static byte[] workbook() {
        return workbook(WorkbookLabels.DUTCH);
    }

    /** The template, its sheet names, headings and codes in the language of {@code labels}. */
    public static byte[] workbook(WorkbookLabels labels) {
        return write(labels, null);
    }

    /**
     * A whole network as a workbook that imports back unchanged: the template's sheets and headings with the
     * rows of {@code document} (an import document, as {@code GET /api/export} answers it) instead of the
     * examples, and its added vocabulary terms on a sheet of their own. Streamed to the file (a demo's
     * thousands of rows never sit in memory as cells).
     */
    public static byte[] network(WorkbookLabels labels, ObjectNode document) {
        return write(labels, document);
    }

    /** The field names of a section's sheet, in their order. */
    static List<String> fields(Section section) {
        return spec(section).columns().stream().map(Column::name).toList();
    }

    private static SheetSpec spec(Section section) {
        return SHEETS.stream().filter(s -> s.section() == section).findFirst().orElseThrow();
    }

    private static byte[] write(WorkbookLabels labels, ObjectNode document) {
        // closing a streamed workbook deletes its temporary files
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            instructions(workbook.createSheet(INSTRUCTIONS_SHEET), styles, labels, document != null);
            for (SheetSpec spec : SHEETS) {
                Sheet sheet = workbook.createSheet(labels.sheet(spec.section()));
                if (document == null) {
                    section(sheet, spec, styles, labels, spec.examples());
                } else {
                    section(
                            sheet,
                            spec,
                            styles,
                            labels,
                            rows(spec, document.path(spec.section().key())));
                }
            }
            if (document != null && document.path("vocabulary").isObject()) {
                vocabulary(workbook.createSheet(labels.vocabularySheet()), styles, labels, document.get("vocabulary"));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the workbook could not be written", e);
        }
    }

    /** A section's rows of an import document as cell values in the order of its columns (null: an empty cell). */
    private static List<List<Object>> rows(SheetSpec spec, JsonNode rows) {
        List<List<Object>> values = new ArrayList<>();
        for (JsonNode row : rows) {
            List<Object> cells = new ArrayList<>();
            for (Column column : spec.columns()) {
                JsonNode value = column.name().startsWith(FlatRow.ACCESS_PREFIX)
                        ? row.path("access").get(column.name().substring(FlatRow.ACCESS_PREFIX.length()))
                        : row.get(column.name());
                cells.add(cell(value));
            }
            values.add(cells);
        }
        return values;
    }

    private static Object cell(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return items.isEmpty() ? null : new ListCell(items);
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        return value.asText();
    }

    /** A list's items, written joined by {@code ;} with each item labelled. */
    private record ListCell(List<String> items) {}

    /** The added vocabulary terms: one row per term, with the list it belongs to. */
    private static void vocabulary(Sheet sheet, Styles styles, WorkbookLabels labels, JsonNode terms) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < WorkbookLabels.VOCABULARY_COLUMNS.size(); c++) {
            header.createCell(c).setCellValue(labels.vocabularyHeading(WorkbookLabels.VOCABULARY_COLUMNS.get(c)));
            header.getCell(c).setCellStyle(styles.requiredHeader);
            sheet.setColumnWidth(c, 30 * 256);
        }
        int r = 1;
        for (String list : List.of("lifeDomains", "neighbourhoods")) {
            for (JsonNode term : terms.path(list)) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(labels.vocabularyList(list));
                row.createCell(1).setCellValue(term.asText());
                row.getCell(0).setCellStyle(styles.text);
                row.getCell(1).setCellStyle(styles.text);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static void instructions(Sheet sheet, Styles styles, WorkbookLabels labels, boolean download) {
        sheet.setColumnWidth(0, 18 * 256);
        sheet.setColumnWidth(1, 80 * 256);
        sheet.setColumnWidth(2, 80 * 256);
        List<String[]> rows = new ArrayList<>();
        rows.add(
                download
                        ? new String[] {"Tafel", "Het netwerk, om opnieuw te importeren", "The network, to import again"
                        }
                        : new String[] {"Tafel", "Importsjabloon", "Import template"});
        rows.add(new String[] {"", "Nederlands", "English"});
        rows.add(new String[] {
            "",
            "Elk tabblad na dit is één onderdeel van het netwerk, genoemd naar dat onderdeel. Rij 1 draagt de"
                    + " kolomnamen: verander ze niet. Vul vanaf rij 2 één rij per partner, persoon of relatie.",
            "Each sheet after this one is one section of the network, named after it. Row 1 holds the column"
                    + " names: do not change them. From row 2 on, fill one row per partner, person or relationship."
        });
        rows.add(new String[] {
            "",
            "De voorbeeldrijen (ids die beginnen met '" + EXAMPLE_PREFIX + "') vormen samen een klein geldig"
                    + " netwerk: zo kunt u het sjabloon meteen uitproberen. Verwijder ze voor u uw eigen gegevens"
                    + " importeert, anders worden ze mee bewaard.",
            "The example rows (ids starting with '" + EXAMPLE_PREFIX + "') form a small valid network, so the"
                    + " template can be tried out as it is. Delete them before you import your own data, or they"
                    + " will be stored too."
        });
        rows.add(new String[] {
            "",
            "Een tabblad dat u niet nodig hebt, mag u leeg laten of verwijderen. Lege rijen worden overgeslagen."
                    + " Verplichte kolommen (gele kop) staan hieronder; de andere mag u leeg laten.",
            "A sheet you do not need may stay empty or be deleted. Blank rows are skipped. The required columns"
                    + " (yellow header) are listed below; the others may be left empty."
        });
        rows.add(new String[] {
            "",
            "Lijsten [lijst] scheidt u met een puntkomma: education;welfare. Datums als JJJJ-MM-DD (2026-01-31)"
                    + " of als datumcel. Elk id is uniek over alle tabbladen heen; relaties verwijzen naar die ids.",
            "Separate lists [list] with a semicolon: education;welfare. Dates as YYYY-MM-DD (2026-01-31) or as"
                    + " date cells. Every id is unique across all sheets; relationships refer to those ids."
        });
        rows.add(new String[] {
            labels == WorkbookLabels.DUTCH ? "Taal" : "Language",
            "Tabbladen, kolomnamen en codes mogen in het Nederlands (personen, naam, brugfiguur) of in het Engels"
                    + " (persons, name, bridge-figure): Tafel leest beide. Dit bestand gebruikt "
                    + (labels == WorkbookLabels.DUTCH ? "het Nederlands." : "het Engels."),
            "Sheets, column names and codes may be Dutch (personen, naam, brugfiguur) or English (persons, name,"
                    + " bridge-figure): Tafel reads both. This file uses "
                    + (labels == WorkbookLabels.DUTCH ? "Dutch." : "English.")
        });
        rows.add(new String[] {
            "Privacy",
            "Een gezin krijgt alleen een nietszeggend id (bv. gezin-00042) en de kolommen "
                    + familyColumns(labels) + ". Nooit een naam, adres, telefoon, e-mail, geboortedatum of"
                    + " rijksregisternummer: Tafel weigert elke andere kolom op het tabblad families.",
            "A family carries only an opaque id (e.g. fam-00042) and the columns " + familyColumns(labels)
                    + ". Never a name, address, phone, e-mail, birth date or national number: Tafel refuses any"
                    + " other column on the families sheet."
        });
        rows.add(new String[] {
            "Import",
            "Stuur het bestand naar POST /api/import (multipart, bestandsnaam op .xlsx); met ?dryRun=true wordt"
                    + " het alleen gecontroleerd. Bij een fout wordt niets bewaard en krijgt u elke fout met"
                    + " tabblad, rijnummer (zoals het rekenblad het toont) en kolom.",
            "Send the file to POST /api/import (multipart, file name ending in .xlsx); with ?dryRun=true it is"
                    + " only checked. On an error nothing is stored and every problem is listed with its sheet,"
                    + " row number (as the spreadsheet shows it) and column."
        });
        for (SheetSpec spec : SHEETS) {
            rows.add(new String[] {
                labels.sheet(spec.section()),
                spec.nl() + "\n" + columnsText(spec, true, labels),
                spec.en() + "\n" + columnsText(spec, false, labels)
            });
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.createRow(i);
            for (int c = 0; c < 3; c++) {
                row.createCell(c).setCellValue(rows.get(i)[c]);
                row.getCell(c).setCellStyle(i < 2 || c == 0 ? styles.boldWrapped : styles.wrapped);
            }
        }
        sheet.createFreezePane(0, 2);
    }

    private static String familyColumns(WorkbookLabels labels) {
        return spec(Section.FAMILIES).columns().stream()
                .map(Column::name)
                .filter(name -> !name.equals("id"))
                .map(name -> labels.heading(Section.FAMILIES, name))
                .collect(Collectors.joining(", "));
    }

    /** "Verplicht: id, name. Andere kolommen: sector, domains [lijst], kind (public, …)." */
    private static String columnsText(SheetSpec spec, boolean dutch, WorkbookLabels labels) {
        String required = spec.columns().stream()
                .filter(Column::required)
                .map(c -> describe(spec.section(), c, dutch, labels))
                .collect(Collectors.joining(", "));
        String optional = spec.columns().stream()
                .filter(c -> !c.required())
                .map(c -> describe(spec.section(), c, dutch, labels))
                .collect(Collectors.joining(", "));
        return (dutch ? "Verplicht: " : "Required: ") + required + "."
                + (optional.isEmpty() ? "" : (dutch ? " Andere kolommen: " : " Other columns: ") + optional + ".");
    }

    private static String describe(Section section, Column column, boolean dutch, WorkbookLabels labels) {
        String text = labels.heading(section, column.name());
        if (column.type() == Type.LIST) {
            text += dutch ? " [lijst]" : " [list]";
        } else if (column.type() == Type.DATE) {
            text += dutch ? " [datum]" : " [date]";
        } else if (column.type() == Type.NUMBER) {
            text += dutch ? " [getal]" : " [number]";
        }
        return column.codes() == null ? text : text + " (" + String.join(", ", codes(section, column, labels)) + ")";
    }

    /** A column's allowed codes as this workbook writes them. */
    private static List<String> codes(Section section, Column column, WorkbookLabels labels) {
        return column.codes().stream()
                .map(code -> labels.label(section, column.name(), code))
                .toList();
    }

    private static void section(
            Sheet sheet, SheetSpec spec, Styles styles, WorkbookLabels labels, List<List<Object>> rows) {
        List<Column> columns = spec.columns();
        Section section = spec.section();
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            String heading = labels.heading(section, column.name());
            header.createCell(c).setCellValue(heading);
            header.getCell(c).setCellStyle(column.required() ? styles.requiredHeader : styles.header);
            // ids and codes are text even when they look like numbers (a leading zero stays)
            if (column.type() != Type.NUMBER) {
                sheet.setDefaultColumnStyle(c, styles.text);
            }
            int index = c;
            int width = Math.max(
                    heading.length(),
                    rows.stream()
                            .limit(200)
                            .filter(values -> values.size() > index && values.get(index) != null)
                            .mapToInt(
                                    values -> String.valueOf(values.get(index)).length())
                            .max()
                            .orElse(0));
            sheet.setColumnWidth(c, Math.min(60, width + 3) * 256);
            if (column.codes() != null && column.type() == Type.TEXT) {
                dropDown(sheet, c, codes(section, column, labels).toArray(String[]::new));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size() && c < columns.size(); c++) {
                Object value = values.get(c);
                String field = columns.get(c).name();
                switch (value) {
                    case null -> {
                        // an empty cell
                    }
                    case Number number -> row.createCell(c).setCellValue(number.doubleValue());
                    case ListCell list ->
                        text(
                                row,
                                c,
                                styles,
                                String.join(
                                        ";",
                                        list.items().stream()
                                                .map(item -> labels.label(section, field, item))
                                                .toList()));
                    default -> text(row, c, styles, labelled(labels, section, field, String.valueOf(value)));
                }
            }
        }
        sheet.createFreezePane(0, 1);
    }

    /** A text cell's value with its codes labelled; a list column's items one by one. */
    private static String labelled(WorkbookLabels labels, Section section, String field, String value) {
        if (FlatRow.LIST_FIELDS.contains(field)) {
            return Arrays.stream(value.split(";"))
                    .map(item -> labels.label(section, field, item))
                    .collect(Collectors.joining(";"));
        }
        return labels.label(section, field, value);
    }

    private static void text(Row row, int column, Styles styles, String value) {
        row.createCell(column).setCellValue(value);
        row.getCell(column).setCellStyle(styles.text);
    }

    /** A drop-down of the allowed codes in the column's rows below the header. */
    private static void dropDown(Sheet sheet, int column, String[] codes) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(codes),
                new CellRangeAddressList(1, VALIDATED_ROWS, column, column));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.createErrorBox("Tafel", String.join(", ", Arrays.asList(codes)));
        sheet.addValidationData(validation);
    }

    /** The few cell styles the template uses. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle requiredHeader;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle boldWrapped;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            short textFormat = workbook.createDataFormat().getFormat("@");
            text = workbook.createCellStyle();
            text.setDataFormat(textFormat);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setDataFormat(textFormat);
            header.setBorderBottom(BorderStyle.THIN);
            requiredHeader = workbook.createCellStyle();
            requiredHeader.cloneStyleFrom(header);
            requiredHeader.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            requiredHeader.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            boldWrapped = workbook.createCellStyle();
            boldWrapped.cloneStyleFrom(wrapped);
            boldWrapped.setFont(bold);
        }
    }
}
