package be.tafel.store;

import be.tafel.importing.Vocabulary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** The network's vocabularies: the defaults of {@code cypher/vocabulary/defaults.cypher} and the terms brokers added. */
public final class VocabularyStore implements Vocabulary.Source {
    public static final String LIFE_DOMAIN = "lifeDomain";
    public static final String NEIGHBOURHOOD = "neighbourhood";

    private final GraphStore store;

    public VocabularyStore(GraphStore store) {
        this.store = store;
    }

    @Override
    public Vocabulary vocabulary() {
        Vocabulary defaults = store.read(tx -> {
            Record row = tx.run(CypherFiles.load("vocabulary/defaults")).single();
            return new Vocabulary(
                    Set.copyOf(row.get("lifeDomains").asList(Value::asString)),
                    Set.copyOf(row.get("neighbourhoods").asList(Value::asString)));
        });
        Vocabulary added = added();
        return defaults.with(added.lifeDomains(), added.neighbourhoods());
    }

    /** Only the terms brokers added (what a backup must carry besides the defaults). */
    public Vocabulary added() {
        return store.read(tx -> {
            Set<String> domains = new HashSet<>();
            Set<String> neighbourhoods = new HashSet<>();
            tx.run(CypherFiles.load("vocabulary/terms"))
                    .forEachRemaining(r -> (LIFE_DOMAIN.equals(r.get("kind").asString()) ? domains : neighbourhoods)
                            .add(r.get("term").asString()));
            return new Vocabulary(domains, neighbourhoods);
        });
    }

    /** Adds terms (already checked) to the vocabularies. */
    public void add(List<String> lifeDomains, List<String> neighbourhoods) {
        List<Map<String, Object>> terms = new ArrayList<>();
        lifeDomains.forEach(t -> terms.add(Map.of("kind", LIFE_DOMAIN, "term", t)));
        neighbourhoods.forEach(t -> terms.add(Map.of("kind", NEIGHBOURHOOD, "term", t)));
        store.writeUnversioned(tx -> tx.run(CypherFiles.load("vocabulary/add"), Map.of("terms", terms))
                .consume());
    }
}
