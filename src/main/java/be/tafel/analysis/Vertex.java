package be.tafel.analysis;

import be.tafel.model.NodeLabel;
import be.tafel.privacy.NodeRef;
import java.util.List;

/**
 * A vertex of a view with what the answers and the map show of it. Families carry no name: only their
 * neighbourhood and needs (as {@code domains}).
 */
public record Vertex(
        String id,
        NodeLabel type,
        String name,
        String sector,
        String kind,
        String role,
        String neighbourhood,
        List<String> domains,
        List<String> neighbourhoods) {

    /** The vertex's id as answers carry it: a family's reads as its neighbourhood group to all but brokers. */
    public NodeRef ref() {
        return type == NodeLabel.FAMILY ? NodeRef.family(id, neighbourhood) : NodeRef.of(id);
    }

    public boolean activeIn(String domain) {
        return domain == null || domains.contains(domain);
    }

    public boolean presentIn(String place) {
        return place == null || neighbourhoods.contains(place) || place.equals(neighbourhood);
    }
}
