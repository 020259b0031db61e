package be.tafel.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
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
    /** The embedded store's folder, or null for an external store. */
    private Path dataDir;

    private final StoreAvailability availability;
    /**
     * The latest version this process wrote or read. An embedded store has no other writer (its Bolt
     * port has a password only this process knows), so there it answers {@link #version()} without a
     * round trip; an external store may have other writers and is always asked.
     */
    private final AtomicLong knownVersion = new AtomicLong(-1);
    /** When this process first knew of each recent version. */
    private final VersionTimes versions = new VersionTimes();
    /** The graph version of the latest erasure through this process. */
    private final AtomicLong erasedAt = new AtomicLong(-1);
    /**
     * Consistent reads pass it together (its read lock); a versioned write takes it alone (its write lock).
     * Writes gain nothing by running together: each one locks the version node in the store until it
     * commits. Fair, so a waiting write is not starved by a stream of reads, nor a read by writes.
     */
    private final ReentrantReadWriteLock commitGate = new ReentrantReadWriteLock(true);
    /** The version the latest write on this thread committed as, until {@link #takeWrittenVersion}. */
    private final ThreadLocal<Long> written = new ThreadLocal<>();
    /** The version pinned for the request this thread answers ({@link #pinVersion}), or null. */
    private final ThreadLocal<Long> pinned = new ThreadLocal<>();

    private final LongAdder readTransactions = new LongAdder();
    private final LongAdder writeTransactions = new LongAdder();

    private GraphStore(Driver driver, SessionConfig sessions, EmbeddedNeo4j embedded, String uri) {
        this.driver = driver;
        this.sessions = sessions;
        this.embedded = embedded;
        this.availability = new StoreAvailability(driver, uri);
    }

    /**
     * Starts the embedded database if the config asks for it, connects, and applies the schema. The driver's
     * {@code Logging} is deprecated in 6.x without an SLF4J replacement; it keeps the driver's log in ours.
     */
    @SuppressWarnings("deprecation")
    public static GraphStore open(StoreConfig config) {
        long started = System.nanoTime();
        if (!config.isExternal()) {
            StoreCompaction.compactIfErased(config);
        }
        EmbeddedNeo4j embedded = config.isExternal() ? null : EmbeddedNeo4j.start(config);
        String uri = embedded != null ? embedded.boltUri() : config.uri();
        AuthToken auth = embedded != null
                ? AuthTokens.basic("neo4j", embedded.password())
                : config.password() == null ? AuthTokens.none() : AuthTokens.basic(config.user(), config.password());
        Driver driver = GraphDatabase.driver(
                uri,
                auth,
                Config.builder()
                        .withMaxTransactionRetryTime(15, TimeUnit.SECONDS)
                        .withConnectionAcquisitionTimeout(10, TimeUnit.SECONDS)
                        .withConnectionTimeout(5, TimeUnit.SECONDS)
                        .withoutEncryption()
                        .withLogging(Logging.slf4j())
                        .build());
        SessionConfig sessions = config.database() == null
                ? SessionConfig.defaultConfig()
                : SessionConfig.forDatabase(config.database());
        GraphStore store = new GraphStore(driver, sessions, embedded, uri);
        store.dataDir = embedded == null ? null : config.dataDir();
        try {
            driver.verifyConnectivity();
            store.applySchema();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        LOG.info(
                "Graph store ready: {} Neo4j {} at {} in {} ms",
                store.kind(),
                store.neo4jVersion(),
                uri,
                (System.nanoTime() - started) / 1_000_000);
        return store;
    }

    public <T> T read(TransactionCallback<T> work) {
        availability.requireUp();
        readTransactions.increment();
        try (Session session = driver.session(sessions)) {
            return session.executeRead(work);
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            availability.markDown();
            throw e;
        }
    }

    /** Runs {@code work} and bumps the graph version in the same transaction. */
    public <T> T write(TransactionCallback<T> work) {
        commitGate.writeLock().lock();
        try {
            long[] committed = new long[1];
            T result = writeUnversioned(tx -> {
                T value = work.execute(tx);
                committed[0] = tx.run(CypherFiles.load("write/bump-version"))
                        .single()
                        .get("version")
                        .asLong();
                return value;
            });
            committed(committed[0]);
            return result;
        } finally {
            commitGate.writeLock().unlock();
        }
    }

    /** Work that writes the graph knowing the version its commit will produce. */
    @FunctionalInterface
    public interface VersionedWrite<T> {
        T execute(TransactionContext tx, long version);
    }

    /**
     * Bumps the graph version first, then runs {@code work} in the same transaction with the version it
     * will commit as. Bumping first locks the version node for the whole transaction, so such writes follow
     * one another: what one reads (the state before it, the journal since a version) no other write of any
     * instance changes before it commits. For the journal, whose entries need their version and must not
     * interleave.
     */
    public <T> T writeAtNextVersion(VersionedWrite<T> work) {
        commitGate.writeLock().lock();
        try {
            long[] committed = new long[1];
            T result = writeUnversioned(tx -> {
                committed[0] = tx.run(CypherFiles.load("write/bump-version"))
                        .single()
                        .get("version")
                        .asLong();
                return work.execute(tx, committed[0]);
            });
            committed(committed[0]);
            return result;
        } finally {
            commitGate.writeLock().unlock();
        }
    }

    private void committed(long version) {
        known(version);
        written.set(version);
    }

    /** Notes a version this process wrote or read, and when it first knew of it. */
    private void known(long version) {
        if (knownVersion.getAndAccumulate(version, Math::max) < version) {
            versions.firstKnown(version);
        }
    }

    /**
     * How long ago this process first knew of a version after {@code version}: how long an answer computed from
     * {@code version} has not been the graph's (0 while it is; {@link Long#MAX_VALUE} when too long ago to say).
     */
    public long supersededForNanos(long version) {
        return versions.supersededForNanos(version);
    }

    /**
     * The graph version the latest write on this thread committed as, or -1 when it wrote nothing since it was last
     * asked: a request tells its caller which version holds its write.
     */
    public long takeWrittenVersion() {
        Long version = written.get();
        written.remove();
        return version == null ? -1 : version;
    }

    /**
     * Runs {@code work} in a write transaction without bumping the graph version: for bookkeeping next to
     * the network (API tokens, the audit log) that no analysis reads, so caches stay valid.
     */
    public <T> T writeUnversioned(TransactionCallback<T> work) {
        availability.requireUp();
        writeTransactions.increment();
        try (Session session = driver.session(sessions)) {
            return session.executeWrite(work);
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            availability.markDown();
            throw e;
        }
    }

    /**
     * After an erasure: the embedded store is copied without the erased data at the next start
     * ({@link StoreCompaction}), since Neo4j leaves deleted bytes in its files. An external store cannot be
     * compacted from here (see the README's privacy section).
     */
    public void noteErasure() {
        erasedAt.accumulateAndGet(knownVersion.get(), Math::max);
        if (dataDir != null) {
            StoreCompaction.markErasure(dataDir);
        }
    }

    /**
     * The graph version of this process's latest erasure (-1: none since it started): an answer of an older version
     * may hold what was erased, so it is never sent again, however stale a caller accepts.
     */
    public long lastErasure() {
        return erasedAt.get();
    }

    /** A number that changes with every write, for caches; never goes back. */
    public long version() {
        Long pin = pinned.get();
        if (pin != null) {
            return pin;
        }
        long known = knownVersion.get();
        if (embedded != null && known >= 0) {
            return known;
        }
        long version = read(GraphStore::version);
        known(version);
        return version;
    }

    /** Ends a {@link #pinVersion}. */
    public interface Pin extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Until the pin is closed, {@link #version()} answers the version read once here on this thread: a request
     * that asks several caches reads the version once (a round trip on an external store). A read that must be
     * of one version ({@link #readConsistent}) still reads its own.
     */
    public Pin pinVersion() {
        Long outer = pinned.get();
        pinned.set(version());
        return () -> {
            if (outer == null) {
                pinned.remove();
            } else {
                pinned.set(outer);
            }
        };
    }

    /** A result read from one version of the graph, and that version. */
    public record Versioned<T>(T value, long version) {}

    /** Work that reads the graph knowing the version it reads. */
    @FunctionalInterface
    public interface VersionedRead<T> {
        T execute(SimpleQueryRunner tx, long version);
    }

    /**
     * Runs several queries on one version of the graph. Neo4j reads at read-committed, so without care
     * a write committed between (or during) two queries of one read shows in one of them only. Within
     * this process the read passes the commit gate together with other reads: it waits for the write in
     * flight to finish, and new writes wait for the reads, while reads never wait for each other. The
     * embedded store has no other writer, so that is enough there. On an external store, other service
     * instances may write too: there the read also locks the version node that every write locks to bump
     * the version, which holds off every other writer (and consistent reads of other instances) until it
     * ends. Its transaction is rolled back.
     */
    public <T> Versioned<T> readConsistent(VersionedRead<T> work) {
        availability.requireUp();
        readTransactions.increment();
        commitGate.readLock().lock();
        try (Session session = driver.session(sessions);
                Transaction tx = session.beginTransaction()) {
            String opening = embedded != null ? "read/version" : "read/hold-writes";
            long version =
                    tx.run(CypherFiles.load(opening)).single().get("version").asLong();
            T value = work.execute(tx, version);
            tx.rollback();
            known(version);
            return new Versioned<>(value, version);
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            availability.markDown();
            throw e;
        } finally {
            commitGate.readLock().unlock();
        }
    }

    private static long version(TransactionContext tx) {
        return tx.run(CypherFiles.load("read/version")).single().get("version").asLong();
    }

    /** Read transactions sent to the store so far: its round trips, for the metrics. */
    public long readTransactions() {
        return readTransactions.sum();
    }

    /** Write transactions sent to the store so far. */
    public long writeTransactions() {
        return writeTransactions.sum();
    }

    public String kind() {
        return embedded != null ? "embedded" : "external";
    }

    public String neo4jVersion() {
        return read(tx -> tx.run(CypherFiles.load("read/neo4j-version"))
                .single()
                .get("version")
                .asString());
    }

    /** True when the store answers a trivial query now. */
    public boolean isReachable() {
        if (availability.isDown()) {
            return false;
        }
        try {
            driver.verifyConnectivity();
            return true;
        } catch (RuntimeException e) {
            availability.markDown();
            return false;
        }
    }

    private void applySchema() {
        List<String> statements = CypherFiles.statements("schema");
        try (Session session = driver.session(sessions)) {
            for (String statement : statements) {
                session.run(statement, Map.of()).consume();
            }
            session.executeWrite(
                    tx -> tx.run(CypherFiles.load("write/ensure-version")).consume());
        }
    }

    @Override
    public void close() {
        availability.close();
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
