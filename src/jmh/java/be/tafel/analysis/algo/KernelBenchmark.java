package be.tafel.analysis.algo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH micro-benchmarks of the analysis kernels, warm (after JIT compilation), one call per operation.
 * Run with {@code ./mvnw -B -Pjmh test-compile exec:exec} (see the {@code jmh} profile in
 * {@code pom.xml}; {@code -Djmh.args="Kernel.brandes -p graph=..."} passes JMH options).
 *
 * <p>{@code graph} is either {@code random:n:m} (a seeded uniform random undirected graph of
 * {@code n} vertices and {@code m} edges) or the path of an {@code <view>.edges.tsv} written by
 * {@code bin/tafel run bench} (e.g. {@code target/bench/city/shared-families.edges.tsv}),
 * so the kernels can be timed on the same views as {@code scripts/bench/side_by_side.py} uses.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KernelBenchmark {
    /** Town-sized dense, city-sized sparse and city-sized dense (the shared-families view's density). */
    @Param({"random:100:3600", "random:1000:5000", "random:1000:170000"})
    public String graph;

    private CsrGraph plain;
    private CsrGraph undirected;
    private LinkPrediction links;

    @Setup
    public void load() {
        CsrGraph g = graph.startsWith("random:") ? random(graph) : read(Path.of(graph));
        plain = g.unweighted();
        undirected = g.undirected();
        links = new LinkPrediction(undirected);
    }

    /** The fused betweenness, closeness and harmonic pass, on all cores (small graphs: one). */
    @Benchmark
    public ShortestPathCentrality brandes() {
        return new ShortestPathCentrality(plain, PathLength.HOPS, ShortestPathCentrality.THREADS_DEFAULT);
    }

    /** The same pass on one thread, to compare with igraph's single-threaded C. */
    @Benchmark
    public ShortestPathCentrality brandesOneThread() {
        return new ShortestPathCentrality(plain, PathLength.HOPS, 1);
    }

    @Benchmark
    public List<LinkPrediction.Prediction> linkPredictionAdamicAdar() {
        return new LinkPrediction(undirected).top(LinkPrediction.Method.ADAMIC_ADAR, 20);
    }

    @Benchmark
    public List<LinkPrediction.Prediction> linkPredictionAdamicAdarPrepared() {
        return links.top(LinkPrediction.Method.ADAMIC_ADAR, 20);
    }

    @Benchmark
    public Louvain louvain() {
        return new Louvain(undirected, 42);
    }

    @Benchmark
    public Clustering clustering() {
        return new Clustering(plain);
    }

    @Benchmark
    public Constraint constraint() {
        return new Constraint(plain);
    }

    @Benchmark
    public EigenvectorCentrality eigenvector() {
        return new EigenvectorCentrality(plain);
    }

    @Benchmark
    public PageRank pageRank() {
        return new PageRank(plain, false, 0.85, 100, 1e-6);
    }

    private static CsrGraph random(String spec) {
        String[] parts = spec.split(":");
        return TestGraphs.random(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), false, 2024);
    }

    /** Reads the bench's edge list: a {@code # directed} or {@code # undirected} line, then u, v, weight. */
    private static CsrGraph read(Path edges) {
        try {
            List<String> lines = Files.readAllLines(edges);
            boolean directed = lines.getFirst().startsWith("# directed");
            int n = 0;
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t");
                n = Math.max(n, Math.max(Integer.parseInt(f[0]), Integer.parseInt(f[1])) + 1);
            }
            CsrGraph.Builder builder = new CsrGraph.Builder(n, directed);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t");
                builder.addEdge(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2]));
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
