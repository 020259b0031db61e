package be.tafel.analysis.algo;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;

/**
 * Times the fused betweenness, closeness and harmonic pass on a seeded random graph of 10,000
 * vertices and 30,000 edges, with 1 and 2 threads, unweighted and weighted. Not a JUnit test; run
 * after {@code ./mvnw test-compile} with
 *
 * <pre>
 *   java -cp target/classes:target/test-classes be.tafel.analysis.algo.PathCentralityBenchmark [n] [m]
 * </pre>
 */
public final class PathCentralityBenchmark {
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private PathCentralityBenchmark() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int m = args.length > 1 ? Integer.parseInt(args[1]) : 30_000;
        CsrGraph graph = TestGraphs.random(n, m, false, 2024);
        System.out.printf("graph: %,d vertices, %,d edges, %d cores%n", n, m, ShortestPathCentrality.THREADS_DEFAULT);
        time(graph, PathLength.HOPS, 1); // warm-up
        for (PathLength length : PathLength.values()) {
            for (int threads = 1; threads <= 2; threads++) {
                double load = OS.getSystemLoadAverage();
                long cpu = OS.getProcessCpuTime();
                long wall = time(graph, length, threads);
                System.out.printf(
                        "%-14s %d thread(s): %,8d ms wall, %,8d ms cpu (load average before: %.1f)%n",
                        length, threads, wall, (OS.getProcessCpuTime() - cpu) / 1_000_000, load);
            }
        }
        long start = System.nanoTime();
        SampledCentrality sampled = new SampledCentrality(
                graph,
                PathLength.HOPS,
                SampledCentrality.EPSILON_DEFAULT,
                SampledCentrality.DELTA_DEFAULT,
                SampledCentrality.SEED_DEFAULT,
                2);
        System.out.printf(
                "sampled betweenness, closeness and harmonic, 2 threads: %,d ms (%,d searches, betweenness bound %.3f)%n",
                (System.nanoTime() - start) / 1_000_000, sampled.getSampleSize(), sampled.getBetweennessErrorBound());
    }

    private static long time(CsrGraph graph, PathLength length, int threads) {
        long start = System.nanoTime();
        new ShortestPathCentrality(graph, length, threads);
        return (System.nanoTime() - start) / 1_000_000;
    }
}
