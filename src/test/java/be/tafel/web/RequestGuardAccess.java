package be.tafel.web;

/** Opens {@link RequestGuard}'s package-private check to tests in other packages. */
public final class RequestGuardAccess {
    private RequestGuardAccess() {}

    public static boolean isLocal(String authority, int port) {
        return RequestGuard.isLocalAuthority(authority, port);
    }
}
