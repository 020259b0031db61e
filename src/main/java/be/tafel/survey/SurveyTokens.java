package be.tafel.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets in survey links: 32 random bytes (256 bits) from {@link SecureRandom}, base64url, prefixed
 * {@code s_}. Only their SHA-256 is stored, so a copy of the store opens no questionnaire.
 */
public final class SurveyTokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String PREFIX = "s_";
    /** Longer presented tokens are not looked up at all. */
    static final int MAX_LENGTH = 100;

    private SurveyTokens() {}

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String newId(String prefix) {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }

    /** True when the text could be a token at all (so nothing else is hashed and looked up). */
    static boolean plausible(String token) {
        return token != null
                && token.startsWith(PREFIX)
                && token.length() <= MAX_LENGTH
                && token.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    public static String hash(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
