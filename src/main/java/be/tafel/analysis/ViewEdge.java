package be.tafel.analysis;

/** One relationship of a view between two vertex indices, with its kind, as the map draws it. */
public record ViewEdge(int source, int target, EdgeKind kind, double weight) {}
