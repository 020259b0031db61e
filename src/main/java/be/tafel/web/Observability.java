package be.tafel.web;

import be.tafel.analysis.AnalysisService;
import be.tafel.analysis.ViewKind;
import be.tafel.model.Coded;
import be.tafel.store.GraphStore;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an operator watches: one log line per request, Prometheus metrics at {@code /metrics}, and the
 * liveness and readiness probes. Log lines and metric tags name the route template
 * ({@code /api/families/{id}}), never the path, the query or the body, so no family data leaves in them.
 */
public final class Observability {
    /** The logger of the request lines; route it elsewhere in logback.xml if wanted. */
    public static final String REQUEST_LOGGER = "tafel.requests";

    private static final Logger REQUESTS = LoggerFactory.getLogger(REQUEST_LOGGER);
    private static final String ANALYSIS_PREFIX = "/api/analysis/";

    private final GraphStore store;
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public Observability(GraphStore store, AnalysisService analyses, WarmResponses warm) {
        this.store = store;
        FunctionCounter.builder("tafel.store.transactions", store, GraphStore::readTransactions)
                .tag("kind", "read")
                .description("Transactions sent to the graph store (round trips)")
                .register(registry);
        FunctionCounter.builder("tafel.store.transactions", store, GraphStore::writeTransactions)
                .tag("kind", "write")
                .description("Transactions sent to the graph store (round trips)")
                .register(registry);
        FunctionCounter.builder("tafel.response.cache.hits", warm, WarmResponses::hits)
                .description("Analysis answers sent from memory, as they were at the same graph version")
                .register(registry);
        FunctionCounter.builder("tafel.response.cache.stale", warm, WarmResponses::staleHits)
                .description(
                        "Answers of an older graph version sent to callers accepting them (Cache-Control max-stale)")
                .register(registry);
        FunctionCounter.builder("tafel.response.cache.shared", warm, WarmResponses::sharedComputations)
                .description("Answers a request waited for while another request computed them")
                .register(registry);
        FunctionCounter.builder("tafel.analysis.cache.hits", analyses, AnalysisService::cacheHits)
                .description("Analyses answered from the cache")
                .register(registry);
        FunctionCounter.builder("tafel.analysis.cache.misses", analyses, AnalysisService::cacheMisses)
                .description("Analyses that loaded and computed a view")
                .register(registry);
        new io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics().bindTo(registry);
        new io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics().bindTo(registry);
        new io.micrometer.core.instrument.binder.system.ProcessorMetrics().bindTo(registry);
        new io.micrometer.core.instrument.binder.system.UptimeMetrics().bindTo(registry);
    }

    /** Installs the request logger that logs and times every request. */
    public void register(JavalinConfig config) {
        config.requestLogger.http((ctx, ms) -> record(ctx, ms == null ? 0 : ms));
    }

    private void record(Context ctx, float ms) {
        String route = route(ctx);
        int status = ctx.statusCode();
        String method = ctx.method().name();
        REQUESTS.info(
                "method={} route={} status={} ms={}",
                method,
                route,
                status,
                String.format(java.util.Locale.ROOT, "%.1f", ms));
        long nanos = (long) (ms * 1_000_000L);
        Timer.builder("http.server.requests")
                .description("HTTP requests by route template")
                .tag("method", method)
                .tag("route", route)
                .tag("status", Integer.toString(status))
                .publishPercentileHistogram()
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
        if (route.startsWith(ANALYSIS_PREFIX) && status < 400) {
            String view = ctx.queryParam("view");
            Timer.builder("tafel.analysis")
                    .description("Analyses answered, by analysis and view, request to response")
                    .tag("analysis", route.substring(ANALYSIS_PREFIX.length()))
                    .tag(
                            "view",
                            view == null
                                    ? "default"
                                    : Coded.parse(ViewKind.class, view)
                                            .map(ViewKind::code)
                                            .orElse("other"))
                    .publishPercentileHistogram()
                    .register(registry)
                    .record(nanos, TimeUnit.NANOSECONDS);
        }
    }

    /** The matched route template, so metrics have few series and logs carry no ids. */
    static String route(Context ctx) {
        Endpoint endpoint;
        try {
            endpoint = ctx.endpoints().matchedHttpEndpoint();
        } catch (RuntimeException e) {
            endpoint = null;
        }
        if (endpoint != null) {
            return endpoint.path;
        }
        return ctx.path().startsWith("/api") ? "unmatched" : "static";
    }

    /** {@code GET /metrics}: every meter in Prometheus' text format. */
    public void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }

    public record Probe(String status) {}

    /** {@code GET /api/health/live}: the process answers HTTP. Never touches the store. */
    public void live(Context ctx) {
        ctx.json(new Probe("live"));
    }

    /** {@code GET /api/health/ready}: the store answers too; 503 while it does not. */
    public void ready(Context ctx) {
        if (store.isReachable()) {
            ctx.json(new Probe("ready"));
        } else {
            ctx.header("Retry-After", "5");
            Problems.send(ctx, Problem.of(503, "Not ready", "The graph store cannot be reached.", ctx.path()));
        }
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }
}
