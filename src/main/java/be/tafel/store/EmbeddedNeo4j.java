package be.tafel.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * A Neo4j database started inside this process, reachable only over Bolt. Tafel never uses its Java API
 * for data: everything goes through the driver, so the embedded and external stores behave the same.
 */
final class EmbeddedNeo4j implements AutoCloseable {
    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration SHUTDOWN_QUIET_PERIOD = Duration.ofMillis(50);

    private final DatabaseManagementService dbms;
    private final String host;
    private final int boltPort;
    private final String password;

    private EmbeddedNeo4j(DatabaseManagementService dbms, String host, int boltPort, String password) {
        this.dbms = dbms;
        this.host = host;
        this.boltPort = boltPort;
        this.password = password;
    }

    /**
     * For the service's own use: loopback, a free port, and a password made up at every start and
     * known only to this process, so no other local user can reach the families' data over Bolt.
     */
    static EmbeddedNeo4j start(StoreConfig config) {
        return serve(config, LOOPBACK, freeLoopbackPort(), randomPassword());
    }

    /**
     * As a store of its own for other processes: on {@code host:port}, with authentication; the user
     * {@code neo4j} gets {@code password}.
     */
    static EmbeddedNeo4j serve(StoreConfig config, String host, int port, String password) {
        DatabaseManagementService dbms = builder(config, host, port)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .build();
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                .executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        return new EmbeddedNeo4j(dbms, host, port, password);
    }

    /** The store in {@code dir} for this process alone, without Bolt: to copy it ({@link StoreCompaction}). */
    static DatabaseManagementService offline(StoreConfig config, java.nio.file.Path dir) {
        return settings(new DatabaseManagementServiceBuilder(dir), config)
                .setConfig(BoltConnector.enabled, false)
                .build();
    }

    private static DatabaseManagementServiceBuilder builder(StoreConfig config, String host, int port) {
        return settings(new DatabaseManagementServiceBuilder(config.dataDir().toAbsolutePath()), config)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Netty waits this long for new work, twice (its connection and worker loops), at every shutdown:
                // 5 s each by default. The driver is closed before the store, so nothing can come: 10 s saved at
                // every stop, which load-region pays twice.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, SHUTDOWN_QUIET_PERIOD);
    }

    private static DatabaseManagementServiceBuilder settings(
            DatabaseManagementServiceBuilder builder, StoreConfig config) {
        return builder.setConfig(GraphDatabaseSettings.pagecache_memory, config.pageCacheBytes())
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, config.transactionMemoryBytes())
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false);
    }

    String boltUri() {
        return "bolt://" + host + ":" + boltPort;
    }

    String password() {
        return password;
    }

    private static String randomPassword() {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    @Override
    public void close() {
        dbms.shutdown();
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(LOOPBACK, 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1 for Neo4j's Bolt connector", e);
        }
    }
}
