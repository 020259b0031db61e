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

    /** True for a ref of {@code network} whose element the store does not hold, read inside {@code tx}. */
    static Predicate<ElementRef> of(TransactionContext tx, Network network) {
        Set<String> stored = NetworkWriter.storedIds(tx, network);
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
}
