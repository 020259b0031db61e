package be.tafel.store;

import be.tafel.model.Collaboration;
import be.tafel.model.Network;
import be.tafel.model.NodeLabel;
import be.tafel.model.RelationshipKind;
import be.tafel.model.Seat;
import be.tafel.model.Support;
import be.tafel.model.Use;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/** Reads and deletes what the import wrote: single nodes, pages of them, relationships, the whole network. */
public final class GraphRepository {
    private static final int ALL = Integer.MAX_VALUE;

    private final GraphStore store;

    public GraphRepository(GraphStore store) {
        this.store = store;
    }

    /** The graph version now: read before an element, it is the version an edit of that element is made on. */
    public long version() {
        return store.version();
    }

    public Optional<Object> find(NodeLabel label, String id) {
        return store.read(tx -> tx.run(match(label) + " {id: $id})\n" + rows(label), Map.of("id", id)).stream()
                .findFirst()
                .map(mapper(label)));
    }

    public List<Object> page(NodeLabel label, int offset, int limit) {
        return store.read(tx -> nodes(tx, label, offset, limit));
    }

    public long count(NodeLabel label) {
        return store.read(tx -> tx.run(match(label) + ") RETURN count(n) AS n")
                .single()
                .get("n")
                .asLong());
    }

    public List<Object> relationships(RelationshipKind kind, int offset, int limit) {
        return store.read(tx -> relationships(tx, kind, offset, limit));
    }

    /** Deletes a node and its relationships; a family is erased with every referral that names it. */
    public boolean delete(NodeLabel label, String id) {
        return delete(label, id, false);
    }

    /**
     * Deletes a node. A partner, person or service that services or referrals still name is refused with
     * {@link StillReferencedException} (checked in the same transaction as the delete), unless {@code cascade}
     * deletes them too; a family always goes with its referrals (erasure).
     */
    public boolean delete(NodeLabel label, String id, boolean cascade) {
        return store.write(tx -> deleteIn(tx, label, id, cascade));
    }

    /** After a family's erasure: see {@link GraphStore#noteErasure()}. */
    public void noteErasure() {
        store.noteErasure();
    }

    public boolean deleteRelationship(RelationshipKind kind, String key) {
        return store.write(tx -> deleteRelationshipIn(tx, kind, key));
    }

    /** {@link #delete(NodeLabel, String, boolean)} inside a transaction the caller runs. */
    public static boolean deleteIn(TransactionContext tx, NodeLabel label, String id, boolean cascade) {
        String matched = match(label) + " {id: $id})\n";
        String query = label == NodeLabel.FAMILY
                ? CypherFiles.load("delete/family")
                : matched + CypherFiles.load(cascade ? "delete/cascade" : "delete/node");
        tx.run(matched + CypherFiles.load("delete/lock"), Map.of("id", id)).consume();
        if (!cascade && label != NodeLabel.FAMILY) {
            List<Record> referrers = tx.run(matched + CypherFiles.load("delete/referrers"), Map.of("id", id))
                    .list();
            if (!referrers.isEmpty()) {
                List<String> services = referrers.getFirst().get("services").asList(Value::asString);
                List<String> referrals = referrers.getFirst().get("referrals").asList(Value::asString);
                if (!services.isEmpty() || !referrals.isEmpty()) {
                    throw new StillReferencedException(
                            "The " + label.singular() + " '" + id + "'", services, referrals);
                }
            }
        }
        return tx.run(query, Map.of("id", id)).single().get("deleted").asLong() > 0;
    }

    /** {@link #deleteRelationship} inside a transaction the caller runs. */
    public static boolean deleteRelationshipIn(TransactionContext tx, RelationshipKind kind, String key) {
        return tx.run(CypherFiles.load("delete/" + kind.plural()), Map.of("key", key))
                        .single()
                        .get("deleted")
                        .asLong()
                > 0;
    }

    /**
     * The rows (as records of the import document) of the nodes with these ids, read inside a transaction
     * the caller runs, by id; ids the store does not hold are absent.
     */
    public static Map<String, Object> nodeRowsIn(TransactionContext tx, NodeLabel label, Collection<String> ids) {
        String query = match(label) + ")\nWHERE n.id IN $ids\n" + rows(label);
        Map<String, Object> found = new HashMap<>();
        tx.run(query, Map.of("ids", List.copyOf(ids)))
                .forEachRemaining(
                        r -> found.put(r.get("id").asString(), mapper(label).apply(r)));
        return found;
    }

    /** The rows of the relationships with these keys, read inside a transaction the caller runs, by key. */
    public static Map<String, Object> relationshipRowsIn(
            TransactionContext tx, RelationshipKind kind, Collection<String> keys) {
        Map<String, Object> found = new HashMap<>();
        tx.run(CypherFiles.load("journal/" + kind.plural()), Map.of("keys", List.copyOf(keys)))
                .forEachRemaining(r -> {
                    Object row = relationshipMapper(kind).apply(r);
                    found.put(keyOf(row), row);
                });
        return found;
    }

    /** The key that names a relationship row in the store. */
    public static String keyOf(Object relationship) {
        return switch (relationship) {
            case Seat s -> s.key();
            case Collaboration c -> c.key();
            case Support s -> s.key();
            case Use u -> u.key();
            default -> throw new IllegalArgumentException("not a relationship: " + relationship);
        };
    }

    /** The whole network as one import document, read in one transaction so it is consistent. */
    @SuppressWarnings("unchecked")
    public Network export() {
        return store.read(tx -> new Network(
                (List) nodes(tx, NodeLabel.PARTNER, 0, ALL),
                (List) nodes(tx, NodeLabel.PERSON, 0, ALL),
                (List) nodes(tx, NodeLabel.SERVICE, 0, ALL),
                (List) nodes(tx, NodeLabel.FAMILY, 0, ALL),
                (List) nodes(tx, NodeLabel.TABLE, 0, ALL),
                (List) relationships(tx, RelationshipKind.SEATS, 0, ALL),
                (List) relationships(tx, RelationshipKind.COLLABORATIONS, 0, ALL),
                (List) relationships(tx, RelationshipKind.SUPPORTS, 0, ALL),
                (List) relationships(tx, RelationshipKind.USES, 0, ALL),
                (List) nodes(tx, NodeLabel.REFERRAL, 0, ALL)));
    }

    private static List<Object> nodes(TransactionContext tx, NodeLabel label, int offset, int limit) {
        String query = match(label) + ")\nWITH n ORDER BY n.id SKIP $offset LIMIT $limit\n" + rows(label);
        return tx.run(query, Map.of("offset", offset, "limit", limit)).list(mapper(label));
    }

    private static List<Object> relationships(TransactionContext tx, RelationshipKind kind, int offset, int limit) {
        java.util.HashMap<String, Object> params = new java.util.HashMap<>();
        params.put("offset", offset);
        params.put("limit", limit);
        params.put("table", null);
        return tx.run(CypherFiles.load("rows/" + kind.plural()), params).list(relationshipMapper(kind));
    }

    /** The start of a MATCH on a label; the label comes from the enum, never from a request. */
    private static String match(NodeLabel label) {
        return "MATCH (n:" + label.label();
    }

    private static String rows(NodeLabel label) {
        return CypherFiles.load("rows/" + label.singular());
    }

    private static Function<Record, Object> mapper(NodeLabel label) {
        return switch (label) {
            case PARTNER -> RecordMapper::partner;
            case PERSON -> RecordMapper::person;
            case SERVICE -> RecordMapper::service;
            case FAMILY -> RecordMapper::family;
            case TABLE -> RecordMapper::table;
            case REFERRAL -> RecordMapper::referral;
        };
    }

    private static Function<Record, Object> relationshipMapper(RelationshipKind kind) {
        return switch (kind) {
            case SEATS -> RecordMapper::seat;
            case COLLABORATIONS -> RecordMapper::collaboration;
            case SUPPORTS -> RecordMapper::support;
            case USES -> RecordMapper::use;
        };
    }
}
