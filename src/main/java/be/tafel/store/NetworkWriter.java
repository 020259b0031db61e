package be.tafel.store;

import be.tafel.importing.KnownIds;
import be.tafel.importing.Section;
import be.tafel.model.Network;
import be.tafel.model.NodeLabel;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Writes a validated network in one transaction: all of it or none of it. Rows go in UNWIND batches;
 * every query MERGEs on ids and relationship keys, so importing the same document twice changes nothing.
 */
public final class NetworkWriter implements KnownIds {
    static final int BATCH = 10_000;

    private final GraphStore store;

    public NetworkWriter(GraphStore store) {
        this.store = store;
    }

    public Map<String, ImportCounts> write(Network network) {
        return store.write(tx -> {
            Map<String, ImportCounts> counts = new LinkedHashMap<>();
            counts.put("partners", nodes(tx, Section.PARTNERS, StoreRows.all(network.partners(), StoreRows::of)));
            counts.put("persons", nodes(tx, Section.PERSONS, StoreRows.all(network.persons(), StoreRows::of)));
            counts.put("services", nodes(tx, Section.SERVICES, StoreRows.all(network.services(), StoreRows::of)));
            counts.put("families", nodes(tx, Section.FAMILIES, StoreRows.all(network.families(), StoreRows::of)));
            counts.put("tables", nodes(tx, Section.TABLES, StoreRows.all(network.tables(), StoreRows::of)));
            counts.put("seats", relationships(tx, Section.SEATS, StoreRows.all(network.seats(), StoreRows::of)));
            counts.put("collaborations",
                    relationships(tx, Section.COLLABORATIONS, StoreRows.all(network.collaborations(), StoreRows::of)));
            counts.put("supports", relationships(tx, Section.SUPPORTS, StoreRows.all(network.supports(), StoreRows::of)));
            counts.put("uses", relationships(tx, Section.USES, StoreRows.all(network.uses(), StoreRows::of)));
            counts.put("referrals", nodes(tx, Section.REFERRALS, StoreRows.all(network.referrals(), StoreRows::of)));
            return counts;
        });
    }

    @Override
    public Map<String, NodeLabel> labelsOf(Set<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<String> wanted = List.copyOf(ids);
        return store.read(tx -> {
            Map<String, NodeLabel> labels = new HashMap<>();
            for (NodeLabel label : NodeLabel.values()) {
                String query = "MATCH (n:" + label.label() + ")\n" + CypherFiles.load("read/ids-with-label");
                tx.run(query, Map.of("ids", wanted)).forEachRemaining(r -> labels.put(r.get("id").asString(), label));
            }
            return labels;
        });
    }

    private static ImportCounts nodes(TransactionContext tx, Section section, List<Map<String, Object>> rows) {
        int created = 0;
        for (List<Map<String, Object>> batch : batches(rows)) {
            created += run(tx, section, batch).nodesCreated();
        }
        return new ImportCounts(created, rows.size() - created);
    }

    private static ImportCounts relationships(TransactionContext tx, Section section, List<Map<String, Object>> rows) {
        int created = 0;
        for (List<Map<String, Object>> batch : batches(rows)) {
            created += run(tx, section, batch).relationshipsCreated();
        }
        return new ImportCounts(created, rows.size() - created);
    }

    private static SummaryCounters run(TransactionContext tx, Section section, List<Map<String, Object>> batch) {
        return tx.run(CypherFiles.load("import/" + section.key()), Map.of("rows", batch)).consume().counters();
    }

    private static List<List<Map<String, Object>>> batches(List<Map<String, Object>> rows) {
        int count = (rows.size() + BATCH - 1) / BATCH;
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> rows.subList(i * BATCH, Math.min(rows.size(), (i + 1) * BATCH)))
                .toList();
    }
}
