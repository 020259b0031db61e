package be.tafel.store;

import java.util.List;

/**
 * A node cannot be deleted alone: services name it as their provider, or referrals as their sender or
 * receiver, and they would be left with a dangling end (and the next backup would not import again).
 */
public final class StillReferencedException extends RuntimeException {
    private static final int NAMED = 10;

    public StillReferencedException(String what, List<String> services, List<String> referrals) {
        super(what + " is still named by " + describe(services, "service", "offers")
                + (services.isEmpty() || referrals.isEmpty() ? "" : " and by ")
                + describe(referrals, "referral", "from or to it")
                + ". Delete or change those first, or delete them with it: add ?cascade=true.");
    }

    private static String describe(List<String> ids, String noun, String how) {
        if (ids.isEmpty()) {
            return "";
        }
        List<String> named =
                ids.stream().sorted().limit(NAMED).map(id -> "'" + id + "'").toList();
        return ids.size() + " " + noun + (ids.size() == 1 ? "" : "s") + " (" + how + ": " + String.join(", ", named)
                + (ids.size() > NAMED ? ", …" : "") + ")";
    }
}
