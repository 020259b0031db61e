package be.tafel.auth;

/** Who is calling: a token's id, name and role, or the local user when the server runs open. */
public record Principal(String tokenId, String name, Role role) {
    /** The single user of a server that runs open on loopback: may do what a broker may. */
    public static final Principal LOCAL = new Principal(null, "local", Role.BROKER);

    public boolean isLocal() {
        return tokenId == null;
    }
}
