package be.tafel.journal;

import be.tafel.model.Network;
import be.tafel.model.RelationshipKind;
import be.tafel.store.NetworkWriter;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.neo4j.driver.TransactionContext;

/**
 * The elements of an import the store cannot hold before it is written: a node whose id no node has, and a
 * relationship with an end whose id no node has (the journal reads a relationship through its two ends). Their
 * rows before the change are null without a look-up: a first import of a city reads nothing back before it
 * writes, where it read every one of its elements. One query asks which ids exist.
 */
final class NewElements {
    private NewElements() {}

    /** Notes a relationship as new when one of its ends is. */
    @FunctionalInterface
    private interface RelationshipEnds {
        void check(RelationshipKind kind, String key, String from, String to);
    }

    /** True for a ref of {@code network} whose element the store does not hold, read inside {@code tx}. */
    static Predicate<ElementRef> of(TransactionContext tx, Network network) {
        Set<String> stored = NetworkWriter.storedIds(tx, network);
        Set<String> newRelationships = new HashSet<>();
        RelationshipEnds ends = (kind, key, from, to) -> {
            if (!stored.contains(from) || !stored.contains(to)) {
                newRelationships.add(ElementRef.relationship(kind, key).key());
            }
        };
        network.seats().forEach(s -> ends.check(RelationshipKind.SEATS, s.key(), s.member(), s.table()));
        network.collaborations().forEach(c -> ends.check(RelationshipKind.COLLABORATIONS, c.key(), c.a(), c.b()));
        network.supports().forEach(s -> ends.check(RelationshipKind.SUPPORTS, s.key(), s.person(), s.family()));
        network.uses().forEach(u -> ends.check(RelationshipKind.USES, u.key(), u.family(), u.service()));
        return ref -> ref.label().isPresent() ? !stored.contains(ref.id()) : newRelationships.contains(ref.key());
    }
}
