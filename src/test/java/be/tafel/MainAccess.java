package be.tafel;

import java.util.List;

/** Opens {@link Main}'s package-private option parsing to tests in other packages. */
public final class MainAccess {
    private MainAccess() {}

    /** Whether {@code serve} with these options runs open. */
    public static boolean servesOpen(String... args) {
        return Main.ServeOptions.parse(List.of(args)).open();
    }
}
