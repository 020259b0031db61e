package be.tafel.importing;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet's XML as it streams past (SAX), so a large sheet never sits in memory as a whole,
 * and hands on each row as text cells: strings as they are, numbers without a needless {@code .0}
 * ({@code 12}, {@code 2.5}), booleans as {@code true}/{@code false}, date-formatted numbers as ISO dates
 * ({@code 2026-01-31}), formulas as their saved result. Blank cells are left out; a cell that holds an
 * error ({@code #N/A}) or a formula without a saved result is reported instead of read.
 */
final class SheetReader extends DefaultHandler {
    /**
     * A row as the spreadsheet numbers it (the first is 1), its non-blank cells and its unreadable ones by column
     * (A = 0): the error the cell holds (e.g. {@code #DIV/0!}), or an empty text for a formula without a saved
     * result.
     */
    record SheetRow(int number, SortedMap<Integer, String> cells, SortedMap<Integer, String> unreadable) {
        boolean isBlank() {
            return cells.isEmpty() && unreadable.isEmpty();
        }
    }

    private static final String NS = XSSFRelation.NS_SPREADSHEETML;

    private final SharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final Consumer<SheetRow> rows;

    private int rowNumber;
    private SortedMap<Integer, String> cells;
    private SortedMap<Integer, String> unreadable;
    private int column;
    private String type;
    private int style;
    private boolean hasFormula;
    private boolean hasValue;
    private boolean inValue;
    private boolean inInline;
    private boolean inPhonetic;
    private final StringBuilder text = new StringBuilder();

    SheetReader(SharedStrings strings, StylesTable styles, boolean date1904, Consumer<SheetRow> rows) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (!NS.equals(uri)) {
            return;
        }
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells = new TreeMap<>();
                unreadable = new TreeMap<>();
                column = -1;
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r == null ? column + 1 : new CellReference(r).getCol();
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                hasFormula = false;
                hasValue = false;
                text.setLength(0);
            }
            case "f" -> hasFormula = true;
            case "v" -> {
                inValue = true;
                hasValue = true;
            }
            case "is" -> {
                inInline = true;
                hasValue = true;
            }
            case "rPh" -> inPhonetic = true;
            case "t" -> inValue = inInline && !inPhonetic;
            default -> {
                // sheet properties, columns, merged cells, formatting: not data
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (!NS.equals(uri)) {
            return;
        }
        switch (localName) {
            case "v", "t" -> inValue = false;
            case "rPh" -> inPhonetic = false;
            case "is" -> inInline = false;
            case "c" -> cell();
            case "row" -> rows.accept(new SheetRow(rowNumber, cells, unreadable));
            default -> {
                // nothing to finish
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            text.append(ch, start, length);
        }
    }

    private void cell() {
        if (!hasValue) {
            if (hasFormula) {
                unreadable.put(column, "");
            }
            return;
        }
        String raw = text.toString();
        if ("e".equals(type)) {
            unreadable.put(column, raw.strip());
            return;
        }
        String value = switch (type == null ? "n" : type) {
            case "s" -> strings.getItemAt(Integer.parseInt(raw.strip())).getString();
            case "b" -> "1".equals(raw.strip()) || "true".equalsIgnoreCase(raw.strip()) ? "true" : "false";
            case "d" -> isoDate(raw.strip());
            case "n" -> number(raw.strip());
            default -> raw; // "str" (a formula's text) and "inlineStr"
        };
        if (value != null && !value.isBlank()) {
            cells.put(column, value.strip());
        }
    }

    /** A number as text, or as an ISO date when the cell is formatted as a date. */
    private String number(String raw) {
        if (raw.isEmpty()) {
            return null;
        }
        double number = Double.parseDouble(raw);
        if (isDateFormatted() && DateUtil.isValidExcelDate(number)) {
            LocalDateTime when = DateUtil.getLocalDateTime(number, date1904, true);
            return when.toLocalTime().equals(LocalTime.MIDNIGHT)
                    ? when.toLocalDate().toString()
                    : when.toString();
        }
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    private boolean isDateFormatted() {
        if (styles == null || style >= styles.getNumCellStyles()) {
            return false;
        }
        XSSFCellStyle cellStyle = styles.getStyleAt(style);
        if (cellStyle == null) {
            return false;
        }
        int format = cellStyle.getDataFormat();
        String pattern = cellStyle.getDataFormatString();
        return DateUtil.isADateFormat(format, pattern == null ? BuiltinFormats.getBuiltinFormat(format) : pattern);
    }

    /** A cell of type {@code d} holds ISO 8601 text already; a midnight time is dropped. */
    private static String isoDate(String raw) {
        return raw.endsWith("T00:00:00") || raw.endsWith("T00:00:00Z") ? raw.substring(0, raw.indexOf('T')) : raw;
    }

    /** The column letters of a zero-based column index: 0 → A, 27 → AB. */
    static String columnName(int column) {
        return CellReference.convertNumToColString(column);
    }
}
