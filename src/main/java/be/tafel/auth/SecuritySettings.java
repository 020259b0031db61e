package be.tafel.auth;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How the service protects itself.
 *
 * @param requireTokens false only for the local single-user mode (no tokens, loopback only)
 * @param corsOrigins origins other sites may call the API from; empty (the default) closes CORS
 * @param maxBodyBytes request bodies larger than this answer 413
 * @param requestsPerMinute requests one token may make per minute before 429 (0: no limit)
 */
public record SecuritySettings(
        boolean requireTokens, List<String> corsOrigins, long maxBodyBytes, int requestsPerMinute) {
    /** Request bodies larger than this answer 413 unless {@code TAFEL_MAX_BODY_BYTES} says otherwise. */
    public static final long DEFAULT_MAX_BODY_BYTES = 256L << 20;
    /** Requests per token per minute unless {@code TAFEL_RATE_LIMIT} says otherwise. */
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 1200;

    public SecuritySettings {
        corsOrigins = List.copyOf(corsOrigins);
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("the body limit must be positive, got " + maxBodyBytes);
        }
        if (requestsPerMinute < 0) {
            throw new IllegalArgumentException("the rate limit must be 0 (none) or positive, got " + requestsPerMinute);
        }
    }

    /** The local single-user mode with the default limits: what tests and the demo on loopback use. */
    public static SecuritySettings open() {
        return new SecuritySettings(false, List.of(), DEFAULT_MAX_BODY_BYTES, DEFAULT_REQUESTS_PER_MINUTE);
    }

    /** The limits and CORS origins from {@code TAFEL_CORS_ORIGINS}, {@code TAFEL_MAX_BODY_BYTES}, {@code TAFEL_RATE_LIMIT}. */
    public static SecuritySettings fromEnvironment(Map<String, String> env, boolean requireTokens) {
        List<String> origins = Arrays.stream(
                        env.getOrDefault("TAFEL_CORS_ORIGINS", "").split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        return new SecuritySettings(
                requireTokens, origins, number(env, "TAFEL_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES), (int)
                        number(env, "TAFEL_RATE_LIMIT", DEFAULT_REQUESTS_PER_MINUTE));
    }

    public SecuritySettings withTokensRequired(boolean required) {
        return new SecuritySettings(required, corsOrigins, maxBodyBytes, requestsPerMinute);
    }

    public SecuritySettings withRequestsPerMinute(int perMinute) {
        return new SecuritySettings(requireTokens, corsOrigins, maxBodyBytes, perMinute);
    }

    private static long number(Map<String, String> env, String name, long fallback) {
        String text = env.get(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + text + "'");
        }
    }
}
