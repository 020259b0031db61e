package be.tafel.model;

/** A partner or person sitting at a table. */
public record Seat(String member, String table, SeatRole role, Period period) {
    public String key() {
        return member + "|" + table + "|" + period.key();
    }
}
