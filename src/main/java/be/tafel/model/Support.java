package be.tafel.model;

/** A person (often a bridge figure) supporting a family. */
public record Support(String person, String family, Period period) {
    public String key() {
        return person + "|" + family + "|" + period.key();
    }
}
