package be.tafel.export;

/**
 * One attribute of an exported node, edge or graph, with the type it is declared with so that Gephi,
 * NetworkX and R read numbers as numbers.
 */
public record Column(String name, Type type) {
    /** The attribute types every export format can declare. */
    public enum Type {
        STRING,
        INT,
        DOUBLE,
        BOOLEAN
    }
}
