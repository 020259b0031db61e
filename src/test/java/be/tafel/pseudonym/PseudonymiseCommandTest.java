package be.tafel.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.importing.PersonalData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymiseCommandTest {
    private static final String KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(List<String> args, Map<String, String> env, String stdin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PseudonymiseCommand.run(
                args,
                env,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void replaces_the_column_by_hmac_sha256_pseudonyms_that_match_python_hmac() throws Exception {
        Files.writeString(dir.resolve("pseudonym.key"), KEY + "\n");
        Files.writeString(
                dir.resolve("families.csv"),
                "id,neighbourhood,needs\nCLIENT-0042,Noord,education\n85.03.12-123.62,Zuid,\"welfare;housing\"\n");

        Run run = run(
                List.of(
                        "--column",
                        "id",
                        "--prefix",
                        "fam-",
                        "--key-file",
                        dir.resolve("pseudonym.key").toString(),
                        "--in",
                        dir.resolve("families.csv").toString(),
                        "--out",
                        dir.resolve("out.csv").toString()),
                Map.of(),
                "");

        assertEquals(0, run.code(), run.err());
        // reference: Python's hmac.new(bytes.fromhex(KEY), value, sha256), base32, lower case, first 16
        assertEquals(
                "id,neighbourhood,needs\nfam-gpx3v4skwlzoreqh,Noord,education\nfam-mfppni3hjv3wtcqk,Zuid,welfare;housing\n",
                Files.readString(dir.resolve("out.csv")));
    }

    @Test
    void the_same_key_gives_the_same_pseudonym_and_another_key_another() {
        String csv = "family,service\nK-1,s-1\nK-1,s-2\n";
        Run first = run(List.of("--column", "family"), Map.of(PseudonymiseCommand.KEY_VARIABLE, KEY), csv);
        Run second = run(List.of("--column", "family"), Map.of(PseudonymiseCommand.KEY_VARIABLE, KEY), csv);
        Run other = run(
                List.of("--column", "family"), Map.of(PseudonymiseCommand.KEY_VARIABLE, "another secret key 123"), csv);

        assertEquals(first.out(), second.out());
        String[] lines = first.out().split("\n");
        assertEquals(lines[1].split(",")[0], lines[2].split(",")[0]);
        assertNotEquals(first.out(), other.out());
        assertFalse(first.out().contains("K-1"));
    }

    @Test
    void pseudonyms_never_look_like_personal_data() {
        Pseudonymiser pseudonyms = new Pseudonymiser(KEY.getBytes(StandardCharsets.UTF_8), "fam-");
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            String pseudonym = pseudonyms.pseudonym(Long.toString(random.nextLong()));
            assertEquals(20, pseudonym.length());
            assertEquals(java.util.Optional.empty(), PersonalData.find(pseudonym), pseudonym);
        }
    }

    @Test
    void refuses_to_run_without_a_key_a_short_key_or_an_unknown_column() {
        Run noKey = run(List.of("--column", "id"), Map.of(), "id\n1\n");
        assertEquals(2, noKey.code());
        assertTrue(noKey.err().contains(PseudonymiseCommand.KEY_VARIABLE), noKey.err());
        assertEquals(
                2,
                run(List.of("--column", "id"), Map.of(PseudonymiseCommand.KEY_VARIABLE, "short"), "id\n1\n")
                        .code());
        Run column = run(List.of("--column", "client"), Map.of(PseudonymiseCommand.KEY_VARIABLE, KEY), "id\n1\n");
        assertEquals(2, column.code());
        assertTrue(column.err().contains("no column 'client'"), column.err());
        assertThrows(IllegalArgumentException.class, () -> new Pseudonymiser(new byte[8], ""));
    }
}
