package be.tafel.journal;

import be.tafel.importing.NetworkReader;
import be.tafel.journal.Change.ElementChange;
import be.tafel.journal.ConflictException.Conflict;
import be.tafel.model.Network;
import be.tafel.model.NodeLabel;
import be.tafel.model.RelationshipKind;
import be.tafel.store.ConcurrentChangeException;
import be.tafel.store.CypherFiles;
import be.tafel.store.GraphRepository;
import be.tafel.store.GraphStore;
import be.tafel.store.ImportCounts;
import be.tafel.store.NetworkWriter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;

/**
 * The one journal of changes to the network. Every write through it runs in one transaction that first
 * takes the next graph version (which also makes writes follow one another), checks an optional
 * {@code If-Match} version element by element against the entries since, reads the rows it will touch,
 * writes, reads them again, and records one {@code (:TafelChange)} entry with the version, the author,
 * the time, the kind of change and every changed element's row before and after. Undo and redo write
 * the rows of an entry back through the same writer and are entries of their own.
 *
 * <p>Readers of deltas ask for the entries after a version they know ({@link #since}); the rows are those
 * of the import document, so an entry can be applied by whoever reads it.
 */
public final class Journal {
    /** The op of a family's deletion: an erasure, after which the journal holds nothing of the family. */
    public static final String ERASE = "erase";

    /** The section of a survey wave's ties (COLLABORATES with a {@code wave}), keyed by the tie's key. */
    public static final String SURVEY_TIES = "surveyTies";
    /** The section of survey waves (their status and closing day), keyed by the wave's id. */
    public static final String SURVEYS = "surveys";

    /** Batch size for reading rows by id. */
    static final int BATCH = 10_000;
    /** How many of an author's newest entries make up their undo and redo stacks. */
    static final int OWN_HISTORY = 500;
    /**
     * An entry whose rows take more JSON than this (an import, a large merge) keeps them gzipped
     * ({@code packed}), with the ids of the families they name beside them, so an erasure still finds them.
     */
    static final int PACK_FROM_BYTES = 64 * 1024;
    /** How long entries are kept by default ({@code TAFEL_JOURNAL_KEEP_DAYS}); see {@link #prune}. */
    public static final int KEEP_DAYS_DEFAULT = 365;

    private static final TypeReference<List<ElementChange>> CHANGES = new TypeReference<>() {};
    private static final Map<String, RelationshipKind> KINDS_BY_TYPE = Map.of(
            "SITS_AT",
            RelationshipKind.SEATS,
            "COLLABORATES",
            RelationshipKind.COLLABORATIONS,
            "SUPPORTS",
            RelationshipKind.SUPPORTS,
            "USES",
            RelationshipKind.USES);

    private final GraphStore store;
    private final NetworkWriter writer;
    private final ObjectMapper json;

    public Journal(GraphStore store, NetworkWriter writer, ObjectMapper json) {
        this.store = store;
        this.writer = writer;
        this.json = json;
        for (String statement : CypherFiles.statements("journal/schema")) {
            store.writeUnversioned(tx -> tx.run(statement).consume());
        }
        int days = keepDays(System.getenv());
        if (days > 0) {
            prune(Instant.now().minus(java.time.Duration.ofDays(days)));
        }
    }

    /** {@code TAFEL_JOURNAL_KEEP_DAYS}, or {@value #KEEP_DAYS_DEFAULT}; 0 or less keeps everything. */
    static int keepDays(Map<String, String> env) {
        String days = env.get("TAFEL_JOURNAL_KEEP_DAYS");
        if (days == null || days.isBlank()) {
            return KEEP_DAYS_DEFAULT;
        }
        try {
            return Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "TAFEL_JOURNAL_KEEP_DAYS must be a whole number of days, not '" + days + "'");
        }
    }

    /**
     * The pruning policy: removes the entries written before {@code before}, except each author's newest
     * {@value #OWN_HISTORY} (their undo and redo stacks, and what those act on, stay whole). A reader of deltas
     * whose version is older than the oldest entry left reprojects in full. Runs at every start, with
     * {@code TAFEL_JOURNAL_KEEP_DAYS} (default {@value #KEEP_DAYS_DEFAULT}; 0 keeps everything).
     *
     * @return how many entries it removed
     */
    public long prune(Instant before) {
        return prune(before, OWN_HISTORY);
    }

    /** {@link #prune(Instant)}, keeping each author's newest {@code keepNewest} entries. */
    long prune(Instant before, int keepNewest) {
        return store.writeUnversioned(
                tx -> tx.run(CypherFiles.load("journal/prune"), Map.of("before", before.toString(), "own", keepNewest))
                        .single()
                        .get("removed")
                        .asLong());
    }

    /** What a journaled write returns: the result of its work and its journal entry. */
    public record Written<T>(T value, Change change) {}

    /** The elements a write touches, the entry it acts on (undo, redo), and the work itself. */
    private record Plan<T>(
            List<ElementRef> refs,
            Long target,
            BiFunction<TransactionContext, Long, T> work,
            Predicate<ElementRef> newToStore) {
        Plan(List<ElementRef> refs, Long target, BiFunction<TransactionContext, Long, T> work) {
            this(refs, target, work, null);
        }
    }

    /** Writes rows of the import document (an edit, or a whole import). */
    public Written<Map<String, ImportCounts>> write(Author who, String op, Long ifMatch, Network network) {
        List<ElementRef> refs = refsOf(network);
        return record(
                who,
                op,
                ifMatch,
                tx -> new Plan<>(refs, null, (t, v) -> writer.writeIn(t, network), NewElements.of(tx, network)));
    }

    /** Deletes a node with its relationships; empty when there is no such node (nothing is written). */
    public Optional<Change> deleteNode(Author who, Long ifMatch, NodeLabel label, String id, boolean cascade) {
        try {
            String op = label == NodeLabel.FAMILY ? ERASE : "delete";
            return Optional.of(record(
                            who,
                            op,
                            ifMatch,
                            tx -> new Plan<>(around(tx, label, id), null, (t, v) -> {
                                if (!GraphRepository.deleteIn(t, label, id, cascade)) {
                                    throw new Missing();
                                }
                                return null;
                            }))
                    .change());
        } catch (Missing e) {
            return Optional.empty();
        }
    }

    /** Deletes one relationship by its key; empty when there is no such relationship. */
    public Optional<Change> deleteRelationship(Author who, Long ifMatch, RelationshipKind kind, String key) {
        List<ElementRef> refs = List.of(ElementRef.relationship(kind, key));
        try {
            return Optional.of(record(
                            who,
                            "delete",
                            ifMatch,
                            tx -> new Plan<>(refs, null, (t, v) -> {
                                if (!GraphRepository.deleteRelationshipIn(t, kind, key)) {
                                    throw new Missing();
                                }
                                return null;
                            }))
                    .change());
        } catch (Missing e) {
            return Optional.empty();
        }
    }

    /**
     * Any work that changes the elements it names, journaled: a merge, a meeting's ties. The work runs in
     * the journal's transaction; {@code refs} must name every element it may change.
     */
    public <T> Written<T> change(
            Author who,
            String op,
            Long ifMatch,
            Function<TransactionContext, List<ElementRef>> refs,
            Function<TransactionContext, T> work) {
        return record(who, op, ifMatch, tx -> new Plan<>(refs.apply(tx), null, (t, v) -> work.apply(t)));
    }

    /** {@link #change}, with work that also needs the version the change will commit as. */
    public <T> Written<T> changeAt(
            Author who,
            String op,
            Long ifMatch,
            Function<TransactionContext, List<ElementRef>> refs,
            BiFunction<TransactionContext, Long, T> work) {
        return record(who, op, ifMatch, tx -> new Plan<>(refs.apply(tx), null, work));
    }

    /**
     * Undoes the author's own last change that is not undone yet: writes back its rows before. Refused
     * (409) when someone else changed one of its elements since.
     */
    public Change undo(Author who) {
        return record(who, "undo", null, tx -> {
                    long target = stacks(tx, who).done.peekFirst() instanceof Long v
                            ? v
                            : failNothing("There is no change of yours left to undo.");
                    Change original = entry(tx, target);
                    failOnConflicts(tx, target, keys(refsOf(original)), who.by());
                    return new Plan<>(refsOf(original), target, (t, v) -> apply(t, original, true));
                })
                .change();
    }

    /** Redoes the author's last undone change: writes its rows after again. */
    public Change redo(Author who) {
        return record(who, "redo", null, tx -> {
                    long target = stacks(tx, who).undone.peekFirst() instanceof Long v
                            ? v
                            : failNothing("There is no undone change of yours to redo.");
                    Change original = entry(tx, target);
                    failOnConflicts(tx, target, keys(refsOf(original)), who.by());
                    return new Plan<>(refsOf(original), target, (t, v) -> apply(t, original, false));
                })
                .change();
    }

    /** The entries after {@code version}, oldest first, at most {@code limit}. */
    public List<Change> since(long version, int limit) {
        return store.read(tx -> tx.run(CypherFiles.load("journal/since"), Map.of("since", version, "limit", limit))
                .list(this::change));
    }

    /** The entry that produced {@code version}, if the journal holds it. */
    public Optional<Change> at(long version) {
        return store.read(tx -> tx.run(CypherFiles.load("journal/entry"), Map.of("version", version)).stream()
                .findFirst()
                .map(this::change));
    }

    private <T> Written<T> record(Author who, String op, Long ifMatch, Function<TransactionContext, Plan<T>> planner) {
        try {
            return recordOnce(who, op, ifMatch, planner);
        } catch (ClientException e) {
            if (NetworkWriter.isConcurrentChange(e)) {
                throw new ConcurrentChangeException("Another write created or deleted an element this change names"
                        + " while it was written; nothing was written. Send it again.");
            }
            throw e;
        }
    }

    private <T> Written<T> recordOnce(
            Author who, String op, Long ifMatch, Function<TransactionContext, Plan<T>> planner) {
        return store.writeAtNextVersion((tx, version) -> {
            Plan<T> plan = planner.apply(tx);
            List<ElementRef> refs = distinct(plan.refs());
            if (ifMatch != null) {
                failOnConflicts(tx, ifMatch, keys(refs), null);
            }
            Map<String, JsonNode> before = rows(
                    tx,
                    plan.newToStore() == null
                            ? refs
                            : refs.stream().filter(plan.newToStore().negate()).toList());
            T value = plan.work().apply(tx, version);
            Map<String, JsonNode> after = rows(tx, refs);
            List<ElementChange> changes = new ArrayList<>();
            for (ElementRef ref : refs) {
                JsonNode was = before.get(ref.key());
                JsonNode is = after.get(ref.key());
                if (!Objects.equals(was, is)) {
                    changes.add(new ElementChange(ref.section(), ref.id(), was, is, ref.cascade()));
                }
            }
            Change change =
                    new Change(version, Instant.now().toString(), who.name(), who.role(), op, plan.target(), changes);
            Map<String, Object> params = new HashMap<>();
            params.put("version", version);
            params.put("at", change.at());
            params.put("who", who.name());
            params.put("role", who.role());
            params.put("by", who.by());
            params.put("op", op);
            params.put("target", plan.target());
            params.put("elements", keys(changes.stream().map(ElementChange::ref).toList()));
            putRows(params, text(changes), changes);
            tx.run(CypherFiles.load("journal/create-entry"), params).consume();
            if (ERASE.equals(op)) {
                refs.stream()
                        .filter(ref -> ref.section().equals(NodeLabel.FAMILY.plural()))
                        .forEach(ref -> forgetFamily(tx, ref.id()));
            }
            return new Written<>(value, change);
        });
    }

    /** Entries after {@code since} (by anyone but {@code notBy}) that changed one of {@code keys}: a 409. */
    private static void failOnConflicts(TransactionContext tx, long since, List<String> keys, String notBy) {
        Map<String, Object> params = new HashMap<>();
        params.put("since", since);
        params.put("elements", keys);
        params.put("notBy", notBy);
        List<Conflict> conflicts = tx.run(CypherFiles.load("journal/conflicts"), params)
                .list(r -> new Conflict(
                        r.get("version").asLong(),
                        r.get("at").asString(),
                        r.get("who").asString(),
                        r.get("op").asString(),
                        r.get("elements").asList(Value::asString)));
        if (!conflicts.isEmpty()) {
            throw new ConflictException(since, conflicts);
        }
    }

    /** The author's undo stack (changes done, newest first) and redo stack (changes undone, newest first). */
    private record Stacks(Deque<Long> done, Deque<Long> undone) {}

    private static Stacks stacks(TransactionContext tx, Author who) {
        List<Record> own =
                new ArrayList<>(tx.run(CypherFiles.load("journal/own"), Map.of("by", who.by(), "limit", OWN_HISTORY))
                        .list());
        java.util.Collections.reverse(own);
        Deque<Long> done = new ArrayDeque<>();
        Deque<Long> undone = new ArrayDeque<>();
        for (Record entry : own) {
            long version = entry.get("version").asLong();
            switch (entry.get("op").asString()) {
                case "undo" -> {
                    Long target = entry.get("target").asLong();
                    done.remove(target);
                    undone.push(target);
                }
                case "redo" -> {
                    undone.remove(entry.get("target").asLong());
                    done.push(version);
                }
                default -> {
                    done.push(version);
                    undone.clear();
                }
            }
        }
        return new Stacks(done, undone);
    }

    /** Writes back the rows of an entry before (undo) or after (redo) it. */
    private Void apply(TransactionContext tx, Change change, boolean undo) {
        ObjectNode document = json.createObjectNode();
        List<ElementRef> relationshipsGone = new ArrayList<>();
        List<ElementRef> nodesGone = new ArrayList<>();
        Map<String, List<JsonNode>> surveyRows = new LinkedHashMap<>();
        Map<String, List<String>> surveyGone = new LinkedHashMap<>();
        for (ElementChange element : change.changes()) {
            if (!undo && element.cascade()) {
                continue; // the deletion that caused it does it again
            }
            JsonNode target = undo ? element.before() : element.after();
            ElementRef ref = element.ref();
            if (SURVEY_TIES.equals(ref.section()) || SURVEYS.equals(ref.section())) {
                if (target == null || target.isNull()) {
                    surveyGone
                            .computeIfAbsent(ref.section(), k -> new ArrayList<>())
                            .add(ref.id());
                } else {
                    surveyRows
                            .computeIfAbsent(ref.section(), k -> new ArrayList<>())
                            .add(target);
                }
                continue;
            }
            if (target == null || target.isNull()) {
                (ref.kind().isPresent() ? relationshipsGone : nodesGone).add(ref);
            } else {
                document.withArrayProperty(element.section()).add(target);
            }
        }
        for (ElementRef ref : relationshipsGone) {
            GraphRepository.deleteRelationshipIn(tx, ref.kind().orElseThrow(), ref.id());
        }
        writer.writeIn(tx, NetworkReader.rowsOnly().readJson(document));
        for (String section : List.of(SURVEYS, SURVEY_TIES)) {
            List<JsonNode> rows = surveyRows.getOrDefault(section, List.of());
            List<String> gone = surveyGone.getOrDefault(section, List.of());
            if (!rows.isEmpty() || !gone.isEmpty()) {
                applySurveyRows(tx, section, rows, gone);
            }
        }
        // a redone deletion that took services and referrals with it (cascade rows gone) cascades again
        boolean cascades = !undo
                && change.changes().stream()
                        .anyMatch(e ->
                                e.cascade() && (e.after() == null || e.after().isNull()));
        if (undo) {
            // the entry lists nodes as the import does, referred-to first: undone, they go referring-first
            java.util.Collections.reverse(nodesGone);
        }
        for (ElementRef ref : nodesGone) {
            GraphRepository.deleteIn(tx, ref.label().orElseThrow(), ref.id(), cascades);
        }
        return null;
    }

    /** A node, its keyed relationships, and the rows that name it (cascade): what deleting it changes. */
    public static List<ElementRef> around(TransactionContext tx, NodeLabel label, String id) {
        List<ElementRef> refs = new ArrayList<>();
        refs.add(ElementRef.node(label, id));
        tx.run(CypherFiles.load("journal/around"), Map.of("id", id)).stream()
                .findFirst()
                .ifPresent(r -> {
                    for (Value relationship : r.get("relationships").values()) {
                        if (relationship.get("type").isNull()
                                || relationship.get("key").isNull()) {
                            continue; // a node without relationships
                        }
                        RelationshipKind kind =
                                KINDS_BY_TYPE.get(relationship.get("type").asString());
                        if (kind != null) {
                            refs.add(ElementRef.relationship(
                                    kind, relationship.get("key").asString()));
                        }
                    }
                    for (Value dependent : r.get("dependents").values()) {
                        if (dependent.get("id").isNull()) {
                            continue;
                        }
                        dependent.get("labels").asList(Value::asString).stream()
                                .map(NodeLabel::byLabel)
                                .flatMap(Optional::stream)
                                .findFirst()
                                .ifPresent(l -> refs.add(new ElementRef(
                                        l.plural(), dependent.get("id").asString(), true)));
                    }
                });
        return refs;
    }

    /** The rows of the elements now, by {@link ElementRef#key()}; elements that do not exist are absent. */
    public Map<String, JsonNode> rowsOf(TransactionContext tx, List<ElementRef> refs) {
        return rows(tx, refs);
    }

    private Map<String, JsonNode> rows(TransactionContext tx, List<ElementRef> refs) {
        Map<String, List<String>> bySection = new LinkedHashMap<>();
        for (ElementRef ref : refs) {
            bySection.computeIfAbsent(ref.section(), s -> new ArrayList<>()).add(ref.id());
        }
        Map<String, JsonNode> rows = new HashMap<>();
        bySection.forEach((section, ids) -> {
            for (int from = 0; from < ids.size(); from += BATCH) {
                Collection<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
                if (SURVEY_TIES.equals(section) || SURVEYS.equals(section)) {
                    surveyRows(tx, section, batch).forEach((id, row) -> rows.put(section + "/" + id, row));
                    continue;
                }
                Map<String, Object> found = NodeLabel.byPlural(section)
                        .map(label -> GraphRepository.nodeRowsIn(tx, label, batch))
                        .orElseGet(() -> GraphRepository.relationshipRowsIn(
                                tx, RelationshipKind.byPlural(section).orElseThrow(), batch));
                found.forEach((id, row) -> rows.put(section + "/" + id, json.valueToTree(row)));
            }
        });
        return rows;
    }

    /** Rows of survey waves or their ties, by id or key. */
    private Map<String, JsonNode> surveyRows(TransactionContext tx, String section, Collection<String> keys) {
        Map<String, JsonNode> found = new HashMap<>();
        tx.run(
                        CypherFiles.load("journal/" + (SURVEYS.equals(section) ? "surveys" : "survey-ties")),
                        Map.of("keys", List.copyOf(keys)))
                .forEachRemaining(r -> {
                    Map<String, Object> row = new LinkedHashMap<>(r.asMap());
                    found.put((String) row.get(SURVEYS.equals(section) ? "id" : "key"), json.valueToTree(row));
                });
        return found;
    }

    /** Writes survey rows of an entry back, or deletes the ties that were not there. */
    private void applySurveyRows(TransactionContext tx, String section, List<JsonNode> rows, List<String> gone) {
        List<Object> values =
                rows.stream().map(r -> (Object) json.convertValue(r, Map.class)).toList();
        if (SURVEYS.equals(section)) {
            tx.run(CypherFiles.load("journal/write-surveys"), Map.of("rows", values))
                    .consume();
            return; // a wave is never created or deleted by a journaled change
        }
        if (!gone.isEmpty()) {
            tx.run(CypherFiles.load("journal/delete-survey-ties"), Map.of("keys", gone))
                    .consume();
        }
        if (!values.isEmpty()) {
            tx.run(CypherFiles.load("journal/write-survey-ties"), Map.of("rows", values))
                    .consume();
        }
    }

    /** Every element a network document writes. */
    public static List<ElementRef> refsOf(Network network) {
        List<ElementRef> refs = new ArrayList<>(network.rows());
        network.partners().forEach(p -> refs.add(ElementRef.node(NodeLabel.PARTNER, p.id())));
        network.persons().forEach(p -> refs.add(ElementRef.node(NodeLabel.PERSON, p.id())));
        network.services().forEach(s -> refs.add(ElementRef.node(NodeLabel.SERVICE, s.id())));
        network.families().forEach(f -> refs.add(ElementRef.node(NodeLabel.FAMILY, f.id())));
        network.tables().forEach(t -> refs.add(ElementRef.node(NodeLabel.TABLE, t.id())));
        network.seats().forEach(s -> refs.add(ElementRef.relationship(RelationshipKind.SEATS, s.key())));
        network.collaborations()
                .forEach(c -> refs.add(ElementRef.relationship(RelationshipKind.COLLABORATIONS, c.key())));
        network.supports().forEach(s -> refs.add(ElementRef.relationship(RelationshipKind.SUPPORTS, s.key())));
        network.uses().forEach(u -> refs.add(ElementRef.relationship(RelationshipKind.USES, u.key())));
        network.referrals().forEach(r -> refs.add(ElementRef.node(NodeLabel.REFERRAL, r.id())));
        return refs;
    }

    private static List<ElementRef> refsOf(Change change) {
        return change.changes().stream().map(ElementChange::ref).toList();
    }

    /** One ref per element; an element named directly is not a cascade, whatever else names it. */
    private static List<ElementRef> distinct(List<ElementRef> refs) {
        Map<String, ElementRef> byKey = new LinkedHashMap<>();
        for (ElementRef ref : refs) {
            byKey.merge(ref.key(), ref, (a, b) -> a.cascade() ? b : a);
        }
        return List.copyOf(byKey.values());
    }

    private static List<String> keys(List<ElementRef> refs) {
        return refs.stream().map(ElementRef::key).toList();
    }

    private Change entry(TransactionContext tx, long version) {
        return tx.run(CypherFiles.load("journal/entry"), Map.of("version", version)).stream()
                .findFirst()
                .map(this::change)
                .orElseThrow(() -> new NothingToDoException("The journal no longer holds version " + version + "."));
    }

    private Change change(Record r) {
        try {
            return new Change(
                    r.get("version").asLong(),
                    r.get("at").asString(),
                    r.get("who").asString(),
                    r.get("role").asString(),
                    r.get("op").asString(),
                    r.get("target").isNull() ? null : r.get("target").asLong(),
                    json.readValue(rowsText(r), CHANGES));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Erasure: every journal entry, this one included, forgets the rows that name the family (its own row,
     * its supports and uses, the referrals for it) in the erasure's transaction, so nothing of the family
     * outlives it in the journal. An erasure therefore cannot be undone.
     */
    private void forgetFamily(TransactionContext tx, String familyId) {
        for (org.neo4j.driver.Record entry : tx.run(CypherFiles.load("journal/mentioning"), Map.of("id", familyId))
                .list()) {
            try {
                List<JsonNode> kept = new ArrayList<>();
                int erased = 0;
                for (JsonNode row : json.readTree(rowsText(entry))) {
                    if (names(row, familyId)) {
                        erased++;
                    } else {
                        kept.add(row);
                    }
                }
                List<String> elements = entry.get("elements").asList(org.neo4j.driver.Value::asString).stream()
                        .filter(key -> !List.of(key.split("[/|]")).contains(familyId))
                        .toList();
                Map<String, Object> params = new HashMap<>();
                params.put("version", entry.get("version").asLong());
                params.put("elements", elements);
                params.put("erased", erased);
                String rows = json.writeValueAsString(kept);
                if (entry.get("packed").isNull()) {
                    params.put("changes", rows);
                    params.put("packed", null);
                    params.put("families", null);
                } else {
                    params.put("changes", null);
                    params.put("packed", gzip(rows));
                    params.put(
                            "families",
                            entry.get("families").asList(org.neo4j.driver.Value::asString).stream()
                                    .filter(id -> !id.equals(familyId))
                                    .toList());
                }
                tx.run(CypherFiles.load("journal/forget"), params).consume();
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Whether any text in {@code node}, or any part of a relationship key in it, is {@code id}. */
    private static boolean names(JsonNode node, String id) {
        if (node.isTextual()) {
            return node.asText().equals(id)
                    || List.of(node.asText().split("[/|]")).contains(id);
        }
        for (JsonNode child : node) {
            if (names(child, id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rows of an entry as parameters: as JSON text, or, from {@value #PACK_FROM_BYTES} bytes on, gzipped
     * ({@code packed}) with the ids of the families they name ({@code families}, for an erasure to find them).
     */
    private static void putRows(Map<String, Object> params, String rows, List<ElementChange> changes) {
        if (rows.length() < PACK_FROM_BYTES) {
            params.put("changes", rows);
            params.put("packed", null);
            params.put("families", null);
            return;
        }
        params.put("changes", null);
        params.put("packed", gzip(rows));
        java.util.Set<String> families = new java.util.TreeSet<>();
        for (ElementChange c : changes) {
            if (c.section().equals(NodeLabel.FAMILY.plural())) {
                families.add(c.id());
            }
            for (JsonNode row : new JsonNode[] {c.before(), c.after()}) {
                if (row != null && row.path("family").isTextual()) {
                    families.add(row.path("family").asText());
                }
            }
        }
        params.put("families", List.copyOf(families));
    }

    /** The JSON text of an entry's rows, whether kept as text or packed. */
    private static String rowsText(Record entry) {
        Value packed = entry.get("packed");
        if (packed.isNull()) {
            return entry.get("changes").asString();
        }
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(packed.asByteArray()))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(String text) {
        var bytes = new java.io.ByteArrayOutputStream(text.length() / 8);
        try (var out = new java.util.zip.GZIPOutputStream(bytes, 1 << 16)) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private String text(List<ElementChange> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long failNothing(String message) {
        throw new NothingToDoException(message);
    }

    /** Thrown inside a delete's transaction when there is nothing to delete, so it rolls back. */
    private static final class Missing extends RuntimeException {
        Missing() {
            super(null, null, false, false);
        }
    }
}
