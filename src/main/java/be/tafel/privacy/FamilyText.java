package be.tafel.privacy;

/**
 * A sentence that may name a number of families, such as "reaches {families} that members also reach": the
 * placeholder {@value #PLACEHOLDER} reads as "1 family", "12 families" or "&lt;5 families", by the count as
 * the reader may see it. A sentence without a count is {@link #plain}.
 */
public record FamilyText(String template, FamilyCount count) {
    public static final String PLACEHOLDER = "{families}";

    public FamilyText {
        if (count != null && !template.contains(PLACEHOLDER)) {
            throw new IllegalArgumentException("a sentence with a count needs " + PLACEHOLDER + ": " + template);
        }
    }

    public static FamilyText plain(String text) {
        return new FamilyText(text, null);
    }

    public static FamilyText of(String template, FamilyCount count) {
        return new FamilyText(template, count);
    }

    public String shownTo(Audience audience) {
        if (count == null) {
            return template;
        }
        Object shown = count.shownTo(audience);
        return template.replace(PLACEHOLDER, shown + (Integer.valueOf(1).equals(shown) ? " family" : " families"));
    }

    /** The sentence as a broker reads it. */
    @Override
    public String toString() {
        return shownTo(Audience.BROKER);
    }
}
