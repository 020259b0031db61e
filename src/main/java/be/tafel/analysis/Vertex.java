package be.tafel.analysis;

import be.tafel.model.NodeLabel;
import java.util.List;

/**
 * A vertex of a view with what the answers and the map show of it. Families carry no name: only their
 * neighbourhood and needs (as {@code domains}).
 */
public record Vertex(
        String id, NodeLabel type, String name, String sector, String kind, String role, String neighbourhood,
        List<String> domains, List<String> neighbourhoods) {

    public boolean activeIn(String domain) {
        return domain == null || domains.contains(domain);
    }

    public boolean presentIn(String place) {
        return place == null || neighbourhoods.contains(place) || place.equals(neighbourhood);
    }
}
