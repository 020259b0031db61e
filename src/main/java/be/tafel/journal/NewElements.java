package be.tafel.journal;

import be.tafel.model.Network;
import be.tafel.model.RelationshipKind;
import be.tafel.store.CypherFiles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The elements of an import the store cannot hold before it is written: a node whose id no node has, and a
 * relationship with an end whose id no node has (the journal reads a relationship through its two ends). Their
 * rows before the change are null without a look-up: a first import of a city reads nothing back before it
 * writes, where it read every one of its elements. One query asks which ids exist.
 */
final class NewElements {
    private NewElements() {}

    /** True for a ref of {@code network} whose element the store does not hold, read inside {@code tx}. */
    static Predicate<ElementRef> of(TransactionContext tx, Network network) {
        Set<String> stored = stored(tx, named(network));
        Set<String> newRelationships = new HashSet<>();
        network.seats().forEach(s -> {
            if (!stored.contains(s.member()) || !stored.contains(s.table())) {
                newRelationships.add(
                        ElementRef.relationship(RelationshipKind.SEATS, s.key()).key());
            }
        });
        network.collaborations().forEach(c -> {
            if (!stored.contains(c.a()) || !stored.contains(c.b())) {
                newRelationships.add(ElementRef.relationship(RelationshipKind.COLLABORATIONS, c.key())
                        .key());
            }
        });
        network.supports().forEach(s -> {
            if (!stored.contains(s.person()) || !stored.contains(s.family())) {
                newRelationships.add(ElementRef.relationship(RelationshipKind.SUPPORTS, s.key())
                        .key());
            }
        });
        network.uses().forEach(u -> {
            if (!stored.contains(u.family()) || !stored.contains(u.service())) {
                newRelationships.add(
                        ElementRef.relationship(RelationshipKind.USES, u.key()).key());
            }
        });
        return ref -> ref.label().isPresent() ? !stored.contains(ref.id()) : newRelationships.contains(ref.key());
    }

    /** Every id the network defines, and the ends of its relationships. */
    private static List<String> named(Network network) {
        Set<String> ids = new HashSet<>();
        network.partners().forEach(p -> ids.add(p.id()));
        network.persons().forEach(p -> ids.add(p.id()));
        network.services().forEach(s -> ids.add(s.id()));
        network.families().forEach(f -> ids.add(f.id()));
        network.tables().forEach(t -> ids.add(t.id()));
        network.referrals().forEach(r -> ids.add(r.id()));
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
        return new ArrayList<>(ids);
    }

    private static Set<String> stored(TransactionContext tx, List<String> ids) {
        Set<String> stored = new HashSet<>();
        for (int from = 0; from < ids.size(); from += Journal.BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + Journal.BATCH));
            stored.addAll(tx.run(CypherFiles.load("import/existing-ids"), Map.of("ids", batch))
                    .single()
                    .get("ids")
                    .asList(Value::asString));
        }
        return stored;
    }
}
