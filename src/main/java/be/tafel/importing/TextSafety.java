package be.tafel.importing;

/**
 * Characters a stored text may not hold: control characters other than tab, line feed and carriage return,
 * U+FFFE and U+FFFF (XML 1.0 cannot carry them, so GraphML and GEXF exports would break), and lone
 * surrogates (not text at all: the store would keep them as '?' and merge two ids into one).
 */
public final class TextSafety {
    private TextSafety() {}

    /** Why {@code text} cannot be stored, as the end of a sentence, or null when it can. */
    public static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return "holds a lone surrogate (U+" + hex(c) + " at position " + (i + 1) + "): it is not valid text";
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
                return "holds the control character U+" + hex(c) + " at position " + (i + 1)
                        + ", which exports to GraphML and GEXF cannot carry";
            }
        }
        return null;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
