package be.tafel.journal;

/**
 * Who makes a change: the name and role shown in the journal, and {@code by}, the identity that undo and
 * redo go by (a token's id, or "local" for the single user of an open server).
 */
public record Author(String name, String role, String by) {
    public Author {
        if (name == null || role == null || by == null) {
            throw new IllegalArgumentException("an author needs a name, a role and an identity");
        }
    }
}
