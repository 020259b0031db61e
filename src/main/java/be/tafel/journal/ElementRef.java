package be.tafel.journal;

import be.tafel.model.NodeLabel;
import be.tafel.model.RelationshipKind;
import java.util.Optional;

/**
 * One element of the network as the journal names it: a section of the import document ({@code partners},
 * {@code collaborations}, ...) and a node's id or a relationship's key. {@code cascade} marks a row that
 * changed only because a node it names was deleted (a person whose employer went): undo restores it, redo
 * leaves it to the deletion.
 */
public record ElementRef(String section, String id, boolean cascade) {
    public static ElementRef node(NodeLabel label, String id) {
        return new ElementRef(label.plural(), id, false);
    }

    public static ElementRef relationship(RelationshipKind kind, String key) {
        return new ElementRef(kind.plural(), key, false);
    }

    /** The text the journal's entries list their elements by, and conflicts are found by. */
    public String key() {
        return section + "/" + id;
    }

    public Optional<NodeLabel> label() {
        return NodeLabel.byPlural(section);
    }

    public Optional<RelationshipKind> kind() {
        return RelationshipKind.byPlural(section);
    }
}
