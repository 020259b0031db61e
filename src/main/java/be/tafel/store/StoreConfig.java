package be.tafel.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the graph lives: an embedded Neo4j under {@code dataDir} (the default), or an external Neo4j
 * server or cluster when {@code uri} is set.
 */
public record StoreConfig(
        Path dataDir,
        String uri,
        String user,
        String password,
        String database,
        long pageCacheBytes,
        long transactionMemoryBytes) {

    public static final long DEFAULT_PAGE_CACHE = 512L << 20;
    public static final long DEFAULT_TRANSACTION_MEMORY = 4L << 30;

    public static StoreConfig embedded(Path dataDir) {
        return new StoreConfig(dataDir, null, null, null, null, DEFAULT_PAGE_CACHE, DEFAULT_TRANSACTION_MEMORY);
    }

    /** {@code NEO4J_URI}, {@code NEO4J_USER}, {@code NEO4J_PASSWORD}, {@code NEO4J_DATABASE} choose an external store. */
    public static StoreConfig fromEnvironment(Path dataDir, Map<String, String> env) {
        String uri = env.get("NEO4J_URI");
        if (uri == null || uri.isBlank()) {
            return embedded(dataDir);
        }
        return new StoreConfig(
                dataDir,
                uri,
                env.getOrDefault("NEO4J_USER", "neo4j"),
                env.get("NEO4J_PASSWORD"),
                env.get("NEO4J_DATABASE"),
                DEFAULT_PAGE_CACHE,
                DEFAULT_TRANSACTION_MEMORY);
    }

    public boolean isExternal() {
        return uri != null;
    }
}
