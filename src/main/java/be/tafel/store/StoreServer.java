package be.tafel.store;

import java.nio.file.Path;

/**
 * Tafel's Neo4j as a process of its own ({@code java -jar tafel.jar store}): the same embedded database,
 * listening for Bolt on {@code host:port} with a password, for one or more Tafel services that reach it
 * through {@code NEO4J_URI}. It is how the tests run the API against a store outside the service.
 */
public final class StoreServer implements AutoCloseable {
    private final EmbeddedNeo4j neo4j;

    private StoreServer(EmbeddedNeo4j neo4j) {
        this.neo4j = neo4j;
    }

    public static StoreServer start(Path dataDir, String host, int port, String password) {
        if (password == null || password.length() < 8) {
            throw new IllegalArgumentException("the store needs a password of at least 8 characters in NEO4J_PASSWORD");
        }
        return new StoreServer(EmbeddedNeo4j.serve(StoreConfig.embedded(dataDir), host, port, password));
    }

    public String boltUri() {
        return neo4j.boltUri();
    }

    @Override
    public void close() {
        neo4j.close();
    }
}
