package be.tafel.auth;

import be.tafel.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The set-up of a test class that asks as each role: the store loaded ({@link #load()}, the small town unless
 * a class says otherwise), one token per role, and a {@link SecuredApp} that requires them. A subclass's own
 * {@code @BeforeAll} runs after this one, with {@link #app} and the tokens ready.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WithRoleTokens {
    protected SecuredApp app;
    protected String broker;
    protected String analyst;
    protected String viewer;

    /** What the store holds for the class's tests. */
    protected void load() {
        TestServer.get().reset();
        SecuredApp.importSmallTown();
    }

    @BeforeAll
    final void startWithRoleTokens() {
        load();
        SecuredApp.Secrets secrets = SecuredApp.oneTokenPerRole();
        broker = secrets.broker();
        analyst = secrets.analyst();
        viewer = secrets.viewer();
        app = SecuredApp.withTokens();
    }

    @AfterAll
    final void stopWithRoleTokens() {
        app.close();
        SecuredApp.removeTokens();
    }
}
