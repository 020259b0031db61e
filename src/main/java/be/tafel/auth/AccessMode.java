package be.tafel.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Decides, at start, whether the service runs open (local single-user) or requires tokens. */
public final class AccessMode {
    private AccessMode() {}

    /**
     * True when requests need a token: whenever tokens exist. Without tokens the service runs open, but only
     * when it listens on loopback; on any other address it refuses to start.
     *
     * @throws IllegalStateException when there are no tokens and the host is not loopback
     */
    public static boolean tokensRequired(String host, long activeTokens) {
        if (activeTokens > 0) {
            return true;
        }
        if (isLoopback(host)) {
            return false;
        }
        throw new IllegalStateException("Tafel will not listen on " + host + " without API tokens: anyone on the"
                + " network could read and change family data. Create one first with"
                + " 'java -jar target/tafel.jar token create --data DIR --role broker --name NAME',"
                + " or listen on 127.0.0.1 for local single-user use.");
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
