package be.tafel.browser;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** What every broker page test shares: one headless Chromium on the demo town for the class. */
abstract class BrokerPageTest {
    protected static BrokerBrowser browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = BrokerBrowser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
