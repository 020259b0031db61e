package be.tafel.pseudonym;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code pseudonymise --column NAME [--column NAME …] [--key-file FILE] [--prefix fam-] [--in FILE] [--out FILE]}:
 * copies a CSV file (UTF-8, header row) and replaces every value of the named columns by its
 * {@link Pseudonymiser pseudonym}. The key comes from {@code --key-file} or the environment variable
 * {@code TAFEL_PSEUDONYM_KEY}; a key written as 32 or more hex digits is read as those bytes, anything else
 * as its UTF-8 bytes. The municipality keeps the key; partners run this before they send their rows.
 */
public final class PseudonymiseCommand {
    public static final String KEY_VARIABLE = "TAFEL_PSEUDONYM_KEY";

    private PseudonymiseCommand() {}

    /** Runs the command; returns the exit code (0 done, 2 wrong usage). */
    public static int run(
            List<String> args, Map<String, String> env, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        List<String> columns = new ArrayList<>();
        Path keyFile = null;
        Path in = null;
        Path out = null;
        String prefix = "";
        try {
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--column" -> columns.add(value(args, ++i));
                    case "--key-file" -> keyFile = Path.of(value(args, ++i));
                    case "--prefix" -> prefix = value(args, ++i);
                    case "--in" -> in = Path.of(value(args, ++i));
                    case "--out" -> out = Path.of(value(args, ++i));
                    default -> throw new IllegalArgumentException("unknown option " + args.get(i));
                }
            }
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("name at least one --column to pseudonymise");
            }
            Pseudonymiser pseudonyms = new Pseudonymiser(key(keyFile, env), prefix);
            String text =
                    new String(in == null ? stdin.readAllBytes() : Files.readAllBytes(in), StandardCharsets.UTF_8);
            String result = pseudonymise(text, columns, pseudonyms);
            if (out == null) {
                stdout.print(result);
                stdout.flush();
            } else {
                try (OutputStream file = Files.newOutputStream(out)) {
                    file.write(result.getBytes(StandardCharsets.UTF_8));
                }
            }
            return 0;
        } catch (IllegalArgumentException | IOException e) {
            stderr.println("pseudonymise: " + e.getMessage());
            stderr.println("usage: pseudonymise --column NAME [--column NAME …] [--key-file FILE] [--prefix fam-]"
                    + " [--in FILE] [--out FILE]   (key: --key-file or " + KEY_VARIABLE + ")");
            return 2;
        }
    }

    /** The CSV {@code text} with every value of {@code columns} replaced by its pseudonym. */
    static String pseudonymise(String text, List<String> columns, Pseudonymiser pseudonyms) throws IOException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        StringWriter written = new StringWriter();
        try (Reader reader = new StringReader(body);
                CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            for (String column : columns) {
                if (!header.contains(column)) {
                    throw new IllegalArgumentException("the CSV has no column '" + column + "'; it has " + header);
                }
            }
            try (CSVPrinter printer = new CSVPrinter(
                    written,
                    CSVFormat.DEFAULT
                            .builder()
                            .setHeader(header.toArray(String[]::new))
                            .setRecordSeparator("\n")
                            .get())) {
                for (CSVRecord record : parser) {
                    List<String> cells = new ArrayList<>(record.toList());
                    for (String column : columns) {
                        int i = header.indexOf(column);
                        if (i < cells.size()) {
                            cells.set(i, pseudonyms.pseudonym(cells.get(i).strip()));
                        }
                    }
                    printer.printRecord(cells);
                }
            }
        }
        return written.toString();
    }

    private static byte[] key(Path keyFile, Map<String, String> env) throws IOException {
        String text;
        if (keyFile != null) {
            text = Files.readString(keyFile, StandardCharsets.UTF_8);
        } else if (env.get(KEY_VARIABLE) != null) {
            text = env.get(KEY_VARIABLE);
        } else {
            throw new IllegalArgumentException("no key: pass --key-file FILE or set " + KEY_VARIABLE);
        }
        String key = text.strip();
        if (key.length() >= 32 && key.length() % 2 == 0 && key.matches("[0-9a-fA-F]+")) {
            return HexFormat.of().parseHex(key);
        }
        return key.getBytes(StandardCharsets.UTF_8);
    }

    private static String value(List<String> args, int i) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(args.get(i - 1) + " needs a value");
        }
        return args.get(i);
    }
}
