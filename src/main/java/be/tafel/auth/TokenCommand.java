package be.tafel.auth;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code token create --role ROLE --name NAME}, {@code token list}, {@code token revoke ID}: the words after
 * {@code token} (the store options are read by {@code Main}).
 */
public final class TokenCommand {
    private TokenCommand() {}

    /** Runs the command against {@code tokens}; returns the process exit code. */
    public static int run(List<String> args, TokenStore tokens, PrintStream out) {
        List<String> words = new ArrayList<>(args);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("token needs create, list or revoke");
        }
        String action = words.removeFirst();
        switch (action) {
            case "create" -> {
                String role = option(words, "--role");
                String name = option(words, "--name");
                if (role == null || name == null) {
                    throw new IllegalArgumentException(
                            "token create needs --role broker|analyst|viewer and --name NAME");
                }
                TokenStore.NewToken token = tokens.create(name, Role.ofToken(role));
                out.println("Created token " + token.info().id() + " (" + role + ") for " + name + ".");
                out.println("Give it to its user now; it is shown only this once:");
                out.println();
                out.println(token.secret());
                return 0;
            }
            case "list" -> {
                out.printf("%-16s %-8s %-25s %-25s %s%n", "id", "role", "created", "revoked", "name");
                for (TokenStore.TokenInfo t : tokens.list()) {
                    out.printf(
                            "%-16s %-8s %-25s %-25s %s%n",
                            t.id(), t.role().word(), t.created(), t.revoked() == null ? "-" : t.revoked(), t.name());
                }
                return 0;
            }
            case "revoke" -> {
                if (words.isEmpty()) {
                    throw new IllegalArgumentException("token revoke needs the token's id (see token list)");
                }
                String id = words.getFirst();
                if (tokens.revoke(id)) {
                    out.println("Revoked " + id + ": it no longer opens Tafel.");
                    return 0;
                }
                out.println("No active token with id " + id + ".");
                return 1;
            }
            default ->
                throw new IllegalArgumentException(
                        "unknown token command '" + action + "': use create, list or revoke");
        }
    }

    private static String option(List<String> words, String name) {
        int i = words.indexOf(name);
        return i >= 0 && i + 1 < words.size() ? words.get(i + 1) : null;
    }
}
