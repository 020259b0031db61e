package be.tafel.importing;

import be.tafel.importing.SheetReader.SheetRow;
import be.tafel.message.Message;
import be.tafel.model.Network;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an import given as one spreadsheet ({@code .xlsx}): a sheet per section named after it
 * ({@code partners}, in any case), the column names in row 1 as in the CSV files, lists separated by
 * {@code ;}, access scores in the columns {@code access.reachable} and so on ({@link FlatRow}). Rows are
 * numbered as the spreadsheet shows them; blank rows are skipped. A sheet whose name starts with
 * {@code Instructies} or {@code Instructions} (the template's first sheet) is not read.
 *
 * <p>The workbook is streamed sheet by sheet (POI's event API), never held whole in memory. Against zip
 * bombs and huge sheets: no part of the file may unpack to more than {@value #MAX_PART_BYTES} bytes
 * (100 MiB) or to more than 100 times its packed size (POI's {@link ZipSecureFile} limits, set here for
 * the whole process), and a workbook holds at most {@value #MAX_ROWS} rows.
 */
public final class XlsxNetworkReader {
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final long MAX_PART_BYTES = 100L * 1024 * 1024;
    static final double MIN_INFLATE_RATIO = 0.01;
    static final int MAX_ROWS = 1_000_000;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

    private final BiFunction<List<String>, List<String>, NetworkReader> readers;

    /** A reader that checks terms against the network's vocabulary as {@code reader} has it. */
    public XlsxNetworkReader(NetworkReader reader) {
        this((domains, places) -> reader);
    }

    /**
     * A reader that checks a workbook with the reader {@code readers} gives for the terms of its vocabulary sheet
     * (the life domains and neighbourhoods a download carries), so a network with added terms imports into a store
     * that lacks them.
     */
    public XlsxNetworkReader(BiFunction<List<String>, List<String>, NetworkReader> readers) {
        this.readers = readers;
    }

    /** A workbook's network and the terms of its vocabulary sheet (empty lists without one). */
    public record Workbook(Network network, List<String> lifeDomains, List<String> neighbourhoods) {}

    /** True for the name of the template's instructions sheet ("Instructies - Instructions"), which is not data. */
    public static boolean isInstructions(String sheetName) {
        String name = sheetName.strip().toLowerCase(Locale.ROOT);
        return name.startsWith("instructies") || name.startsWith("instructions");
    }

    /** Reads the workbook, checks it like any import and returns the network, or throws {@link InvalidNetworkException}. */
    public Network read(byte[] workbook) {
        return readWorkbook(workbook).network();
    }

    /**
     * Reads the workbook with its vocabulary sheet. Sheets, headings and codes may be Dutch or English
     * ({@link WorkbookLabels}); the problems of a Dutch workbook name its sheets and columns as it does.
     */
    public Workbook readWorkbook(byte[] workbook) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<Section, List<NumberedRow>> sections = new EnumMap<>(Section.class);
        Terms terms = new Terms();
        String unreadable = unreadableReason(workbook);
        if (unreadable != null) {
            throw new InvalidNetworkException(List.of(new ImportProblem(null, null, null, Message.of(unreadable))));
        }
        Path file = null;
        try {
            // a file lets POI unpack one part at a time instead of the whole workbook in memory
            file = Files.createTempFile("tafel-import-", ".xlsx");
            Files.write(file, workbook);
            readSheets(file, sections, problems, terms);
        } catch (IOException
                | OpenXML4JException
                | SAXException
                | XmlException
                | ParserConfigurationException
                | RuntimeException e) {
            throw new InvalidNetworkException(List.of(new ImportProblem(null, null, null, cannotRead(e))));
        } finally {
            deleteQuietly(file);
        }
        try {
            Network network =
                    readers.apply(terms.lifeDomains, terms.neighbourhoods).read(sections, problems);
            return new Workbook(network, List.copyOf(terms.lifeDomains), List.copyOf(terms.neighbourhoods));
        } catch (InvalidNetworkException e) {
            if (!terms.dutch) {
                throw e;
            }
            throw new InvalidNetworkException(
                    e.problems().stream().map(XlsxNetworkReader::inDutch).toList());
        }
    }

    /** A problem with the sheet and column named as a Dutch workbook names them. */
    private static ImportProblem inDutch(ImportProblem problem) {
        Section section = problem.section() == null ? null : WorkbookLabels.section(problem.section());
        if (section == null) {
            return problem;
        }
        String field = problem.field();
        String heading = field == null ? null : WorkbookLabels.DUTCH.heading(section, field);
        Message message = problem.problem();
        if (field != null
                && WorkbookLabels.hasLabels(section, field)
                && message.parameters().get("allowed") instanceof List<?> allowed) {
            // the values a Dutch workbook may write: its Dutch labels
            message = message.with(
                    "allowed",
                    allowed.stream()
                            .map(code -> WorkbookLabels.DUTCH.label(section, field, String.valueOf(code)))
                            .toList());
        }
        if (List.of("importUnknownField", "importFamilyField").contains(message.code())
                && message.parameters().get("allowed") instanceof List<?> columns) {
            // the columns a Dutch sheet may have: its Dutch headings
            message = message.with(
                    "allowed",
                    columns.stream()
                            .map(column -> WorkbookLabels.DUTCH.heading(section, String.valueOf(column)))
                            .toList());
        }
        if (heading != null && message.parameters().containsKey("field")) {
            message = message.with("field", heading);
        }
        if (message.parameters().get("since") instanceof String since) {
            message = message.with("since", WorkbookLabels.DUTCH.heading(section, since));
        }
        if (message.parameters().containsKey("section")) {
            message = message.with("section", WorkbookLabels.DUTCH.sheet(section));
        }
        return new ImportProblem(WorkbookLabels.DUTCH.sheet(section), problem.row(), heading, message);
    }

    /** The terms of the vocabulary sheet, and whether any sheet had a Dutch name. */
    private static final class Terms {
        private final List<String> lifeDomains = new ArrayList<>();
        private final List<String> neighbourhoods = new ArrayList<>();
        private boolean dutch;
    }

    private static void readSheets(
            Path file, Map<Section, List<NumberedRow>> sections, List<ImportProblem> problems, Terms terms)
            throws IOException, OpenXML4JException, SAXException, XmlException, ParserConfigurationException {
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            XSSFReader xlsx = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = xlsx.getStylesTable();
            boolean date1904 = date1904(xlsx);
            RowCount count = new RowCount();
            XSSFReader.SheetIterator sheets = xlsx.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (isInstructions(name)) {
                        continue;
                    }
                    terms.dutch |= WorkbookLabels.isDutchSheet(name);
                    if (WorkbookLabels.isVocabulary(name)) {
                        VocabularyRows rows = new VocabularyRows(name, problems, terms);
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new SheetReader(strings, styles, date1904, rows::add));
                        parser.parse(new InputSource(sheet));
                        continue;
                    }
                    Section section = WorkbookLabels.section(name);
                    if (section == null) {
                        problems.add(new ImportProblem(
                                name,
                                null,
                                null,
                                Message.of(
                                        "importUnknownSheet",
                                        "name",
                                        name,
                                        "sections",
                                        NetworkReader.sectionKeys(),
                                        "sheets",
                                        Arrays.stream(Section.values())
                                                .map(WorkbookLabels.DUTCH::sheet)
                                                .toList())));
                        continue;
                    }
                    SectionRows rows = new SectionRows(section, problems, count);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new SheetReader(strings, styles, date1904, rows::add));
                    parser.parse(new InputSource(sheet));
                    sections.put(section, rows.rows);
                }
            }
        } finally {
            pkg.revert();
        }
    }

    private static boolean date1904(XSSFReader xlsx) throws IOException, OpenXML4JException, XmlException {
        try (InputStream in = xlsx.getWorkbookData()) {
            CTWorkbook workbook = WorkbookDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS)
                    .getWorkbook();
            return workbook.isSetWorkbookPr() && workbook.getWorkbookPr().getDate1904();
        }
    }

    /** Why the bytes cannot be a workbook at all (a message code), or null when they look like one (a zip file). */
    private static String unreadableReason(byte[] workbook) {
        if (workbook.length == 0) {
            return "importWorkbookEmpty";
        }
        FileMagic magic = FileMagic.valueOf(workbook);
        return switch (magic) {
            case OOXML -> null;
            case OLE2 -> "importWorkbookOld";
            default -> "importNotWorkbook";
        };
    }

    private static Message cannotRead(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("Zip bomb") || message.contains("MAX_FILE_COUNT")) {
            return Message.of("importWorkbookTooBig");
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooManyRows) {
                return Message.of("importTooManyRows", "max", MAX_ROWS);
            }
        }
        return Message.of("importWorkbookDamaged");
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    /** Why a cell cannot be read: the error it holds, or (empty) a formula without a saved result. */
    private static Message unreadable(String cell, String error) {
        return error.isEmpty()
                ? Message.of("importFormulaUnsaved", "cell", cell)
                : Message.of("importCellError", "cell", cell, "error", error);
    }

    /** The rows of all sheets so far, against {@link #MAX_ROWS}. */
    private static final class RowCount {
        private int rows;
    }

    /** Thrown from inside a sheet when the workbook has too many rows: reading stops there. */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super("the workbook has more than " + MAX_ROWS + " rows; split the data over several imports");
        }
    }

    /** Collects one section's rows: row 1 names the columns, each later non-blank row becomes a {@link NumberedRow}. */
    private static final class SectionRows {
        private final Section section;
        private final List<ImportProblem> problems;
        private final RowCount count;
        private final List<NumberedRow> rows = new ArrayList<>();
        private List<String> columns;
        private boolean headerMissing;

        SectionRows(Section section, List<ImportProblem> problems, RowCount count) {
            this.section = section;
            this.problems = problems;
            this.count = count;
        }

        void add(SheetRow row) {
            if (row.isBlank() || headerMissing) {
                return;
            }
            if (++count.rows > MAX_ROWS) {
                throw new TooManyRows();
            }
            if (columns == null) {
                header(row);
                return;
            }
            List<String> cells = new ArrayList<>();
            row.cells().forEach((column, value) -> {
                if (column >= columns.size() || columns.get(column) == null) {
                    problems.add(new ImportProblem(
                            section.key(),
                            row.number(),
                            null,
                            Message.of("importUnnamedColumn", "cell", SheetReader.columnName(column) + row.number())));
                }
            });
            for (int column = 0; column < columns.size(); column++) {
                String field = columns.get(column);
                cells.add(
                        field == null
                                ? null
                                : WorkbookLabels.code(
                                        section, field, row.cells().get(column)));
            }
            row.unreadable()
                    .forEach((column, reason) -> problems.add(new ImportProblem(
                            section.key(),
                            row.number(),
                            column < columns.size() ? columns.get(column) : null,
                            unreadable(SheetReader.columnName(column) + row.number(), reason))));
            rows.add(new NumberedRow(row.number(), FlatRow.fields(columnNames(), cells)));
        }

        private void header(SheetRow row) {
            if (row.number() != 1) {
                headerMissing = true;
                problems.add(new ImportProblem(
                        section.key(),
                        1,
                        null,
                        Message.of("importHeaderNotFirst", "section", section.key(), "first", row.number())));
                return;
            }
            int width = row.cells().isEmpty() ? 0 : row.cells().lastKey() + 1;
            columns = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (int column = 0; column < width; column++) {
                String heading = row.cells().get(column);
                // a Dutch heading (naam, werktVoor) names the same field as the English one
                String name = WorkbookLabels.field(section, heading);
                columns.add(name);
                if (name != null && seen.putIfAbsent(name, column) != null) {
                    problems.add(new ImportProblem(
                            section.key(),
                            1,
                            name,
                            Message.of(
                                    "importColumnTwice",
                                    "field",
                                    name,
                                    "first",
                                    SheetReader.columnName(seen.get(name)),
                                    "second",
                                    SheetReader.columnName(column))));
                }
            }
            row.unreadable()
                    .forEach((column, reason) -> problems.add(new ImportProblem(
                            section.key(), 1, null, unreadable(SheetReader.columnName(column) + "1", reason))));
            if (seen.isEmpty()) {
                headerMissing = true;
                problems.add(new ImportProblem(section.key(), 1, null, Message.of("importNoHeader")));
            }
        }

        /** The column names with unnamed columns as empty strings (their cells were reported). */
        private List<String> columnNames() {
            return columns.stream().map(name -> name == null ? "" : name).toList();
        }
    }

    /** The vocabulary sheet: row 1 names the columns list and term ({@code lijst}, {@code term}); each row a term. */
    private static final class VocabularyRows {
        private final String sheet;
        private final List<ImportProblem> problems;
        private final Terms terms;
        private int listColumn = -1;
        private int termColumn = -1;
        private boolean header = true;

        VocabularyRows(String sheet, List<ImportProblem> problems, Terms terms) {
            this.sheet = sheet;
            this.problems = problems;
            this.terms = terms;
        }

        void add(SheetRow row) {
            if (row.isBlank()) {
                return;
            }
            if (header) {
                header = false;
                row.cells().forEach((column, heading) -> {
                    String name = WorkbookLabels.vocabularyColumnOf(heading);
                    if ("list".equals(name)) {
                        listColumn = column;
                    } else if ("term".equals(name)) {
                        termColumn = column;
                    }
                });
                if (listColumn < 0 || termColumn < 0) {
                    problems.add(new ImportProblem(sheet, row.number(), null, Message.of("importVocabularyHeader")));
                }
                return;
            }
            if (listColumn < 0 || termColumn < 0) {
                return;
            }
            String list = WorkbookLabels.vocabularyListOf(row.cells().get(listColumn));
            String term = row.cells().get(termColumn);
            if (list == null || term == null) {
                problems.add(new ImportProblem(
                        sheet,
                        row.number(),
                        list == null ? "list" : "term",
                        Message.of(list == null ? "importVocabularyList" : "importVocabularyTerm")));
            } else if (list.equals("lifeDomains")) {
                terms.lifeDomains.add(term);
            } else {
                terms.neighbourhoods.add(term);
            }
        }
    }
}
