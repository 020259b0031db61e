package be.tafel.privacy;

import be.tafel.auth.Role;
import com.fasterxml.jackson.databind.SerializerProvider;

/**
 * Who reads an answer, as far as families go: {@link #BROKER} sees family ids and exact counts;
 * {@link #RESTRICTED} (analysts, viewers, and anyone not known) sees families only grouped, and counts under
 * {@value FamilyCount#THRESHOLD} masked. What is not known is restricted, so a forgotten step fails closed.
 *
 * <p>The audience of the request being answered is kept per thread ({@link #use}), set once the caller is
 * known and reset at the start of every request; the JSON mapping ({@link PrivateJson}) hands it to the
 * serialisers of {@link FamilyCount}, {@link FamilyCounts} and {@link NodeRef} as a Jackson attribute.
 */
public enum Audience {
    BROKER,
    RESTRICTED;

    private static final ThreadLocal<Audience> CURRENT = new ThreadLocal<>();

    public static Audience of(Role role) {
        return role == Role.BROKER ? BROKER : RESTRICTED;
    }

    /** The audience of the request this thread answers; {@link #RESTRICTED} when none was set. */
    public static Audience current() {
        Audience audience = CURRENT.get();
        return audience == null ? RESTRICTED : audience;
    }

    /** Sets the audience of the request this thread answers, until the next request resets it. */
    public static void use(Audience audience) {
        CURRENT.set(audience);
    }

    /** Forgets the audience: what follows on this thread is restricted until {@link #use} says otherwise. */
    public static void reset() {
        CURRENT.remove();
    }

    /** The audience a serialiser writes for: the attribute set by {@link PrivateJson}, else restricted. */
    static Audience of(SerializerProvider provider) {
        return provider.getAttribute(Audience.class) instanceof Audience a ? a : RESTRICTED;
    }

    public boolean seesFamilies() {
        return this == BROKER;
    }
}
