package be.tafel.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads Cypher from the {@code cypher/} folder (on the class path) by name, like jdbi's
 * ClasspathSqlLocator, so analysts can read and run the very queries Tafel runs.
 */
public final class CypherFiles {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private CypherFiles() {}

    /** The query in {@code cypher/NAME.cypher}, e.g. {@code load("import/partners")}. */
    public static String load(String name) {
        return CACHE.computeIfAbsent(name, CypherFiles::read);
    }

    /** The statements of a file that holds several, separated by semicolons at the end of a line. */
    public static List<String> statements(String name) {
        return Arrays.stream(load(name).split(";\\s*(\\n|$)"))
                .map(CypherFiles::withoutComments)
                .filter(s -> !s.isBlank())
                .toList();
    }

    private static String withoutComments(String statement) {
        return statement
                .lines()
                .filter(l -> !l.strip().startsWith("//"))
                .reduce("", (a, b) -> a + b + "\n")
                .strip();
    }

    private static String read(String name) {
        String path = "/cypher/" + name + ".cypher";
        try (InputStream in = CypherFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no Cypher file " + path + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
