package be.tafel.export;

/**
 * One edge of an exported view. Identity is by object, not by value, so two relationships of different
 * kinds between the same two vertices stay two edges.
 */
public final class ExportEdge {
    private final String id;
    private final String kind;
    private final double weight;

    ExportEdge(String id, String kind, double weight) {
        this.id = id;
        this.kind = kind;
        this.weight = weight;
    }

    public String id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public double weight() {
        return weight;
    }

    @Override
    public String toString() {
        return id;
    }
}
