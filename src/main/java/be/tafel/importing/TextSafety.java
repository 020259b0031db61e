package be.tafel.importing;

import be.tafel.message.Message;

/**
 * Characters a stored text may not hold: control characters other than tab, line feed and carriage return,
 * U+FFFE and U+FFFF (XML 1.0 cannot carry them, so GraphML and GEXF exports would break), and lone
 * surrogates (not text at all: the store would keep them as '?' and merge two ids into one).
 */
public final class TextSafety {
    private TextSafety() {}

    /**
     * Why {@code text}, the value of {@code field}, cannot be stored (message {@code importLoneSurrogate} or
     * {@code importControlCharacter}), or null when it can.
     */
    public static Message message(String field, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return Message.of("importLoneSurrogate", "field", field, "character", hex(c), "position", i + 1);
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
                return Message.of("importControlCharacter", "field", field, "character", hex(c), "position", i + 1);
            }
        }
        return null;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
