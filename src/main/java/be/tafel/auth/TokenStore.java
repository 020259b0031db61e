package be.tafel.auth;

import be.tafel.store.CypherFiles;
import be.tafel.store.GraphStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;

/**
 * API tokens, kept in the graph store as {@code (:TafelToken {id, name, role, hash, created, revoked})}.
 *
 * <p>A token is 32 random bytes (base64url, prefixed {@code tafel_}); only its SHA-256 is stored, so a copy
 * of the store does not give access. They live in the store rather than in a file so they travel with the
 * data they protect (one backup, one place to wipe) and work the same with an external Neo4j. They are not
 * part of {@code GET /api/export}.
 */
public final class TokenStore {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "tafel_";

    private final GraphStore store;

    public TokenStore(GraphStore store) {
        this.store = store;
        for (String statement : CypherFiles.statements("auth/schema")) {
            store.writeUnversioned(tx -> tx.run(statement).consume());
        }
    }

    /** A token as listed: never its secret nor its hash. */
    public record TokenInfo(String id, String name, Role role, String created, String revoked) {}

    /** A token just made: the secret is shown once and never again. */
    public record NewToken(TokenInfo info, String secret) {}

    public NewToken create(String name, Role role) {
        if (role == Role.PUBLIC) {
            throw new IllegalArgumentException("a token needs the role broker, analyst or viewer");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a token needs a name (who or what uses it)");
        }
        byte[] secretBytes = new byte[32];
        RANDOM.nextBytes(secretBytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        byte[] idBytes = new byte[6];
        RANDOM.nextBytes(idBytes);
        String id = "tok-" + HexFormat.of().formatHex(idBytes);
        String created = Instant.now().toString();
        store.writeUnversioned(tx -> tx.run(
                        CypherFiles.load("auth/create-token"),
                        Map.of("id", id, "name", name, "role", role.word(), "hash", hash(secret), "created", created))
                .consume());
        return new NewToken(new TokenInfo(id, name, role, created, null), secret);
    }

    public List<TokenInfo> list() {
        return store.read(tx -> tx.run(CypherFiles.load("auth/list-tokens"))
                .list(r -> new TokenInfo(
                        r.get("id").asString(),
                        r.get("name").asString(),
                        Role.ofToken(r.get("role").asString()),
                        r.get("created").asString(),
                        text(r.get("revoked")))));
    }

    /** Revokes a token at once; false when there is no such active token. */
    public boolean revoke(String id) {
        return store.writeUnversioned(tx -> tx.run(
                        CypherFiles.load("auth/revoke-token"),
                        Map.of("id", id, "revoked", Instant.now().toString()))
                .hasNext());
    }

    /** How many tokens are active (not revoked). */
    public long activeCount() {
        return store.read(tx -> tx.run(CypherFiles.load("auth/count-tokens"))
                .single()
                .get("tokens")
                .asLong());
    }

    /** The principal a presented secret belongs to, if it is an active token. */
    public Optional<Principal> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        String presented = hash(secret);
        return store
                .read(tx -> tx.run(CypherFiles.load("auth/find-token"), Map.of("hash", presented))
                        .list())
                .stream()
                .filter(r -> MessageDigest.isEqual(
                        presented.getBytes(StandardCharsets.US_ASCII),
                        r.get("hash").asString().getBytes(StandardCharsets.US_ASCII)))
                .map(r -> new Principal(
                        r.get("id").asString(),
                        r.get("name").asString(),
                        Role.ofToken(r.get("role").asString())))
                .findFirst();
    }

    static String hash(String secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }
}
