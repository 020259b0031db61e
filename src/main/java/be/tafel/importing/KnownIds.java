package be.tafel.importing;

import be.tafel.model.NodeLabel;
import java.util.Map;
import java.util.Set;

/** What the store already holds: the label of each of the given ids that exists. */
@FunctionalInterface
public interface KnownIds {
    Map<String, NodeLabel> labelsOf(Set<String> ids);

    KnownIds NONE = ids -> Map.of();
}
