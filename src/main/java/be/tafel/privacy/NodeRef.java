package be.tafel.privacy;

/**
 * The id of a vertex in an answer. A partner's, person's, service's or table's id reads as it is; a family's
 * only to brokers. Everyone else reads the family's neighbourhood group, {@code families:<neighbourhood>}, as
 * the map groups families, never the family's own id.
 *
 * @param neighbourhood a family's neighbourhood (null when unknown, read as {@code ?}); unused for others
 */
public record NodeRef(String id, boolean family, String neighbourhood) {
    /** The prefix of a neighbourhood group of families, as the map names it. */
    public static final String GROUP_PREFIX = "families:";

    public static NodeRef of(String id) {
        return new NodeRef(id, false, null);
    }

    public static NodeRef family(String id, String neighbourhood) {
        return new NodeRef(id, true, neighbourhood);
    }

    /** The group a family belongs to on the map: {@code families:<neighbourhood>}. */
    public static String group(String neighbourhood) {
        return GROUP_PREFIX + (neighbourhood == null ? "?" : neighbourhood);
    }

    /** What {@code audience} reads. */
    public String shownTo(Audience audience) {
        return family && !audience.seesFamilies() ? group(neighbourhood) : id;
    }

    /** The id itself, for work inside the server (sorting, pairing); answers go through {@link #shownTo}. */
    @Override
    public String toString() {
        return id;
    }
}
