package be.tafel.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Checks, at start, that open mode (local single-user, no tokens) is only used on loopback. */
public final class AccessMode {
    private AccessMode() {}

    /**
     * Open mode (no tokens asked) is only for one person on their own machine: it must be asked for
     * ({@code serve --open}) and the service must listen on loopback; on any other address it refuses to start.
     *
     * @throws IllegalStateException when open mode is asked for on an address that is not loopback
     */
    public static void checkOpen(String host, boolean open) {
        if (open && !isLoopback(host)) {
            throw new IllegalStateException("Tafel will not listen on " + host + " without API tokens (--open): anyone"
                    + " on the network could read and change family data. Create a token with"
                    + " 'java -jar target/tafel.jar token create --data DIR --role broker --name NAME' and start"
                    + " without --open, or listen on 127.0.0.1 for local single-user use.");
        }
    }

    static boolean isLoopback(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
