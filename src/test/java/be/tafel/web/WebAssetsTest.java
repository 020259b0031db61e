package be.tafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tafel.support.HttpJson;
import be.tafel.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page names the webjars the build serves: their versions come from the pom, and each script loads. */
class WebAssetsTest {
    private final HttpJson http = TestServer.get().http();

    @Test
    void every_script_of_the_page_is_served_by_the_app() {
        HttpJson.Response page = http.get("/");
        assertEquals(200, page.status());
        assertFalse(page.text().contains(".version@"), "a version placeholder was not filled in");
        List<String> scripts = new ArrayList<>();
        Matcher src = Pattern.compile("<script[^>]*\\bsrc=\"([^\"]+)\"").matcher(page.text());
        while (src.find()) {
            scripts.add(src.group(1));
        }
        assertTrue(scripts.stream().filter(s -> s.startsWith("/webjars/")).count() >= 4, scripts.toString());
        for (String script : scripts) {
            String path = script.startsWith("/") ? script : "/" + script;
            HttpJson.Response answer = http.get(path);
            assertEquals(200, answer.status(), path);
            assertTrue(answer.text().length() > 100, path);
        }
    }
}
