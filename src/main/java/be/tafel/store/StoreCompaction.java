package be.tafel.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes an erasure real on disk for the embedded store. Neo4j frees the records of a deleted node but leaves
 * their bytes in the store files, the range indexes and the transaction logs until they happen to be reused,
 * and no setting clears them. So an erasure leaves a mark in the store folder, and the next start copies every
 * node and relationship still there (tokens, audit log and meta data included) into a fresh store, swaps the
 * folders and deletes the old one: afterwards no file in the folder holds a byte of what was erased.
 *
 * <p>The swap is crash-safe: the copy is built beside the folder and only renamed into place when complete; a
 * start that finds the folder renamed away but not replaced puts it back and copies again.
 */
final class StoreCompaction {
    /** The mark an erasure leaves in the store folder. */
    static final String PENDING = "tafel-erasure-pending";

    private static final Logger LOG = LoggerFactory.getLogger(StoreCompaction.class);
    private static final int BATCH = 20_000;

    private StoreCompaction() {}

    /** Marks the store folder for compaction at the next start. */
    static void markErasure(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path mark = dataDir.resolve(PENDING);
            if (!Files.exists(mark)) {
                Files.writeString(mark, "an erasure waits for the next start to be removed from the store files\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark the store for compaction after an erasure", e);
        }
    }

    /** Copies the store into a fresh one when an erasure marked it; else does nothing. */
    static void compactIfErased(StoreConfig config) {
        Path dir = config.dataDir().toAbsolutePath().normalize();
        Path fresh = dir.resolveSibling(dir.getFileName() + ".compacting");
        Path old = dir.resolveSibling(dir.getFileName() + ".erased");
        try {
            if (!Files.exists(dir) && Files.exists(old)) {
                Files.move(old, dir, StandardCopyOption.ATOMIC_MOVE); // a swap cut short: start again
            }
            deleteTree(old);
            if (!Files.exists(dir.resolve(PENDING))) {
                return;
            }
            long started = System.nanoTime();
            deleteTree(fresh);
            long[] copied = copy(config, dir, fresh);
            Files.move(dir, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(fresh, dir, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
            LOG.info(
                    "Erasures made final: the store was copied without them ({} nodes, {} relationships) in {} ms",
                    copied[0],
                    copied[1],
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compact the store after an erasure", e);
        }
    }

    private static long[] copy(StoreConfig config, Path from, Path to) {
        DatabaseManagementService source = EmbeddedNeo4j.offline(config, from);
        try {
            DatabaseManagementService target = EmbeddedNeo4j.offline(config, to);
            try {
                return copy(
                        source.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME),
                        target.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
            } finally {
                target.shutdown();
            }
        } finally {
            source.shutdown();
        }
    }

    private static long[] copy(GraphDatabaseService source, GraphDatabaseService target) {
        Map<String, String> elementIds = new HashMap<>();
        long nodes = 0;
        long relationships = 0;
        try (Transaction read = source.beginTx()) {
            Transaction write = target.beginTx();
            try (ResourceIterable<Node> all = read.getAllNodes()) {
                for (Node node : all) {
                    Label[] labels = Iterables.array(node.getLabels());
                    Node copy = write.createNode(labels);
                    node.getAllProperties().forEach(copy::setProperty);
                    elementIds.put(node.getElementId(), copy.getElementId());
                    if (++nodes % BATCH == 0) {
                        write = commit(target, write);
                    }
                }
            }
            write = commit(target, write);
            try (ResourceIterable<Relationship> all = read.getAllRelationships()) {
                for (Relationship relationship : all) {
                    Node start = write.getNodeByElementId(
                            elementIds.get(relationship.getStartNode().getElementId()));
                    Node end = write.getNodeByElementId(
                            elementIds.get(relationship.getEndNode().getElementId()));
                    Relationship copy = start.createRelationshipTo(end, relationship.getType());
                    relationship.getAllProperties().forEach(copy::setProperty);
                    if (++relationships % BATCH == 0) {
                        write = commit(target, write);
                    }
                }
            }
            write.commit();
            write.close();
        }
        return new long[] {nodes, relationships};
    }

    private static Transaction commit(GraphDatabaseService target, Transaction write) {
        write.commit();
        write.close();
        return target.beginTx();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static final class Iterables {
        static Label[] array(Iterable<Label> labels) {
            java.util.List<Label> list = new java.util.ArrayList<>();
            labels.forEach(list::add);
            return list.toArray(Label[]::new);
        }
    }
}
