package be.tafel.store;

import be.tafel.importing.ImportProblem;
import be.tafel.importing.InvalidNetworkException;
import be.tafel.importing.KnownIds;
import be.tafel.importing.Section;
import be.tafel.importing.Vocabulary;
import be.tafel.message.Message;
import be.tafel.model.Collaboration;
import be.tafel.model.Network;
import be.tafel.model.NodeLabel;
import be.tafel.model.Person;
import be.tafel.model.Referral;
import be.tafel.model.Seat;
import be.tafel.model.Service;
import be.tafel.model.Support;
import be.tafel.model.Use;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Writes a validated network in one transaction: all of it or none of it. Rows go in UNWIND batches.
 *
 * <p>The writer first asks the store, in one query, which of the ids the document defines or names exist,
 * with their element ids. Nodes new to the store are CREATEd, all labels in one query that answers their
 * element ids; relationships with a new end and new referrals are then CREATEd between element ids,
 * without a second index look-up. Rows whose ids the store held already are MERGEd on ids and
 * relationship keys, so importing the same document twice changes nothing. A few constant queries, with
 * values only as parameters, keep Neo4j's plan cache warm.
 */
public final class NetworkWriter implements KnownIds, Vocabulary.Source {
    static final int BATCH = 10_000;
    /**
     * A concurrent import may create an id between our look-up and our commit, or a delete remove a node we
     * looked up; then we go again (and a node that is gone is then a problem of the import).
     */
    static final int ATTEMPTS = 3;

    private final GraphStore store;

    public NetworkWriter(GraphStore store) {
        this.store = store;
    }

    public Map<String, ImportCounts> write(Network network) {
        for (int attempt = 1; ; attempt++) {
            try {
                return store.write(tx -> new Transaction(tx, network).writeAll());
            } catch (ClientException e) {
                if (!isConcurrentChange(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw new ConcurrentChangeException("Other writes kept creating or deleting the nodes this"
                            + " import names while it was written; nothing was written. Send it again.");
                }
            }
        }
    }

    @Override
    public Vocabulary vocabulary() {
        return new VocabularyStore(store).vocabulary();
    }

    /**
     * Another transaction created an id this one was about to create, or deleted a node this one found before
     * it was used: the write may succeed when sent again.
     */
    public static boolean isConcurrentChange(ClientException e) {
        return e.code().endsWith("ConstraintValidationFailed")
                || e.code().endsWith("EntityNotFound")
                || String.valueOf(e.getMessage()).startsWith("Unable to load");
    }

    /** Writes the network inside a transaction the caller runs (the journal's), with its counts per section. */
    public Map<String, ImportCounts> writeIn(TransactionContext tx, Network network) {
        return new Transaction(tx, network).writeAll();
    }

    @Override
    public Map<String, NodeLabel> labelsOf(Set<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return store.read(tx -> {
            Map<String, NodeLabel> labels = new HashMap<>();
            tx.run(CypherFiles.load("import/labels-of"), Map.of("ids", List.copyOf(ids)))
                    .forEachRemaining(r -> {
                        NodeLabel label = null;
                        for (Value name : r.get("labels").values()) {
                            label = NodeLabel.byLabel(name.asString()).orElse(label);
                        }
                        if (label != null) {
                            for (Value id : r.get("ids").values()) {
                                labels.put(id.asString(), label);
                            }
                        }
                    });
            return labels;
        });
    }

    /** One attempt at writing the network, inside one transaction. */
    private static final class Transaction {
        private final TransactionContext tx;
        private final Network network;
        /** The element id of every node of the document or named by it: stored ones, then created ones. */
        private final Map<String, String> elementIds;
        /** The ids the store held before this transaction. */
        private final Set<String> stored;

        private final List<ImportProblem> missing = new ArrayList<>();

        Transaction(TransactionContext tx, Network network) {
            this.tx = tx;
            this.network = network;
            this.elementIds = existing(tx, idsToLookUp(network));
            this.stored = new HashSet<>(elementIds.keySet());
        }

        Map<String, ImportCounts> writeAll() {
            Map<String, ImportCounts> counts = new LinkedHashMap<>();
            List<Map<String, Object>> created = new ArrayList<>();
            counts.put(
                    Section.PARTNERS.key(),
                    newNodes(network.partners(), NodeLabel.PARTNER, p -> p.id(), StoreRows::properties, created));
            counts.put(
                    Section.PERSONS.key(),
                    newNodes(network.persons(), NodeLabel.PERSON, p -> p.id(), StoreRows::properties, created));
            counts.put(
                    Section.SERVICES.key(),
                    newNodes(network.services(), NodeLabel.SERVICE, s -> s.id(), StoreRows::properties, created));
            counts.put(
                    Section.FAMILIES.key(),
                    newNodes(network.families(), NodeLabel.FAMILY, f -> f.id(), StoreRows::properties, created));
            counts.put(
                    Section.TABLES.key(),
                    newNodes(network.tables(), NodeLabel.TABLE, t -> t.id(), StoreRows::properties, created));
            createNodes(created);

            run("import/partners", storedRows(network.partners(), p -> p.id(), StoreRows::of));
            run("import/persons", storedRows(network.persons(), p -> p.id(), StoreRows::of));
            run("import/services", storedRows(network.services(), s -> s.id(), StoreRows::of));
            run("import/families", storedRows(network.families(), f -> f.id(), StoreRows::of));
            run("import/tables", storedRows(network.tables(), t -> t.id(), StoreRows::of));

            List<Map<String, Object>> relationships = new ArrayList<>();
            for (Person p : network.persons()) {
                if (!stored.contains(p.id()) && p.worksFor() != null) {
                    relationships.add(
                            relationship(Section.PERSONS, p.id(), "WORKS_FOR", p.worksFor(), StoreRows.worksFor(p)));
                }
            }
            for (Service s : network.services()) {
                if (!stored.contains(s.id())) {
                    relationships.add(relationship(Section.SERVICES, s.provider(), "OFFERS", s.id(), Map.of()));
                }
            }
            List<Relationships<?>> sections = List.of(
                    new Relationships<>(
                            Section.SEATS,
                            "SITS_AT",
                            network.seats(),
                            Seat::member,
                            Seat::table,
                            StoreRows::properties,
                            StoreRows::of),
                    new Relationships<>(
                            Section.COLLABORATIONS,
                            "COLLABORATES",
                            network.collaborations(),
                            Collaboration::a,
                            Collaboration::b,
                            StoreRows::properties,
                            StoreRows::of),
                    new Relationships<>(
                            Section.SUPPORTS,
                            "SUPPORTS",
                            network.supports(),
                            Support::person,
                            Support::family,
                            StoreRows::properties,
                            StoreRows::of),
                    new Relationships<>(
                            Section.USES,
                            "USES",
                            network.uses(),
                            Use::family,
                            Use::service,
                            StoreRows::properties,
                            StoreRows::of));
            for (Relationships<?> section : sections) {
                section.split(this, relationships);
            }
            failOnMissingEnds();
            createRelationships(relationships);
            for (Relationships<?> section : sections) {
                int merged = run("import/" + section.section.key(), section.toMerge);
                counts.put(
                        section.section.key(),
                        new ImportCounts(section.toCreate + merged, section.rows.size() - section.toCreate - merged));
            }

            counts.put(Section.REFERRALS.key(), referrals());
            return counts;
        }

        private <T> ImportCounts newNodes(
                List<T> records,
                NodeLabel label,
                Function<T, String> id,
                Function<T, Map<String, Object>> properties,
                List<Map<String, Object>> created) {
            List<String> labels = List.of(label.label(), "Node");
            int count = 0;
            for (T record : records) {
                if (!stored.contains(id.apply(record))) {
                    created.add(StoreRows.node(labels, properties.apply(record)));
                    count++;
                }
            }
            return new ImportCounts(count, records.size() - count);
        }

        private <T> List<Map<String, Object>> storedRows(
                List<T> records, Function<T, String> id, Function<T, Map<String, Object>> row) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (T record : records) {
                if (stored.contains(id.apply(record))) {
                    rows.add(row.apply(record));
                }
            }
            return rows;
        }

        private void createNodes(List<Map<String, Object>> rows) {
            for (List<Map<String, Object>> batch : batches(rows)) {
                Record answer = tx.run(CypherFiles.load("import/create-nodes"), Map.of("rows", batch))
                        .single();
                List<Object> ids = answer.get("ids").asList();
                List<Object> elements = answer.get("elementIds").asList();
                for (int i = 0; i < ids.size(); i++) {
                    elementIds.put((String) ids.get(i), (String) elements.get(i));
                }
            }
        }

        private void createRelationships(List<Map<String, Object>> rows) {
            int created = 0;
            for (List<Map<String, Object>> batch : batches(rows)) {
                created += tx.run(CypherFiles.load("import/create-relationships"), Map.of("rows", batch))
                        .consume()
                        .counters()
                        .relationshipsCreated();
            }
            expect(rows.size(), created, "relationships");
        }

        private ImportCounts referrals() {
            List<Map<String, Object>> created = new ArrayList<>();
            List<Map<String, Object>> merged = new ArrayList<>();
            for (Referral r : network.referrals()) {
                if (stored.contains(r.id())) {
                    merged.add(StoreRows.of(r));
                } else {
                    created.add(StoreRows.newReferral(
                            r,
                            end(Section.REFERRALS, r.from()),
                            end(Section.REFERRALS, r.to()),
                            end(Section.REFERRALS, r.family())));
                }
            }
            failOnMissingEnds();
            int nodes = 0;
            for (List<Map<String, Object>> batch : batches(created)) {
                nodes += tx.run(CypherFiles.load("import/create-referrals"), Map.of("rows", batch))
                        .consume()
                        .counters()
                        .nodesCreated();
            }
            expect(created.size(), nodes, Section.REFERRALS.key());
            run("import/referrals", merged);
            return new ImportCounts(created.size(), merged.size());
        }

        private Map<String, Object> relationship(
                Section section, String start, String type, String end, Map<String, Object> properties) {
            return StoreRows.relationship(end(section, start), type, end(section, end), properties);
        }

        /** The element id of a node the document names; a node that is gone is a problem of the import. */
        private String end(Section section, String id) {
            String element = elementIds.get(id);
            if (element == null) {
                missing.add(new ImportProblem(section.key(), null, null, Message.of("importEndGone", "id", id)));
            }
            return element;
        }

        private void failOnMissingEnds() {
            if (!missing.isEmpty()) {
                throw new InvalidNetworkException(missing);
            }
        }

        /** A CREATE that matched fewer ends than rows would leave the import half written: undo it all. */
        private static void expect(int rows, int written, String what) {
            if (written != rows) {
                throw new ConcurrentChangeException("The import wrote " + written + " of " + rows + " " + what
                        + ": a node it refers to was deleted while it was written, so nothing was written."
                        + " Send it again.");
            }
        }

        /** Runs a query over the rows in batches and counts the relationships it created. */
        private int run(String query, List<Map<String, Object>> rows) {
            int created = 0;
            for (List<Map<String, Object>> batch : batches(rows)) {
                SummaryCounters counters = tx.run(CypherFiles.load(query), Map.of("rows", batch))
                        .consume()
                        .counters();
                created += counters.relationshipsCreated();
            }
            return created;
        }
    }

    /** The rows of one relationship section, split: a relationship with an end created now is new for sure. */
    private static final class Relationships<T> {
        final Section section;
        final String type;
        final List<T> rows;
        final Function<T, String> start;
        final Function<T, String> end;
        final Function<T, Map<String, Object>> properties;
        final Function<T, Map<String, Object>> mergeRow;
        final List<Map<String, Object>> toMerge = new ArrayList<>();
        int toCreate;

        Relationships(
                Section section,
                String type,
                List<T> rows,
                Function<T, String> start,
                Function<T, String> end,
                Function<T, Map<String, Object>> properties,
                Function<T, Map<String, Object>> mergeRow) {
            this.section = section;
            this.type = type;
            this.rows = rows;
            this.start = start;
            this.end = end;
            this.properties = properties;
            this.mergeRow = mergeRow;
        }

        void split(Transaction writing, List<Map<String, Object>> created) {
            for (T row : rows) {
                String a = start.apply(row);
                String b = end.apply(row);
                if (writing.stored.contains(a) && writing.stored.contains(b)) {
                    toMerge.add(mergeRow.apply(row));
                } else {
                    created.add(writing.relationship(section, a, type, b, properties.apply(row)));
                    toCreate++;
                }
            }
        }
    }

    /** Every id the document defines or names: the writer needs to know which the store holds. */
    private static List<String> idsToLookUp(Network network) {
        Set<String> ids = new HashSet<>();
        network.partners().forEach(p -> ids.add(p.id()));
        network.persons().forEach(p -> {
            ids.add(p.id());
            if (p.worksFor() != null) {
                ids.add(p.worksFor());
            }
        });
        network.services().forEach(s -> {
            ids.add(s.id());
            ids.add(s.provider());
        });
        network.families().forEach(f -> ids.add(f.id()));
        network.tables().forEach(t -> ids.add(t.id()));
        network.seats().forEach(s -> {
            ids.add(s.member());
            ids.add(s.table());
        });
        network.collaborations().forEach(c -> {
            ids.add(c.a());
            ids.add(c.b());
        });
        network.supports().forEach(s -> {
            ids.add(s.person());
            ids.add(s.family());
        });
        network.uses().forEach(u -> {
            ids.add(u.family());
            ids.add(u.service());
        });
        network.referrals().forEach(r -> {
            ids.add(r.id());
            ids.add(r.from());
            ids.add(r.to());
            ids.add(r.family());
        });
        return List.copyOf(ids);
    }

    /** The ids {@code network} defines or names that the store holds, read inside {@code tx}. */
    public static Set<String> storedIds(TransactionContext tx, Network network) {
        return existing(tx, idsToLookUp(network)).keySet();
    }

    /** The stored ones among {@code ids}, each with its element id. */
    private static Map<String, String> existing(TransactionContext tx, List<String> ids) {
        Map<String, String> elementIds = new HashMap<>();
        for (List<String> batch : batches(ids)) {
            Record answer = tx.run(CypherFiles.load("import/existing-ids"), Map.of("ids", batch))
                    .single();
            List<Object> found = answer.get("ids").asList();
            List<Object> elements = answer.get("elementIds").asList();
            for (int i = 0; i < found.size(); i++) {
                elementIds.put((String) found.get(i), (String) elements.get(i));
            }
        }
        return elementIds;
    }

    private static <T> List<List<T>> batches(List<T> rows) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += BATCH) {
            batches.add(rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
        return batches;
    }
}
