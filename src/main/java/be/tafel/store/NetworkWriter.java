package be.tafel.store;

import be.tafel.importing.KnownIds;
import be.tafel.importing.Section;
import be.tafel.model.Network;
import be.tafel.model.NodeLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Writes a validated network in one transaction: all of it or none of it. Rows go in UNWIND batches.
 * Rows whose ids the store does not hold yet are CREATEd (the fast path for a first import); the others
 * are MERGEd on ids and relationship keys, so importing the same document twice changes nothing.
 */
public final class NetworkWriter implements KnownIds {
    static final int BATCH = 10_000;
    /** A concurrent import may create an id between our look-up and our commit; then we go again. */
    static final int ATTEMPTS = 3;

    private static final Map<Section, String[]> ENDS = Map.of(
            Section.SEATS, new String[] {"member", "table"},
            Section.COLLABORATIONS, new String[] {"a", "b"},
            Section.SUPPORTS, new String[] {"person", "family"},
            Section.USES, new String[] {"family", "service"});

    private final GraphStore store;

    public NetworkWriter(GraphStore store) {
        this.store = store;
    }

    public Map<String, ImportCounts> write(Network network) {
        for (int attempt = 1; ; attempt++) {
            try {
                return store.write(tx -> writeAll(tx, network));
            } catch (ClientException e) {
                if (attempt == ATTEMPTS || !e.code().endsWith("ConstraintValidationFailed")) {
                    throw e;
                }
            }
        }
    }

    private static Map<String, ImportCounts> writeAll(TransactionContext tx, Network network) {
        List<String> defined = definedIds(network);
        Set<String> existing = existing(tx, defined);
        Set<String> created = new HashSet<>(defined);
        created.removeAll(existing);
        Map<String, ImportCounts> counts = new LinkedHashMap<>();
        counts.put("partners", nodes(tx, Section.PARTNERS, StoreRows.all(network.partners(), StoreRows::of), existing));
        counts.put("persons", nodes(tx, Section.PERSONS, StoreRows.all(network.persons(), StoreRows::of), existing));
        counts.put("services", nodes(tx, Section.SERVICES, StoreRows.all(network.services(), StoreRows::of), existing));
        counts.put("families", nodes(tx, Section.FAMILIES, StoreRows.all(network.families(), StoreRows::of), existing));
        counts.put("tables", nodes(tx, Section.TABLES, StoreRows.all(network.tables(), StoreRows::of), existing));
        counts.put("seats", relationships(tx, Section.SEATS, StoreRows.all(network.seats(), StoreRows::of), created));
        counts.put("collaborations", relationships(tx, Section.COLLABORATIONS, StoreRows.all(network.collaborations(), StoreRows::of), created));
        counts.put("supports",
                relationships(tx, Section.SUPPORTS, StoreRows.all(network.supports(), StoreRows::of), created));
        counts.put("uses", relationships(tx, Section.USES, StoreRows.all(network.uses(), StoreRows::of), created));
        counts.put("referrals",
                nodes(tx, Section.REFERRALS, StoreRows.all(network.referrals(), StoreRows::of), existing));
        return counts;
    }

    @Override
    public Map<String, NodeLabel> labelsOf(Set<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return store.read(tx -> {
            Map<String, NodeLabel> labels = new HashMap<>();
            tx.run(CypherFiles.load("read/ids-with-label"), Map.of("ids", List.copyOf(ids))).forEachRemaining(r -> {
                for (Value label : r.get("labels").values()) {
                    NodeLabel.byLabel(label.asString()).ifPresent(l -> labels.put(r.get("id").asString(), l));
                }
            });
            return labels;
        });
    }

    private static Set<String> existing(TransactionContext tx, List<String> ids) {
        Set<String> existing = new HashSet<>();
        tx.run(CypherFiles.load("read/ids-with-label"), Map.of("ids", ids))
                .forEachRemaining(r -> existing.add(r.get("id").asString()));
        return existing;
    }

    private static List<String> definedIds(Network network) {
        List<String> ids = new ArrayList<>(network.partners().size() + network.families().size()
                + network.referrals().size());
        network.partners().forEach(p -> ids.add(p.id()));
        network.persons().forEach(p -> ids.add(p.id()));
        network.services().forEach(s -> ids.add(s.id()));
        network.families().forEach(f -> ids.add(f.id()));
        network.tables().forEach(t -> ids.add(t.id()));
        network.referrals().forEach(r -> ids.add(r.id()));
        return ids;
    }

    private static ImportCounts nodes(TransactionContext tx, Section section, List<Map<String, Object>> rows,
            Set<String> existing) {
        Map<Boolean, List<Map<String, Object>>> split =
                rows.stream().collect(Collectors.partitioningBy(row -> existing.contains((String) row.get("id"))));
        run(tx, "import/create-" + section.key(), split.get(false));
        run(tx, "import/" + section.key(), split.get(true));
        return new ImportCounts(split.get(false).size(), split.get(true).size());
    }

    /** A relationship with an end created by this import is new for sure; the others may exist already. */
    private static ImportCounts relationships(TransactionContext tx, Section section, List<Map<String, Object>> rows,
            Set<String> created) {
        String[] ends = ENDS.get(section);
        Map<Boolean, List<Map<String, Object>>> split = rows.stream().collect(Collectors.partitioningBy(row ->
                !created.contains((String) row.get(ends[0])) && !created.contains((String) row.get(ends[1]))));
        run(tx, "import/create-" + section.key(), split.get(false));
        int added = split.get(false).size() + run(tx, "import/" + section.key(), split.get(true));
        return new ImportCounts(added, rows.size() - added);
    }

    /** Runs a query over the rows in batches and counts the relationships it created. */
    private static int run(TransactionContext tx, String query, List<Map<String, Object>> rows) {
        int created = 0;
        for (List<Map<String, Object>> batch : batches(rows)) {
            SummaryCounters counters = tx.run(CypherFiles.load(query), Map.of("rows", batch)).consume().counters();
            created += counters.relationshipsCreated();
        }
        return created;
    }

    private static List<List<Map<String, Object>>> batches(List<Map<String, Object>> rows) {
        int count = (rows.size() + BATCH - 1) / BATCH;
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> rows.subList(i * BATCH, Math.min(rows.size(), (i + 1) * BATCH)))
                .toList();
    }
}
