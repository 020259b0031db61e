package be.tafel.tools;

import be.tafel.bench.Benchmark;
import be.tafel.load.SteadyLoad;
import java.util.Arrays;
import java.util.List;

/**
 * The development tools, kept out of the production jar: {@code bench} (the benchmark against NetworkX and
 * igraph) and {@code load} (open-loop HTTP load). {@code bin/tafel run bench|load …} runs them with the
 * built jar and the tools' classes.
 */
public final class Tools {
    private Tools() {}

    public static void main(String[] args) {
        List<String> words = Arrays.asList(args);
        String tool = words.isEmpty() ? "" : words.getFirst();
        List<String> rest = words.isEmpty() ? List.of() : words.subList(1, words.size());
        switch (tool) {
            case "bench" -> {
                Benchmark.main(rest);
                System.exit(0);
            }
            case "load" -> System.exit(SteadyLoad.main(rest));
            default -> {
                System.err.println(
                        "usage: bin/tafel run bench --scale town|city|region [--runs N] [--data DIR] …\n"
                                + "       bin/tafel run load [--url URL] [--rate 200] [--seconds 60] [--warmup 10] [--paths FILE]");
                System.exit(2);
            }
        }
    }
}
