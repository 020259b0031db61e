package be.tafel.export;

/**
 * One edge of an exported view. Identity is by object, not by value, so two relationships of different
 * kinds between the same two vertices stay two edges.
 */
public final class ExportEdge {
    private final String id;
    private final String kind;
    private final double weight;
    private final double betweenness;

    ExportEdge(String id, String kind, double weight, double betweenness) {
        this.id = id;
        this.kind = kind;
        this.weight = weight;
        this.betweenness = betweenness;
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

    /** The edge betweenness of the tie between the edge's ends (NaN when not defined). */
    public double betweenness() {
        return betweenness;
    }

    @Override
    public String toString() {
        return id;
    }
}
