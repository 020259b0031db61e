package be.tafel.pseudonym;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a source system's key (a client number, a file number) into a stable pseudonym:
 * {@code prefix + base32(HMAC-SHA256(key, value))[0..16]}, 80 bits. The same key and value always give the
 * same pseudonym, so partners that share the municipality's key can send rows about the same family without
 * anyone learning the number behind it; without the key the number cannot be found from the pseudonym, not
 * even by trying every possible number. The alphabet (a–z, 2–7) has no 0, 1, 8 or 9, so a pseudonym never
 * looks like a phone number, a date or a national register number.
 */
public final class Pseudonymiser {
    /** Keys shorter than this are refused: HMAC-SHA256 wants at least 128 bits of secret. */
    public static final int MIN_KEY_BYTES = 16;

    private static final int LENGTH = 16;
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private final byte[] key;
    private final String prefix;

    public Pseudonymiser(byte[] key, String prefix) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the pseudonym key must hold at least " + MIN_KEY_BYTES
                    + " bytes of secret (e.g. 'openssl rand -hex 32 > pseudonym.key'), got " + key.length);
        }
        this.key = key.clone();
        this.prefix = prefix;
    }

    /** The pseudonym of {@code value}; an empty value stays empty. */
    public String pseudonym(String value) {
        if (value.isEmpty()) {
            return value;
        }
        byte[] digest = mac().doFinal(value.getBytes(StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder(prefix);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; out.length() < prefix.length() + LENGTH; ) {
            if (bits < 5) {
                buffer = (buffer << 8) | (digest[i++] & 0xff);
                bits += 8;
            }
            out.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
        return out.toString();
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
