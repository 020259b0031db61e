package be.tafel.store;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one connection to the graph: a Neo4j driver over Bolt, to the embedded database or to an external
 * server. Reads and writes are managed transactions (retried on transient errors), so every callback
 * must be idempotent. Every write also bumps the graph's version, which tells caches the graph changed.
 */
public final class GraphStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GraphStore.class);

    private final Driver driver;
    private final SessionConfig sessions;
    private final EmbeddedNeo4j embedded;

    private GraphStore(Driver driver, SessionConfig sessions, EmbeddedNeo4j embedded) {
        this.driver = driver;
        this.sessions = sessions;
        this.embedded = embedded;
    }

    /** Starts the embedded database if the config asks for it, connects, and applies the schema. */
    public static GraphStore open(StoreConfig config) {
        long started = System.nanoTime();
        EmbeddedNeo4j embedded = config.isExternal() ? null : EmbeddedNeo4j.start(config);
        String uri = embedded != null ? embedded.boltUri() : config.uri();
        Driver driver = GraphDatabase.driver(uri,
                config.password() == null ? AuthTokens.none() : AuthTokens.basic(config.user(), config.password()),
                Config.builder()
                        .withMaxTransactionRetryTime(15, TimeUnit.SECONDS)
                        .withConnectionAcquisitionTimeout(10, TimeUnit.SECONDS)
                        .withoutEncryption()
                        .withLogging(Logging.slf4j())
                        .build());
        SessionConfig sessions = config.database() == null
                ? SessionConfig.defaultConfig()
                : SessionConfig.forDatabase(config.database());
        GraphStore store = new GraphStore(driver, sessions, embedded);
        try {
            driver.verifyConnectivity();
            store.applySchema();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        LOG.info("Graph store ready: {} Neo4j {} at {} in {} ms", store.kind(), store.neo4jVersion(), uri,
                (System.nanoTime() - started) / 1_000_000);
        return store;
    }

    public <T> T read(TransactionCallback<T> work) {
        try (Session session = driver.session(sessions)) {
            return session.executeRead(work);
        }
    }

    /** Runs {@code work} and bumps the graph version in the same transaction. */
    public <T> T write(TransactionCallback<T> work) {
        try (Session session = driver.session(sessions)) {
            return session.executeWrite(tx -> {
                T result = work.execute(tx);
                tx.run(CypherFiles.load("write/bump-version")).consume();
                return result;
            });
        }
    }

    /**
     * Runs {@code work} in a write transaction without bumping the graph version: for bookkeeping next to
     * the network (API tokens, the audit log) that no analysis reads, so caches stay valid.
     */
    public <T> T writeUnversioned(TransactionCallback<T> work) {
        try (Session session = driver.session(sessions)) {
            return session.executeWrite(work);
        }
    }

    /** A number that changes with every write, for caches. */
    public long version() {
        return read(tx -> tx.run(CypherFiles.load("read/version")).single().get("version").asLong());
    }

    public String kind() {
        return embedded != null ? "embedded" : "external";
    }

    public String neo4jVersion() {
        return read(tx -> tx.run(CypherFiles.load("read/neo4j-version"))
                .single().get("version").asString());
    }

    /** True when the store answers a trivial query now. */
    public boolean isReachable() {
        try {
            driver.verifyConnectivity();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void applySchema() {
        List<String> statements = CypherFiles.statements("schema");
        try (Session session = driver.session(sessions)) {
            for (String statement : statements) {
                session.run(statement, Map.of()).consume();
            }
        }
    }

    @Override
    public void close() {
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
