package be.tafel.web;

import io.javalin.http.Context;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a stale answer was sent, asks this service for the same answer again, in the background and as the same
 * caller, so the next caller finds it at the graph's new version; the way a caching proxy revalidates in the
 * background (nginx's {@code proxy_cache_background_update}). The request goes through every check a caller's
 * does (its token, its role, the bounds on cold work), over the address the stale request came in on. One
 * refresh per answer runs at a time.
 */
final class StaleRefresh {
    private static final Logger LOG = LoggerFactory.getLogger(StaleRefresh.class);
    /** The caller's headers the answer may depend on: who asks. */
    private static final List<String> CALLER_HEADERS = List.of("Authorization", "Cookie");

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<Object, Boolean> running = new ConcurrentHashMap<>();

    /** Starts the refresh of the answer {@code ctx} asked for, unless one for {@code answer} runs already. */
    void start(Context ctx, Object answer) {
        if (running.putIfAbsent(answer, Boolean.TRUE) != null) {
            return;
        }
        try {
            client.sendAsync(request(ctx), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        running.remove(answer);
                        if (failure != null || response.statusCode() != 200) {
                            LOG.debug(
                                    "Refreshing {} failed: {}",
                                    ctx.path(),
                                    failure != null ? failure.toString() : response.statusCode());
                        }
                    });
        } catch (RuntimeException e) {
            running.remove(answer);
            LOG.debug("Refreshing {} could not start: {}", ctx.path(), e.toString());
        }
    }

    /** How many refreshes run now. */
    int running() {
        return running.size();
    }

    private static HttpRequest request(Context ctx) {
        String query = ctx.queryString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                        "http://" + local(ctx) + ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query)))
                .timeout(Duration.ofSeconds(60))
                .GET();
        for (String name : CALLER_HEADERS) {
            String value = ctx.header(name);
            if (value != null) {
                request.header(name, value);
            }
        }
        return request.build();
    }

    /** The address and port the request came in on (the loopback for a local user). */
    private static String local(Context ctx) {
        String address = ctx.req().getLocalAddr();
        String host = address.contains(":") ? "[" + address + "]" : address;
        return host + ":" + ctx.req().getLocalPort();
    }
}
