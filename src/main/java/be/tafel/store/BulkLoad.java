package be.tafel.store;

import be.tafel.model.Collaboration;
import be.tafel.model.Network;
import be.tafel.model.NodeLabel;
import be.tafel.model.Person;
import be.tafel.model.Referral;
import be.tafel.model.Seat;
import be.tafel.model.Service;
import be.tafel.model.Support;
import be.tafel.model.Use;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * The initial load of a whole region into an empty embedded store with Neo4j's own bulk importer (what
 * {@code neo4j-admin database import full} runs), for a network that was validated as an import is. The rows
 * become Neo4j's CSV files, one per label and relationship type, with exactly the properties the transactional
 * import stores ({@link StoreRows}); the importer writes the store files directly, without transactions, and
 * the next start of the store builds Tafel's constraints and indexes over them.
 *
 * <p>All or nothing: the store must be empty before, and when the importer fails its half-written files are
 * removed, so the store starts empty again. Later imports go through the transactional writer.
 */
public final class BulkLoad {
    /** Between the elements of a list property: a character no vocabulary term or id holds. */
    static final char ARRAY_DELIMITER = '\u001F';

    private BulkLoad() {}

    /** What the importer was given: files, and nodes and relationships written to them. */
    public record Files(Path dir, List<String> arguments, long nodes, long relationships) {}

    /** Writes the network as the importer's CSV files into {@code dir}, with the arguments that import them. */
    public static Files write(Network network, Path dir) {
        try {
            java.nio.file.Files.createDirectories(dir);
            List<String> args = new ArrayList<>();
            long nodes = 0;
            nodes += nodes(dir, args, NodeLabel.PARTNER, network.partners(), StoreRows::properties);
            nodes += nodes(dir, args, NodeLabel.PERSON, network.persons(), StoreRows::properties);
            nodes += nodes(dir, args, NodeLabel.SERVICE, network.services(), StoreRows::properties);
            nodes += nodes(dir, args, NodeLabel.FAMILY, network.families(), StoreRows::properties);
            nodes += nodes(dir, args, NodeLabel.TABLE, network.tables(), StoreRows::properties);
            nodes += nodes(dir, args, NodeLabel.REFERRAL, network.referrals(), BulkLoad::referral);
            long relationships = 0;
            relationships += relationships(
                    dir,
                    args,
                    "WORKS_FOR",
                    network.persons().stream().filter(p -> p.worksFor() != null).toList(),
                    Person::id,
                    Person::worksFor,
                    StoreRows::worksFor);
            relationships += relationships(
                    dir, args, "OFFERS", network.services(), Service::provider, Service::id, s -> Map.of());
            relationships += relationships(
                    dir, args, "SITS_AT", network.seats(), Seat::member, Seat::table, StoreRows::properties);
            relationships += relationships(
                    dir,
                    args,
                    "COLLABORATES",
                    network.collaborations(),
                    Collaboration::a,
                    Collaboration::b,
                    StoreRows::properties);
            relationships += relationships(
                    dir, args, "SUPPORTS", network.supports(), Support::person, Support::family, StoreRows::properties);
            relationships +=
                    relationships(dir, args, "USES", network.uses(), Use::family, Use::service, StoreRows::properties);
            relationships +=
                    relationships(dir, args, "FROM", network.referrals(), Referral::id, Referral::from, r -> Map.of());
            relationships +=
                    relationships(dir, args, "TO", network.referrals(), Referral::id, Referral::to, r -> Map.of());
            relationships +=
                    relationships(dir, args, "FOR", network.referrals(), Referral::id, Referral::family, r -> Map.of());
            return new Files(dir, args, nodes, relationships);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bulk load's files into " + dir, e);
        }
    }

    /**
     * Runs Neo4j's importer on {@code files} into the default database of the embedded store whose home is
     * {@code home} (the store must be shut down), in a JVM of its own as {@code neo4j-admin} runs it: it needs
     * {@code java.nio} opened to it, and no Java assertions. Its output goes to {@code log}. On failure nothing
     * of the import is left.
     */
    public static void run(Path home, Files files, PrintStream log) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                BulkLoad.class.getName(),
                home.toAbsolutePath().toString(),
                files.dir().resolve("conf").toAbsolutePath().toString(),
                // the database first: the file options take every argument after them
                "neo4j",
                "--overwrite-destination=true",
                "--id-type=string",
                "--array-delimiter=" + ARRAY_DELIMITER,
                "--multiline-fields=true",
                "--strict=true",
                "--high-parallel-io=auto"));
        command.addAll(files.arguments());
        java.util.Deque<String> tail = new java.util.ArrayDeque<>();
        int exit;
        try {
            java.nio.file.Files.createDirectories(files.dir().resolve("conf"));
            java.nio.file.Files.writeString(files.dir().resolve("conf").resolve("neo4j.conf"), "");
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            try (var out = new java.io.BufferedReader(
                    new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    log.println(line);
                    tail.addLast(line);
                    if (tail.size() > 30) {
                        tail.removeFirst();
                    }
                }
            }
            exit = process.waitFor();
        } catch (IOException e) {
            removeDefaultDatabase(home);
            throw new UncheckedIOException("Neo4j's importer could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            removeDefaultDatabase(home);
            throw new IllegalStateException("interrupted while Neo4j's importer ran; the store is left empty", e);
        }
        if (exit != 0) {
            removeDefaultDatabase(home);
            throw new IllegalStateException(
                    "Neo4j's importer failed (exit " + exit + "); the store is left empty: " + String.join("\n", tail));
        }
    }

    /** The importer's JVM: {@code HOME CONF} then the arguments of {@code neo4j-admin database import full}. */
    public static void main(String[] args) throws IOException {
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            ExecutionContext context =
                    new ExecutionContext(Path.of(args[0]), Path.of(args[1]), System.out, System.err, fs);
            int exit = new CommandLine(new ImportCommand.Full(context))
                    .execute(java.util.Arrays.copyOfRange(args, 2, args.length));
            System.out.flush();
            System.exit(exit);
        }
    }

    /** The default database's store and transaction files, so the next start makes an empty one. */
    static void removeDefaultDatabase(Path home) {
        for (String part : List.of("databases", "transactions")) {
            deleteTree(home.resolve("data").resolve(part).resolve("neo4j"));
        }
    }

    public static void deleteTree(Path dir) {
        if (!java.nio.file.Files.exists(dir)) {
            return;
        }
        try (var paths = java.nio.file.Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }

    private static Map<String, Object> referral(Referral r) {
        Map<String, Object> row = new LinkedHashMap<>(StoreRows.of(r));
        row.keySet().retainAll(List.of("id", "date", "domain", "status", "completedOn"));
        return row;
    }

    private static <T> long nodes(
            Path dir, List<String> args, NodeLabel label, List<T> records, Function<T, Map<String, Object>> properties)
            throws IOException {
        List<Map<String, Object>> rows = records.stream().map(properties).toList();
        Path file = dir.resolve(label.label() + ".csv");
        writeCsv(file, rows, "id:ID");
        args.add("--nodes=" + label.label() + ":Node=" + file.toAbsolutePath());
        return rows.size();
    }

    private static <T> long relationships(
            Path dir,
            List<String> args,
            String type,
            List<T> records,
            Function<T, String> start,
            Function<T, String> end,
            Function<T, Map<String, Object>> properties)
            throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>(records.size());
        for (T record : records) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(":START_ID", start.apply(record));
            row.put(":END_ID", end.apply(record));
            row.putAll(properties.apply(record));
            rows.add(row);
        }
        Path file = dir.resolve(type + ".csv");
        writeCsv(file, rows, null);
        args.add("--relationships=" + type + "=" + file.toAbsolutePath());
        return rows.size();
    }

    /**
     * One CSV file: a header naming every property any row has, with its Neo4j type (from the Java value the
     * transactional import would send), then the rows; a property a row lacks (null) is an empty field, which
     * the importer leaves unset, as {@code SET n = row} does.
     */
    private static void writeCsv(Path file, List<Map<String, Object>> rows, String idColumn) throws IOException {
        Map<String, String> columns = new LinkedHashMap<>();
        if (idColumn != null) {
            columns.put("id", idColumn);
        } else {
            columns.put(":START_ID", ":START_ID");
            columns.put(":END_ID", ":END_ID");
        }
        for (Map<String, Object> row : rows) {
            row.forEach((key, value) -> {
                if (value != null && !columns.containsKey(key)) {
                    columns.put(key, key + ":" + type(key, value));
                }
            });
        }
        try (Writer out = new BufferedWriter(
                new java.io.OutputStreamWriter(java.nio.file.Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 16)) {
            out.write(String.join(",", columns.values()));
            out.write('\n');
            StringBuilder line = new StringBuilder();
            for (Map<String, Object> row : rows) {
                line.setLength(0);
                boolean first = true;
                for (String key : columns.keySet()) {
                    if (!first) {
                        line.append(',');
                    }
                    first = false;
                    field(line, key, row.get(key));
                }
                line.append('\n');
                out.write(line.toString());
            }
        }
    }

    private static String type(String key, Object value) {
        return switch (value) {
            case String s -> "string";
            case Integer i -> "long";
            case Long l -> "long";
            case Double d -> "double";
            case Float f -> "double";
            case Boolean b -> "boolean";
            case LocalDate d -> "date";
            case List<?> l -> "string[]";
            default ->
                throw new IllegalArgumentException("property '" + key + "' of type "
                        + value.getClass().getSimpleName() + " cannot be bulk loaded");
        };
    }

    private static void field(StringBuilder line, String key, Object value) {
        switch (value) {
            case null -> {}
            case String s -> quoted(line, key, s);
            case Double d -> line.append(BigDecimal.valueOf(d).toPlainString());
            case Float f -> line.append(BigDecimal.valueOf(f).toPlainString());
            case List<?> list -> {
                StringBuilder joined = new StringBuilder();
                for (Object element : list) {
                    String text = String.valueOf(element);
                    if (text.indexOf(ARRAY_DELIMITER) >= 0) {
                        throw new IllegalArgumentException("a value of '" + key + "' holds a control character");
                    }
                    if (!joined.isEmpty()) {
                        joined.append(ARRAY_DELIMITER);
                    }
                    joined.append(text);
                }
                if (!list.isEmpty()) {
                    quoted(line, key, joined.toString());
                }
            }
            default -> line.append(value);
        }
    }

    private static void quoted(StringBuilder line, String key, String text) {
        line.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }
}
