package be.tafel.analysis.algo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A graph and NetworkX's values for it, written by {@code scripts/reference/paths.py} to
 * {@code src/test/resources/reference/paths-<name>.json}.
 */
record ReferenceGraph(String name, CsrGraph graph, JsonNode values) {
    static final double NETWORKX_TOLERANCE = 1e-6;

    private static final List<String> NAMES =
            List.of("karate", "karate-weighted", "referrals", "disconnected", "path", "star", "empty", "single");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<ReferenceGraph> all() {
        return NAMES.stream().map(ReferenceGraph::load);
    }

    static ReferenceGraph load(String name) {
        String resource = "/reference/paths-" + name + ".json";
        try (InputStream in = ReferenceGraph.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is missing: run scripts/reference/paths.py");
            JsonNode values = JSON.readTree(in);
            CsrGraph.Builder builder = new CsrGraph.Builder(
                    values.get("nodes").asInt(), values.get("directed").asBoolean());
            for (JsonNode edge : values.get("edges")) {
                builder.addEdge(
                        edge.get(0).asInt(), edge.get(1).asInt(), edge.get(2).asDouble());
            }
            return new ReferenceGraph(name, builder.build(), values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** NetworkX's scores under {@code key}, or null when NetworkX refused to compute them. */
    double[] scores(String key) {
        JsonNode node = values.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        double[] scores = new double[node.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = node.get(i).asDouble();
        }
        return scores;
    }

    int[] ints(String key) {
        JsonNode node = values.get(key);
        int[] ints = new int[node.size()];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = node.get(i).asInt();
        }
        return ints;
    }

    /** A list of integer lists (components, bridges), as written. */
    List<List<Integer>> groups(String key) {
        List<List<Integer>> groups = new ArrayList<>();
        for (JsonNode group : values.get(key)) {
            List<Integer> members = new ArrayList<>();
            group.forEach(member -> members.add(member.asInt()));
            groups.add(members);
        }
        return groups;
    }

    JsonNode summary() {
        return values.get("summary");
    }

    static void assertScores(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": number of vertices");
        for (int v = 0; v < expected.length; v++) {
            assertEquals(expected[v], actual[v], NETWORKX_TOLERANCE, what + " of vertex " + v);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
