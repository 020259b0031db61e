package be.tafel.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import be.tafel.support.HttpJson;
import be.tafel.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Property-style fuzzing of {@code POST /api/import} with seeded random documents, valid and broken. For
 * every document: the answer is never a 5xx, and the store (empty before) is either still empty (the import
 * was refused) or holds exactly the document (it was accepted). A failure names the seed and the case, so
 * {@code -Dtafel.fuzz.seed=S -Dtafel.fuzz.cases=N} reproduces it.
 */
class ImportFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final long SEED = Long.getLong("tafel.fuzz.seed", 20261124L);
    private static final int CASES = Integer.getInteger("tafel.fuzz.cases", 1500);
    private static final String[] NASTY = {
        "'",
        "\"",
        "\\",
        "{",
        "}",
        "${x}",
        "`",
        "MATCH (n) DETACH DELETE n",
        "'}) DETACH DELETE n //",
        "\" OR 1=1 --",
        "RETURN",
        "CALL db.labels()",
        "$id",
        "\t",
        "\n",
        "\r\n",
        "\u007f",
        "\u200b",
        "\u202e",
        "\ufeff",
        "😀",
        "\ud83c\udff3\ufe0f\u200d\ud83c\udf08",
        "𝔘",
        "\uD800\uDC00",
        "\uDBFF\uDFFD",
        "\uDB40\uDC01",
        "<script>",
        "../../etc/passwd",
        "%00",
        "null",
        "NaN",
        "",
    };
    private static final String[] SECTORS = {"school", "library", "social-welfare", "youth-work", "health"};
    private static final String[] KINDS = {"public", "non-profit", "private", "volunteer", "parents"};
    private static final String[] BANDS = {"0-3", "3-6", "6-12", "12-18"};

    private final TestServer server = TestServer.get();
    private final HttpJson http = server.http();

    @BeforeEach
    void emptyStore() {
        server.reset();
    }

    @Test
    void thousands_of_generated_documents_never_answer_500_and_write_all_or_nothing() {
        Random random = new Random(SEED);
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            boolean broken = random.nextInt(100) < 80;
            ObjectNode doc = document(random);
            String mutation = broken ? mutate(doc, random) : "none";
            String label = "seed " + SEED + ", case " + i + ", mutation " + mutation;
            HttpJson.Response answer = http.post("/api/import", doc.toString());
            if (answer.status() >= 500) {
                fail(label + ": answered " + answer.status() + " " + answer.text() + " to " + abbreviate(doc));
            }
            if (answer.status() == 200) {
                accepted++;
                assertHoldsExactly(doc, label);
                server.reset();
            } else {
                refused++;
                assertTrue(answer.isProblem(), label + ": " + answer.text());
                assertEquals(0, networkNodes(), label + ": a refused import left data behind");
            }
            if (!broken) {
                assertEquals(200, answer.status(), label + ": a valid document was refused: " + answer.text());
            }
        }
        assertTrue(accepted > CASES / 10 && refused > CASES / 2, accepted + " accepted, " + refused + " refused");
    }

    @Test
    void ids_with_quotes_braces_keywords_control_characters_and_every_plane_round_trip_byte_exact() {
        Random random = new Random(SEED + 1);
        List<String> ids = new ArrayList<>();
        for (String nasty : NASTY) {
            if (!nasty.isBlank()) {
                ids.add("p" + nasty + ids.size());
            }
        }
        for (int plane = 0; plane <= 16; plane++) {
            ids.add("plane" + plane + "-" + codePointIn(random, plane) + codePointIn(random, plane));
        }
        ids.add("long-" + "é𝄞'}".repeat(98)); // 495 characters, near the longest id (500)
        ids.add("p-long-name");
        ObjectNode doc = NODES.objectNode();
        ArrayNode partners = doc.putArray("partners");
        ArrayNode families = doc.putArray("families");
        for (String id : ids) {
            String name = id.equals("p-long-name") ? "Naam " + "😀{'".repeat(2_498) : "Naam " + id;
            partners.addObject().put("id", id).put("name", name).put("sector", "school");
            families.addObject().put("id", "f" + id).put("neighbourhood", id);
        }
        ArrayNode collaborations = doc.putArray("collaborations");
        for (int i = 1; i < ids.size(); i++) {
            collaborations
                    .addObject()
                    .put("a", ids.get(i - 1))
                    .put("b", ids.get(i))
                    .put("since", "2024-01-01");
        }
        HttpJson.Response answer = http.post("/api/import", doc.toString());
        assertEquals(200, answer.status(), answer.text());
        JsonNode export = http.get("/api/export").json();
        Map<String, String> exported = new LinkedHashMap<>();
        export.get("partners")
                .forEach(p -> exported.put(p.get("id").asText(), p.get("name").asText()));
        assertEquals(ids.size(), exported.size());
        for (String id : ids) {
            assertTrue(exported.containsKey(id), "missing id " + JSON.valueToTree(id));
            String name = id.equals("p-long-name") ? "Naam " + "😀{'".repeat(2_498) : "Naam " + id;
            assertArrayEquals(
                    name.getBytes(StandardCharsets.UTF_8), exported.get(id).getBytes(StandardCharsets.UTF_8));
        }
        List<String> familyIds = new ArrayList<>();
        export.get("families").forEach(f -> familyIds.add(f.get("id").asText()));
        assertEquals(
                ids.stream().map(id -> "f" + id).sorted().toList(),
                familyIds.stream().sorted().toList());
        assertEquals(ids.size() - 1, export.get("collaborations").size());
        // the export imports again into an empty store and exports identically
        server.reset();
        assertEquals(200, http.post("/api/import", export.toString()).status());
        assertEquals(export, http.get("/api/export").json());
    }

    private void assertHoldsExactly(ObjectNode doc, String label) {
        JsonNode export = http.get("/api/export").json();
        for (String section : List.of("partners", "families")) {
            Map<String, String> expected = new LinkedHashMap<>();
            for (JsonNode row : doc.path(section)) {
                expected.put(row.get("id").asText(), row.path("name").asText(null));
            }
            Map<String, String> actual = new LinkedHashMap<>();
            for (JsonNode row : export.path(section)) {
                actual.put(row.get("id").asText(), row.path("name").asText(null));
            }
            assertEquals(expected, actual, label + ": " + section);
        }
        assertEquals(
                doc.path("collaborations").size(), export.path("collaborations").size(), label);
    }

    private long networkNodes() {
        return server.store()
                .read(tx -> tx.run("MATCH (n) WHERE NOT n:TafelMeta AND NOT n:TafelAudit"
                                + " AND NOT n:TafelToken RETURN count(n) AS n")
                        .single()
                        .get("n")
                        .asLong());
    }

    /** A valid document: a few partners with distinct ids, families, and collaborations between partners. */
    private static ObjectNode document(Random random) {
        ObjectNode doc = NODES.objectNode();
        ArrayNode partners = doc.putArray("partners");
        int count = 1 + random.nextInt(4);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "p" + i + "-" + text(random, 1 + random.nextInt(12));
            ids.add(id);
            ObjectNode p = partners.addObject().put("id", id).put("name", "x" + text(random, random.nextInt(20)));
            if (random.nextBoolean()) {
                p.put("sector", SECTORS[random.nextInt(SECTORS.length)]);
            }
            if (random.nextBoolean()) {
                p.put("kind", KINDS[random.nextInt(KINDS.length)]);
            }
            if (random.nextBoolean()) {
                p.putArray("domains").add("education").add(random.nextBoolean() ? "welfare" : "health");
            }
        }
        ArrayNode families = doc.putArray("families");
        for (int i = random.nextInt(3); i > 0; i--) {
            families.addObject()
                    .put("id", "f" + i + "-" + text(random, 1 + random.nextInt(8)))
                    .put("neighbourhood", text(random, 5))
                    .putArray("childAgeBands")
                    .add(BANDS[random.nextInt(BANDS.length)]);
        }
        ArrayNode collaborations = doc.putArray("collaborations");
        if (ids.size() >= 2 && random.nextBoolean()) {
            collaborations
                    .addObject()
                    .put("a", ids.get(0))
                    .put("b", ids.get(1))
                    .put("since", "2024-0" + (1 + random.nextInt(9)) + "-15")
                    .put("strength", 1 + random.nextInt(5));
        }
        return doc;
    }

    /** Breaks the document in one way; returns what it did. */
    private static String mutate(ObjectNode doc, Random random) {
        ObjectNode partner = (ObjectNode) doc.get("partners").get(0);
        return switch (random.nextInt(14)) {
            case 0 -> {
                partner.remove("id");
                yield "missing id";
            }
            case 1 -> {
                partner.remove("name");
                yield "missing name";
            }
            case 2 -> {
                partner.putObject("id").put("$ne", 1);
                yield "object id";
            }
            case 3 -> {
                partner.putArray("name").add(1);
                yield "array name";
            }
            case 4 -> {
                partner.put("kind", "secret-" + text(random, 3));
                yield "unknown kind";
            }
            case 5 -> {
                partner.put("password", text(random, 8));
                yield "unknown field";
            }
            case 6 -> {
                doc.withArray("families").addObject().put("id", "f-x").put("name", "Peeters");
                yield "family with a name";
            }
            case 7 -> {
                doc.withArray("collaborations")
                        .addObject()
                        .put("a", partner.path("id").asText())
                        .put("b", "nobody")
                        .put("since", "2024-01-01");
                yield "unknown reference";
            }
            case 8 -> {
                doc.withArray("collaborations")
                        .addObject()
                        .put("a", "x")
                        .put("b", "y")
                        .put("since", "31/02/2024");
                yield "bad date";
            }
            case 9 -> {
                if (random.nextBoolean()) {
                    partner.put("name", "n".repeat(10_001));
                } else {
                    partner.put("id", "😀".repeat(250) + "x");
                }
                yield "too long";
            }
            case 10 -> {
                partner.put("id", "   ");
                yield "blank id";
            }
            case 11 -> {
                doc.put("partners", "not a list");
                yield "section not a list";
            }
            case 12 -> {
                doc.withArray("families")
                        .addObject()
                        .put("id", "f-y")
                        .putArray("childAgeBands")
                        .add("99-100");
                yield "unknown age band";
            }
            default -> {
                doc.withArray("services")
                        .addObject()
                        .put("id", "s")
                        .put("name", "S")
                        .put("provider", partner.path("id").asText())
                        .put("ageMin", -1);
                yield "age out of range";
            }
        };
    }

    /** Text mixing plain letters, nasty fragments and code points from every Unicode plane. */
    private static String text(Random random, int parts) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(4)) {
                case 0 -> b.append(NASTY[random.nextInt(NASTY.length)]);
                case 1 -> b.append(codePointIn(random, random.nextInt(17)));
                default -> b.append((char) ('a' + random.nextInt(26)));
            }
        }
        return b.toString();
    }

    /** A code point of the given plane that is not a surrogate, nor a character XML cannot carry (refused). */
    private static String codePointIn(Random random, int plane) {
        int cp;
        do {
            cp = (plane << 16) | random.nextInt(0x10000);
        } while (cp >= 0xD800 && cp <= 0xDFFF || cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF);
        return new String(Character.toChars(cp));
    }

    private static String abbreviate(JsonNode doc) {
        String text = doc.toString();
        return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }
}
