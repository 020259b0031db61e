package be.tafel.auth;

import be.tafel.TafelApp;
import be.tafel.support.TestServer;
import io.javalin.Javalin;

/**
 * A second Tafel app over the test run's one store, with its own security settings, for the tests of
 * tokens, roles and limits. The shared app stays in open mode; {@link #removeTokens()} leaves the store
 * without tokens for the other test classes.
 */
final class SecuredApp implements AutoCloseable {
    private final Javalin app;

    SecuredApp(SecuritySettings settings) {
        app = TafelApp.create(TestServer.get().store(), settings).start("127.0.0.1", 0);
    }

    static SecuredApp withTokens() {
        return new SecuredApp(SecuritySettings.open().withTokensRequired(true).withRequestsPerMinute(0));
    }

    Client client(String token) {
        return new Client("http://127.0.0.1:" + app.port(), token);
    }

    /** The secrets of one new token per role. */
    record Secrets(String broker, String analyst, String viewer) {}

    static Secrets oneTokenPerRole() {
        TokenStore tokens = tokens();
        return new Secrets(
                tokens.create("broker", Role.BROKER).secret(),
                tokens.create("analyst", Role.ANALYST).secret(),
                tokens.create("viewer", Role.VIEWER).secret());
    }

    static TokenStore tokens() {
        return new TokenStore(TestServer.get().store());
    }

    /** Imports the small town into the test run's store through the shared app, as a broker would. */
    static void importSmallTown() {
        org.junit.jupiter.api.Assertions.assertEquals(
                200,
                TestServer.get()
                        .http()
                        .post("/api/import", be.tafel.support.SmallTown.document())
                        .status());
    }

    static void removeTokens() {
        TestServer.get()
                .store()
                .writeUnversioned(
                        tx -> tx.run("MATCH (t:TafelToken) DETACH DELETE t").consume());
    }

    @Override
    public void close() {
        app.stop();
    }
}
