package be.tafel;

import be.tafel.auth.SecuritySettings;
import be.tafel.auth.TokenCommand;
import be.tafel.auth.TokenStore;
import be.tafel.store.GraphStore;
import be.tafel.store.StoreConfig;
import be.tafel.store.StoreServer;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The command line: {@code serve [--port 7070] [--host 127.0.0.1] [--data ./data] [--demo] [--open]} and
 * {@code token create|list|revoke [--data ./data]}.
 */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {}

    public static void main(String[] args) {
        List<String> words = Arrays.asList(args);
        if (!words.isEmpty()
                && (words.getFirst().equals("bench") || words.getFirst().equals("load"))) {
            System.err.println(words.getFirst() + " is a development tool, not part of the service's jar: run it with"
                    + " bin/tafel run " + words.getFirst() + " … from a build of the repository.");
            System.exit(2);
        }
        if (!words.isEmpty() && words.getFirst().equals("store") && !words.contains("--help")) {
            store(StoreOptions.parse(words.subList(1, words.size())));
            return;
        }
        if (!words.isEmpty() && words.getFirst().equals("pseudonymise") && !words.contains("--help")) {
            System.exit(be.tafel.pseudonym.PseudonymiseCommand.run(
                    words.subList(1, words.size()), System.getenv(), System.in, System.out, System.err));
        }
        if (!words.isEmpty() && words.getFirst().equals("load-region") && !words.contains("--help")) {
            System.exit(loadRegion(words.subList(1, words.size())));
        }
        if (!words.isEmpty() && words.getFirst().equals("token") && !words.contains("--help")) {
            System.exit(token(words.subList(1, words.size())));
        }
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
        Javalin app;
        try {
            app = TafelApp.start(
                    store,
                    SecuritySettings.fromEnvironment(System.getenv(), !options.open()),
                    options.host(),
                    options.port());
        } catch (IllegalStateException e) {
            LOG.error(e.getMessage());
            store.close();
            System.exit(3);
            return;
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            app.stop();
                            store.close();
                        },
                        "tafel-shutdown"));
        LOG.info(
                "Tafel serves http://{}:{}/ (started in {} ms)",
                options.host(),
                app.port(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** {@code store}: only the Neo4j store, for services elsewhere; stops on SIGTERM. */
    static void store(StoreOptions options) {
        StoreServer server;
        try {
            server = StoreServer.start(
                    options.dataDir(), options.host(), options.port(), System.getenv("NEO4J_PASSWORD"));
        } catch (IllegalArgumentException e) {
            LOG.error(e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "tafel-store-shutdown"));
        LOG.info(
                "Tafel's Neo4j store listens on {} (user neo4j); point services at it with NEO4J_URI",
                server.boltUri());
    }

    /** {@code token create|list|revoke} against the store in {@code --data DIR} (or NEO4J_URI). */
    static int token(List<String> args) {
        List<String> rest = new ArrayList<>(args);
        Path data = takeData(rest);
        try (GraphStore store = GraphStore.open(StoreConfig.fromEnvironment(data, System.getenv()))) {
            return TokenCommand.run(rest, new TokenStore(store), System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    /** Takes {@code --data DIR} out of {@code rest}: the store's folder, {@code ./data} when not given. */
    private static Path takeData(List<String> rest) {
        int i = rest.indexOf("--data");
        if (i < 0) {
            return Path.of("data");
        }
        Path data = Path.of(ServeOptions.value(rest, i + 1, "--data"));
        rest.remove(i + 1);
        rest.remove(i);
        return data;
    }

    /** {@code load-region FILE|DIR [--data DIR]}: starts a region's empty store with Neo4j's bulk importer. */
    static int loadRegion(List<String> args) {
        List<String> rest = new ArrayList<>(args);
        Path data = takeData(rest);
        if (rest.size() != 1) {
            System.err.println("load-region needs one import document (JSON) or one folder of CSV files\n" + usage());
            return 2;
        }
        try {
            be.tafel.bulk.RegionLoad.Result loaded = be.tafel.bulk.RegionLoad.load(
                    StoreConfig.fromEnvironment(data, System.getenv()), Path.of(rest.getFirst()), System.out);
            System.out.printf(
                    java.util.Locale.ROOT,
                    "loaded %d rows (%d nodes, %d relationships) in %d ms, %.0f rows/s: validated in %d ms, files"
                            + " written in %d ms, Neo4j's importer %d ms, first start with constraints and indexes"
                            + " %d ms; graph version %d%n",
                    loaded.rows(),
                    loaded.nodes(),
                    loaded.relationships(),
                    loaded.millis(),
                    loaded.rowsPerSecond(),
                    loaded.validateMillis(),
                    loaded.filesMillis(),
                    loaded.importMillis(),
                    loaded.startMillis(),
                    loaded.version());
            return 0;
        } catch (be.tafel.importing.InvalidNetworkException e) {
            System.err.println("Nothing was loaded; the rows have problems:");
            e.problems().forEach(p -> System.err.println("  " + p));
            return 1;
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    static String usage() {
        return """
                Tafel — network analysis for the partners around children and families

                Usage: java -jar target/tafel.jar serve [options]
                       java -jar target/tafel.jar token create --data DIR --role broker|analyst|viewer --name NAME
                       java -jar target/tafel.jar token list --data DIR
                       java -jar target/tafel.jar token revoke ID --data DIR
                       java -jar target/tafel.jar store --data DIR [--host ADDR] [--bolt-port 7687]
                       java -jar target/tafel.jar load-region FILE|DIR [--data DIR]
                       java -jar target/tafel.jar pseudonymise --column NAME [--key-file FILE] [--prefix P] [--in F] [--out F]
                       bin/tafel run load [--url URL] [--rate 200] [--seconds 60] [--warmup 10] [--paths FILE]
                       bin/tafel run bench --scale town|city|region [--runs N] [--data DIR]
                  --port N      HTTP port (default 7070; 0 picks a free one)
                  --host ADDR   address to listen on (default 127.0.0.1)
                  --data DIR    where the embedded Neo4j keeps its files (default ./data)
                  --demo        load the demo town into an empty store
                  --open        local single-user mode: no API tokens asked (loopback only; as bin/tafel demo)
                  pseudonymise replaces a CSV column's source keys by stable pseudonyms (HMAC-SHA256 with the
                  municipality's key from --key-file or TAFEL_PSEUDONYM_KEY)
                  load-region starts a region: it validates one import document (JSON) or a folder of CSV files
                  as POST /api/import does, then writes an empty embedded store with Neo4j's bulk importer
                  store runs only the Neo4j store, for Tafel services elsewhere (NEO4J_URI); its password for
                  the user neo4j comes from NEO4J_PASSWORD

                Environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE use an external Neo4j
                instead of the embedded one. TAFEL_CORS_ORIGINS (comma-separated origins allowed to call the API;
                default none), TAFEL_MAX_BODY_BYTES (default 268435456), TAFEL_RATE_LIMIT (requests per token per
                minute; default 1200, 0 for none). Without --open every request needs an API token.""";
    }

    /** The options of {@code store}. */
    record StoreOptions(String host, int port, Path dataDir) {
        static StoreOptions parse(List<String> args) {
            String host = "127.0.0.1";
            int port = 7687;
            Path data = Path.of("data");
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--host" -> host = ServeOptions.value(args, ++i, "--host");
                    case "--bolt-port" -> port = Integer.parseInt(ServeOptions.value(args, ++i, "--bolt-port"));
                    case "--data" -> data = Path.of(ServeOptions.value(args, ++i, "--data"));
                    default -> throw new IllegalArgumentException("unknown option " + args.get(i) + "\n" + usage());
                }
            }
            return new StoreOptions(host, port, data);
        }
    }

    /** The options of {@code serve}. */
    record ServeOptions(int port, String host, Path dataDir, boolean demo, boolean open) {
        static ServeOptions parse(List<String> args) {
            int port = 7070;
            String host = "127.0.0.1";
            Path data = Path.of("data");
            boolean demo = false;
            boolean open = false;
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                    case "--host" -> host = value(args, ++i, "--host");
                    case "--data" -> data = Path.of(value(args, ++i, "--data"));
                    case "--demo" -> demo = true;
                    case "--open" -> open = true;
                    default -> throw new IllegalArgumentException("unknown option " + args.get(i) + "\n" + usage());
                }
            }
            return new ServeOptions(port, host, data, demo, open);
        }

        static String value(List<String> args, int i, String option) {
            if (i >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(i);
        }
    }
}
