package be.tafel.analysis.algo;

import be.tafel.analysis.algo.LinkPrediction.Method;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Times the local-structure algorithms on seeded random graphs (not a JUnit test). Run with
 *
 * <pre>
 *   ./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=be.tafel.analysis.algo.StructureBenchmark [-Dexec.args="100000 500000"]
 * </pre>
 *
 * Default: 10,000 vertices and 30,000 edges. The graph has communities of 100 (70% of edges inside)
 * and a heavy-tailed degree distribution, weights 1 to 5. Each timing is the best of 3 runs after one
 * warm-up.
 */
public final class StructureBenchmark {
    private StructureBenchmark() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int m = args.length > 1 ? Integer.parseInt(args[1]) : 30_000;
        CsrGraph graph = graph(n, m, 20240601L);
        System.out.printf(
                Locale.ROOT,
                "graph: %,d vertices, %,d edges, %d cores%n",
                graph.vertexCount(),
                graph.edgeCount(),
                Runtime.getRuntime().availableProcessors());
        time("clustering + transitivity", () -> new Clustering(graph).getAverageClustering());
        time("constraint + effective size", () -> new Constraint(graph).getConstraint()[0]);
        for (Method method : Method.values()) {
            time(
                    "link prediction top-100 " + method,
                    () -> new LinkPrediction(graph).top(method, 100).size());
        }
        time("Louvain (seed 1)", () -> new Louvain(graph, 1).getModularity());
        time("brokerage (10 groups)", () -> new Brokerage(graph, groups(n)).getTotals()[0]);
        time("E-I index", () -> new EIIndex(graph, groups(n)).getIndex());
    }

    /** Seeded: m distinct edges, 70% inside blocks of 100, endpoints drawn with a heavy-tailed bias. */
    static CsrGraph graph(int n, int m, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CsrGraph.Builder builder = new CsrGraph.Builder(n, false);
        Set<Long> seen = new HashSet<>();
        int added = 0;
        while (added < m) {
            int u = biased(random, n);
            int v = random.nextInt(10) < 7 ? Math.min(n - 1, (u / 100) * 100 + biased(random, 100)) : biased(random, n);
            if (u != v && seen.add((long) Math.min(u, v) * n + Math.max(u, v))) {
                builder.addEdge(u, v, 1 + random.nextInt(5));
                added++;
            }
        }
        return builder.build();
    }

    private static int biased(SplittableRandom random, int bound) {
        double r = random.nextDouble();
        return (int) (bound * r * r * r);
    }

    private static int[] groups(int n) {
        int[] group = new int[n];
        for (int v = 0; v < n; v++) {
            group[v] = v % 10;
        }
        return group;
    }

    private static void time(String label, Supplier<Object> run) {
        Object result = run.get(); // warm-up
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            result = run.get();
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf(Locale.ROOT, "%-45s %9.1f ms   (%s)%n", label, best / 1e6, result);
    }
}
