package be.tafel.analysis.algo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One graph of {@code src/test/resources/reference/structure-*.json}, with the values NetworkX computed
 * for it (written by {@code scripts/reference/structure.py}). A null in the file (NetworkX gave NaN or
 * refused) reads as NaN.
 */
record StructureReference(
        String name,
        boolean directed,
        int nodes,
        List<List<Double>> edges,
        List<Double> clustering,
        Double averageClustering,
        Double transitivity,
        List<Double> constraint,
        List<Double> constraintWeighted,
        List<Double> effectiveSize,
        List<Double> effectiveSizeWeighted,
        Pairs linkPrediction,
        List<Partition> partitions,
        List<Double> louvainModularity) {

    static final List<String> NAMES =
            List.of("karate", "karate-weighted", "referrals", "disconnected", "star", "empty", "single");

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** Every non-adjacent pair of the undirected graph, with its common neighbours and five scores. */
    record Pairs(List<int[]> pairs, List<int[]> commonNeighbours, Map<String, List<Double>> scores) {}

    /** A fixed partition, one label per vertex, and its modularity unweighted and weighted. */
    record Partition(String name, int[] labels, Double modularity, Double modularityWeighted) {}

    static Stream<StructureReference> all() {
        return NAMES.stream().map(StructureReference::load);
    }

    static StructureReference load(String name) {
        String resource = "/reference/structure-" + name + ".json";
        try (InputStream in = StructureReference.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: run scripts/reference/structure.py");
            }
            return JSON.readValue(in, StructureReference.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CsrGraph graph() {
        CsrGraph.Builder builder = new CsrGraph.Builder(nodes, directed);
        for (List<Double> edge : edges) {
            builder.addEdge(edge.get(0).intValue(), edge.get(1).intValue(), edge.get(2));
        }
        return builder.build();
    }

    static double value(Double x) {
        return x == null ? Double.NaN : x;
    }

    static double[] values(List<Double> xs) {
        return xs.stream().mapToDouble(StructureReference::value).toArray();
    }

    @Override
    public String toString() {
        return name;
    }
}
