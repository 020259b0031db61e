package be.tafel.importing;

import be.tafel.importing.SheetReader.SheetRow;
import be.tafel.model.Coded;
import be.tafel.model.Network;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private final NetworkReader reader;

    public XlsxNetworkReader(NetworkReader reader) {
        this.reader = reader;
    }

    /** True for the name of the template's instructions sheet ("Instructies - Instructions"), which is not data. */
    public static boolean isInstructions(String sheetName) {
        String name = sheetName.strip().toLowerCase(Locale.ROOT);
        return name.startsWith("instructies") || name.startsWith("instructions");
    }

    /** Reads the workbook, checks it like any import and returns the network, or throws {@link InvalidNetworkException}. */
    public Network read(byte[] workbook) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<Section, List<NumberedRow>> sections = new EnumMap<>(Section.class);
        String unreadable = unreadableReason(workbook);
        if (unreadable != null) {
            throw new InvalidNetworkException(List.of(new ImportProblem(null, null, null, unreadable)));
        }
        Path file = null;
        try {
            // a file lets POI unpack one part at a time instead of the whole workbook in memory
            file = Files.createTempFile("tafel-import-", ".xlsx");
            Files.write(file, workbook);
            readSheets(file, sections, problems);
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
        return reader.read(sections, problems);
    }

    private static void readSheets(Path file, Map<Section, List<NumberedRow>> sections, List<ImportProblem> problems)
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
                    Section section = Coded.parse(Section.class, name.strip().toLowerCase(Locale.ROOT))
                            .orElse(null);
                    if (section == null) {
                        problems.add(new ImportProblem(
                                name,
                                null,
                                null,
                                "unknown sheet '" + name + "'; name each sheet after its section: "
                                        + NetworkReader.sectionNames()));
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

    /** Why the bytes cannot be a workbook at all, or null when they look like one (a zip file). */
    private static String unreadableReason(byte[] workbook) {
        if (workbook.length == 0) {
            return "the spreadsheet is empty: send an .xlsx workbook";
        }
        FileMagic magic = FileMagic.valueOf(workbook);
        return switch (magic) {
            case OOXML -> null;
            case OLE2 ->
                "the file is a password-protected workbook or an old Excel file (.xls): save it without a"
                        + " password as an Excel workbook (.xlsx) and try again";
            default -> "the file is not an Excel workbook (.xlsx): save it as .xlsx, or send CSV or JSON";
        };
    }

    private static String cannotRead(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("Zip bomb") || message.contains("MAX_FILE_COUNT")) {
            return "the workbook unpacks to more than Tafel accepts: no part may unpack to more than 100 MiB or to"
                    + " more than 100 times its packed size; split the data over several imports";
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooManyRows) {
                return cause.getMessage();
            }
        }
        return "the workbook cannot be read: it is damaged or not an Excel workbook (.xlsx); open it in a"
                + " spreadsheet program, save it as .xlsx and try again";
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
                            "cell "
                                    + SheetReader.columnName(column) + row.number()
                                    + " has a value but its column has no name"
                                    + " in row 1"));
                }
            });
            for (int column = 0; column < columns.size(); column++) {
                cells.add(columns.get(column) == null ? null : row.cells().get(column));
            }
            row.unreadable()
                    .forEach((column, reason) -> problems.add(new ImportProblem(
                            section.key(),
                            row.number(),
                            column < columns.size() ? columns.get(column) : null,
                            "cell " + SheetReader.columnName(column) + row.number() + ": " + reason)));
            rows.add(new NumberedRow(row.number(), FlatRow.fields(columnNames(), cells)));
        }

        private void header(SheetRow row) {
            if (row.number() != 1) {
                headerMissing = true;
                problems.add(new ImportProblem(
                        section.key(),
                        1,
                        null,
                        "row 1 must hold the column names (" + section.key() + " starts in row " + row.number() + ")"));
                return;
            }
            int width = row.cells().isEmpty() ? 0 : row.cells().lastKey() + 1;
            columns = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (int column = 0; column < width; column++) {
                String name = row.cells().get(column);
                columns.add(name);
                if (name != null && seen.putIfAbsent(name, column) != null) {
                    problems.add(new ImportProblem(
                            section.key(),
                            1,
                            name,
                            "the column '" + name + "' appears twice, in " + SheetReader.columnName(seen.get(name))
                                    + " and " + SheetReader.columnName(column)));
                }
            }
            row.unreadable()
                    .forEach((column, reason) -> problems.add(new ImportProblem(
                            section.key(), 1, null, "cell " + SheetReader.columnName(column) + "1: " + reason)));
            if (seen.isEmpty()) {
                headerMissing = true;
                problems.add(new ImportProblem(section.key(), 1, null, "row 1 must hold the column names"));
            }
        }

        /** The column names with unnamed columns as empty strings (their cells were reported). */
        private List<String> columnNames() {
            return columns.stream().map(name -> name == null ? "" : name).toList();
        }
    }
}
