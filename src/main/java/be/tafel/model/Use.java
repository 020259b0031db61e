package be.tafel.model;

/** A family using a service. */
public record Use(String family, String service, Period period) {
    public String key() {
        return family + "|" + service + "|" + period.key();
    }
}
