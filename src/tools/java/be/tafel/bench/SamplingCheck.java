package be.tafel.bench;

import be.tafel.analysis.algo.CsrGraph;
import be.tafel.analysis.algo.PathLength;
import be.tafel.analysis.algo.SampledCentrality;
import be.tafel.analysis.algo.ShortestPathCentrality;
import be.tafel.analysis.algo.VertexDistances;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Checks the sampled betweenness, closeness and harmonic of a view against exact values, and prints the
 * largest error beside the stated bound. Exact for every vertex while {@code n * m} is at most
 * {@link #EXACT_ALL_LIMIT} (the town's and the city's ecosystem); above it closeness and harmonic are
 * computed exactly at {@link #VERTEX_SAMPLE} random vertices of the whole view, and betweenness, which
 * has no cheap exact value for one vertex, on the subgraph induced by the first
 * {@link #SUBGRAPH_VERTICES} vertices of a breadth-first search from the vertex of highest degree,
 * sampled and exact.
 */
final class SamplingCheck {
    static final long EXACT_ALL_LIMIT = 2_000_000_000L;
    static final int VERTEX_SAMPLE = 500;
    static final int SUBGRAPH_VERTICES = 15_000;
    static final long CHECK_SEED = 2026L;

    private final PrintStream out;
    private final Path dir;

    SamplingCheck(PrintStream out, Path dir) {
        this.out = out;
        this.dir = dir;
    }

    void check(String view, CsrGraph graph) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("view", view);
        report.put("vertices", graph.vertexCount());
        report.put("edges", graph.edgeCount());
        long start = System.nanoTime();
        SampledCentrality sampled = sample(graph);
        report.put("sampledMs", ms(start));
        report.put("samples", sampled.getSampleSize());
        report.put("confidence", sampled.getConfidence());
        int n = graph.vertexCount();
        if ((long) n * graph.edgeCount() <= EXACT_ALL_LIMIT) {
            start = System.nanoTime();
            ShortestPathCentrality exact =
                    new ShortestPathCentrality(graph, PathLength.HOPS, ShortestPathCentrality.THREADS_DEFAULT);
            report.put("exactMs", ms(start));
            report.put("comparedOn", "every vertex");
            report.put(
                    "betweenness",
                    compare(
                            sampled.getBetweennessScores(),
                            exact.getBetweennessScores(),
                            null,
                            1,
                            sampled.getBetweennessErrorBound()));
            report.put(
                    "closeness",
                    compare(
                            sampled.getClosenessScores(),
                            exact.getClosenessScores(),
                            null,
                            1,
                            sampled.getClosenessErrorBound()));
            report.put(
                    "harmonic",
                    compare(
                            sampled.getHarmonicScores(),
                            exact.getHarmonicScores(),
                            null,
                            n - 1,
                            sampled.getHarmonicErrorBound()));
        } else {
            int[] vertices = new SplittableRandom(CHECK_SEED)
                    .ints(VERTEX_SAMPLE, 0, n)
                    .distinct()
                    .sorted()
                    .toArray();
            start = System.nanoTime();
            VertexDistances distances = new VertexDistances(graph, PathLength.HOPS);
            double[] closeness = new double[n];
            double[] harmonic = new double[n];
            for (int v : vertices) {
                double[] ch = distances.closenessAndHarmonic(v);
                closeness[v] = ch[0];
                harmonic[v] = ch[1];
            }
            report.put("exactMs", ms(start));
            report.put(
                    "comparedOn",
                    vertices.length + " random vertices (closeness, harmonic); betweenness on a "
                            + "breadth-first subgraph");
            report.put(
                    "closeness",
                    compare(sampled.getClosenessScores(), closeness, vertices, 1, sampled.getClosenessErrorBound()));
            report.put(
                    "harmonic",
                    compare(sampled.getHarmonicScores(), harmonic, vertices, n - 1, sampled.getHarmonicErrorBound()));
            CsrGraph sub = breadthFirstSubgraph(graph, SUBGRAPH_VERTICES);
            SampledCentrality subSampled = sample(sub);
            start = System.nanoTime();
            double[] subExact = new ShortestPathCentrality(sub, PathLength.HOPS, ShortestPathCentrality.THREADS_DEFAULT)
                    .getBetweennessScores();
            report.put("subgraphExactMs", ms(start));
            Map<String, Object> b = compare(
                    subSampled.getBetweennessScores(), subExact, null, 1, subSampled.getBetweennessErrorBound());
            b.put(
                    "subgraph",
                    sub.vertexCount() + " vertices, " + sub.edgeCount() + " edges, " + subSampled.getSampleSize()
                            + " samples");
            report.put("betweenness", b);
        }
        for (String score : new String[] {"betweenness", "closeness", "harmonic"}) {
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) report.get(score);
            out.printf(
                    Locale.ROOT,
                    "  sampling check %-12s %-11s max error %.5f (mean %.5f) vs bound %.5f %s, %s%n",
                    view,
                    score,
                    (double) r.get("maxError"),
                    (double) r.get("meanError"),
                    (double) r.get("bound"),
                    (boolean) r.get("withinBound") ? "within" : "EXCEEDED",
                    r.getOrDefault("subgraph", report.get("comparedOn")));
        }
        try {
            new ObjectMapper()
                    .writerWithDefaultPrettyPrinter()
                    .writeValue(dir.resolve(view + ".sampling-check.json").toFile(), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SampledCentrality sample(CsrGraph graph) {
        return new SampledCentrality(
                graph,
                PathLength.HOPS,
                SampledCentrality.EPSILON_DEFAULT,
                SampledCentrality.DELTA_DEFAULT,
                SampledCentrality.SEED_DEFAULT,
                ShortestPathCentrality.THREADS_DEFAULT);
    }

    /** The largest and mean error of {@code sampled / scale} against {@code exact / scale}, at {@code vertices} (null: all). */
    private static Map<String, Object> compare(
            double[] sampled, double[] exact, int[] vertices, double scale, double bound) {
        int[] at = vertices != null
                ? vertices
                : java.util.stream.IntStream.range(0, exact.length).toArray();
        double worst = 0;
        double sum = 0;
        for (int v : at) {
            double error = Math.abs(sampled[v] - exact[v]) / scale;
            worst = Math.max(worst, error);
            sum += error;
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("maxError", worst);
        r.put("meanError", at.length == 0 ? 0.0 : sum / at.length);
        r.put("bound", bound);
        r.put("withinBound", worst <= bound);
        r.put("normalisedBy", scale == 1 ? "1" : "n-1");
        r.put("vertices", at.length);
        return r;
    }

    /** The subgraph induced by the first {@code size} vertices a breadth-first search from the highest-degree vertex reaches. */
    static CsrGraph breadthFirstSubgraph(CsrGraph graph, int size) {
        int n = graph.vertexCount();
        CsrGraph.Adjacency out = graph.out();
        int start = 0;
        for (int v = 1; v < n; v++) {
            if (out.degree(v) > out.degree(start)) {
                start = v;
            }
        }
        int[] index = new int[n];
        Arrays.fill(index, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int count = 0;
        index[start] = count++;
        queue.add(start);
        int[] order = new int[Math.min(size, n)];
        order[0] = start;
        while (!queue.isEmpty() && count < size) {
            int v = queue.poll();
            for (int i = out.offsets()[v]; i < out.offsets()[v + 1] && count < size; i++) {
                int w = out.targets()[i];
                if (index[w] < 0) {
                    order[count] = w;
                    index[w] = count++;
                    queue.add(w);
                }
            }
        }
        CsrGraph.Builder builder = new CsrGraph.Builder(count, graph.isDirected());
        for (int k = 0; k < count; k++) {
            int u = order[k];
            for (int i = out.offsets()[u]; i < out.offsets()[u + 1]; i++) {
                int w = out.targets()[i];
                if (index[w] >= 0 && (graph.isDirected() || u < w)) {
                    builder.addEdge(k, index[w], out.weights()[i]);
                }
            }
        }
        return builder.build();
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
