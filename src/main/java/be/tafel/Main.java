package be.tafel;

import be.tafel.store.GraphStore;
import be.tafel.store.StoreConfig;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The command line: {@code serve [--port 7070] [--host 127.0.0.1] [--data ./data] [--demo]}. */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {}

    public static void main(String[] args) {
        List<String> words = Arrays.asList(args);
        if (words.isEmpty() || words.contains("--help") || !words.getFirst().equals("serve")) {
            System.out.println(usage());
            System.exit(words.contains("--help") ? 0 : 2);
        }
        serve(ServeOptions.parse(words.subList(1, words.size())));
    }

    static void serve(ServeOptions options) {
        long started = System.nanoTime();
        GraphStore store = GraphStore.open(StoreConfig.fromEnvironment(options.dataDir(), System.getenv()));
        if (options.demo()) {
            DemoLoader.loadIfEmpty(store);
        }
        Javalin app = TafelApp.create(store);
        app.start(options.host(), options.port());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            store.close();
        }, "tafel-shutdown"));
        LOG.info("Tafel serves http://{}:{}/ (started in {} ms)", options.host(), app.port(),
                (System.nanoTime() - started) / 1_000_000);
    }

    static String usage() {
        return """
                Tafel — network analysis for the partners around children and families

                Usage: java -jar target/tafel.jar serve [options]
                  --port N      HTTP port (default 7070; 0 picks a free one)
                  --host ADDR   address to listen on (default 127.0.0.1)
                  --data DIR    where the embedded Neo4j keeps its files (default ./data)
                  --demo        load the demo town into an empty store

                Environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE use an external Neo4j
                instead of the embedded one.""";
    }

    /** The options of {@code serve}. */
    record ServeOptions(int port, String host, Path dataDir, boolean demo) {
        static ServeOptions parse(List<String> args) {
            int port = 7070;
            String host = "127.0.0.1";
            Path data = Path.of("data");
            boolean demo = false;
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                    case "--host" -> host = value(args, ++i, "--host");
                    case "--data" -> data = Path.of(value(args, ++i, "--data"));
                    case "--demo" -> demo = true;
                    default -> throw new IllegalArgumentException("unknown option " + args.get(i) + "\n" + usage());
                }
            }
            return new ServeOptions(port, host, data, demo);
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(i);
        }
    }
}
