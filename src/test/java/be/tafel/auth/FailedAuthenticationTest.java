package be.tafel.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Failed authentications are limited per client address and, like every refusal, written to the audit log. */
class FailedAuthenticationTest {
    @Test
    void guessing_tokens_is_stopped_with_429_and_every_refusal_is_audited() {
        TestServer.get().reset();
        TokenStore.NewToken broker = SecuredApp.tokens().create("Bea (broker)", Role.BROKER);
        TokenStore.NewToken viewer = SecuredApp.tokens().create("Vera (viewer)", Role.VIEWER);
        try (SecuredApp app = SecuredApp.withTokens()) {
            long before = new AuditLog(TestServer.get().store()).page(0, 1).total();
            assertEquals(403, app.client(viewer.secret()).get("/api/audit").status());
            for (int i = 0; i < AccessControl.FAILED_AUTHENTICATIONS_PER_MINUTE; i++) {
                assertEquals(
                        401,
                        app.client("tafel_guess" + i).get("/api/families/f-1").status());
            }
            Client.Answer blocked = app.client("tafel_guess-more").get("/api/families/f-1");
            assertEquals(429, blocked.status(), blocked.text());
            assertNotNull(blocked.header("Retry-After"));
            assertEquals(
                    429,
                    app.client(broker.secret()).get("/api/partners").status(),
                    "while blocked, not even a right token is tried: guessing gains nothing");

            List<AuditLog.Entry> entries =
                    new AuditLog(TestServer.get().store()).page(0, 100).entries();
            long refusals = new AuditLog(TestServer.get().store()).page(0, 1).total() - before;
            // the 403 and every 401; the 429s of a blocked address are not written, so guessing cannot fill the log
            assertEquals(1 + AccessControl.FAILED_AUTHENTICATIONS_PER_MINUTE, refusals);
            assertTrue(entries.stream()
                    .anyMatch(e -> e.status() == 403
                            && e.who().equals("Vera (viewer)")
                            && e.route().equals("/api/audit")));
            assertTrue(entries.stream()
                    .anyMatch(e -> e.status() == 401 && e.route().equals("/api/families/{id}")));
            assertTrue(entries.stream().noneMatch(e -> e.route().contains("f-1")), "never a family id in the log");
        } finally {
            SecuredApp.removeTokens();
        }
    }
}
