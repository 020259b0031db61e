package be.tafel.model;

/** Two partners working together; read as undirected, so {@code a} and {@code b} are kept in id order. */
public record Collaboration(String a, String b, String kind, double strength, Integer trust, Period period) {
    public Collaboration {
        if (a.compareTo(b) > 0) {
            String swap = a;
            a = b;
            b = swap;
        }
    }

    public String key() {
        return a + "|" + b + "|" + period.key();
    }
}
