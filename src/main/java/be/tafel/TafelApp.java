package be.tafel;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static io.javalin.apibuilder.ApiBuilder.put;

import be.tafel.analysis.AnalysisService;
import be.tafel.analysis.ScoreWriter;
import be.tafel.auth.AccessControl;
import be.tafel.auth.AccessMode;
import be.tafel.auth.AuditLog;
import be.tafel.auth.Role;
import be.tafel.auth.SecuritySettings;
import be.tafel.auth.TokenStore;
import be.tafel.model.NodeLabel;
import be.tafel.model.RelationshipKind;
import be.tafel.store.GraphRepository;
import be.tafel.store.GraphStore;
import be.tafel.store.NetworkWriter;
import be.tafel.store.VocabularyStore;
import be.tafel.table.TableAnalysis;
import be.tafel.table.WhatIf;
import be.tafel.web.AnalysisRoutes;
import be.tafel.web.AuditRoutes;
import be.tafel.web.CrudRoutes;
import be.tafel.web.ExportRoutes;
import be.tafel.web.GraphRoutes;
import be.tafel.web.HealthRoutes;
import be.tafel.web.ImportRoutes;
import be.tafel.web.JettyProblems;
import be.tafel.web.Json;
import be.tafel.web.Observability;
import be.tafel.web.OpenApiRoutes;
import be.tafel.web.Problems;
import be.tafel.web.RequestGuard;
import be.tafel.web.SecurityHeaders;
import be.tafel.web.SmallCounts;
import be.tafel.web.StructureRoutes;
import be.tafel.web.TableRoutes;
import be.tafel.web.VocabularyRoutes;
import be.tafel.web.WarmResponses;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.plugin.bundled.CorsPlugin;
import io.javalin.security.RouteRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the whole service over a graph store: the routes, the JSON mapping, the web app. */
public final class TafelApp {
    /** Request bodies larger than this answer 413 (unless {@code TAFEL_MAX_BODY_BYTES} says otherwise). */
    public static final long DEFAULT_MAX_REQUEST_BYTES = SecuritySettings.DEFAULT_MAX_BODY_BYTES;
    private static final Logger LOG = LoggerFactory.getLogger(TafelApp.class);
    /** Who may call what: brokers everything; analysts read all but family rows; viewers the map and analyses. */
    private static final RouteRole[] READERS = {Role.BROKER, Role.ANALYST, Role.VIEWER};
    private static final RouteRole[] EXPORTERS = {Role.BROKER, Role.ANALYST};
    private static final RouteRole BROKERS = Role.BROKER;

    private TafelApp() {}

    /** The service in local single-user mode (open, for loopback): what the tests and the local demo use. */
    public static Javalin create(GraphStore store) {
        return create(store, SecuritySettings.open());
    }

    /**
     * Checks that the service may listen on {@code host} (open, without tokens, only on loopback and only when
     * asked for with {@code serve --open}; else every request needs a token), builds it and starts it.
     */
    public static Javalin start(GraphStore store, SecuritySettings settings, String host, int port) {
        boolean open = !settings.requireTokens();
        long tokens = new TokenStore(store).activeCount();
        AccessMode.checkOpen(host, open);
        if (open) {
            LOG.warn("Tafel runs OPEN (--open) in local single-user mode on {} (loopback only){}.", host,
                    tokens > 0 ? "; the " + tokens + " API tokens in the store are not asked for" : "");
        } else if (tokens == 0) {
            LOG.warn("No API tokens exist yet: every request will answer 401. Create one with 'token create', or"
                    + " start with 'serve --open' for local single-user use on loopback.");
        }
        return create(store, settings).start(host, port);
    }

    public static Javalin create(GraphStore store, SecuritySettings settings) {
        ObjectMapper json = Json.mapper();
        NetworkWriter writer = new NetworkWriter(store);
        GraphRepository repository = new GraphRepository(store);
        HealthRoutes health = new HealthRoutes(store);
        ImportRoutes imports = new ImportRoutes(writer, repository, json, new VocabularyStore(store));
        CrudRoutes crud = new CrudRoutes(writer, repository, json);
        AnalysisService analyses = new AnalysisService(store);
        AnalysisRoutes analysis = new AnalysisRoutes(analyses, new ScoreWriter(store));
        GraphRoutes graph = new GraphRoutes(analyses);
        OpenApiRoutes openApi = new OpenApiRoutes();
        ExportRoutes exports = new ExportRoutes(analyses, imports::exportNetwork);
        StructureRoutes structure = new StructureRoutes(analyses);
        TableRoutes tables = new TableRoutes(new TableAnalysis(store, analyses), new WhatIf(store, analyses));
        AccessControl access = new AccessControl(new TokenStore(store), settings, new AuditLog(store));
        AuditRoutes audit = new AuditRoutes(new AuditLog(store), json);
        WarmResponses warm = new WarmResponses(store);
        VocabularyRoutes vocabulary = new VocabularyRoutes(new VocabularyStore(store), json);
        Observability observability = new Observability(store, analyses, warm);

        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = settings.maxBodyBytes();
            if (!settings.corsOrigins().isEmpty()) {
                config.registerPlugin(new CorsPlugin(cors -> cors.addRule(rule -> settings.corsOrigins()
                        .forEach(origin -> rule.allowHost(origin)))));
            }
            config.routes.before(SecurityHeaders::apply);
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
            config.routes.before(new RequestGuard(!settings.requireTokens(), settings.corsOrigins())::check);
            config.routes.beforeMatched(access::check);
            config.routes.afterMatched(audit::after);
            config.routes.afterMatched(new SmallCounts(json)::after);
            config.staticFiles.add("/web", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            config.startup.showJavalinBanner = false;
            Problems.register(config);
            observability.register(config);
            config.routes.get("/metrics", observability::metrics, Role.PUBLIC); // timings and cache counts only
            config.routes.apiBuilder(() -> path("api", () -> {
                get("health", health::health, Role.PUBLIC);
                get("health/live", observability::live, Role.PUBLIC);
                get("health/ready", observability::ready, Role.PUBLIC);
                get("openapi.yaml", openApi::description, Role.PUBLIC);
                get("docs", openApi::docs, Role.PUBLIC);
                get("audit", audit::audit, BROKERS);
                post("import", imports::importNetwork, BROKERS);
                get("import/template.xlsx", imports::template, READERS); // holds no data: an empty form
                get("export", exports::export, EXPORTERS);
                get("vocabulary", vocabulary::get, READERS);
                post("vocabulary", vocabulary::add, BROKERS);
                get("graph", warm.around(graph::graph), READERS);
                get("what-if", warm.around(tables::whatIf), READERS);
                get("tables/{id}/analysis", warm.around(tables::analysis), READERS);
                get("tables/{id}/compare", warm.around(tables::compare), READERS);
                path("analysis", () -> {
                    get("summary", warm.around(analysis::summary), READERS);
                    get("centrality", warm.around(analysis::centrality), READERS);
                    get("bridges", warm.around(analysis::bridges), READERS);
                    get("missing-links", warm.around(structure::missingLinks), READERS);
                    get("communities", warm.around(structure::communities), READERS);
                    get("brokerage", warm.around(structure::brokerage), READERS);
                    post("write-back", analysis::writeBack, BROKERS);
                });
                for (NodeLabel label : NodeLabel.values()) {
                    // families and the referrals that name them are family-level rows: brokers only
                    RouteRole[] readers = label == NodeLabel.FAMILY || label == NodeLabel.REFERRAL
                            ? new RouteRole[] {BROKERS} : READERS;
                    path(label.plural(), () -> {
                        get(ctx -> crud.list(ctx, label), readers);
                        post(ctx -> crud.create(ctx, label), BROKERS);
                        path("{id}", () -> {
                            get(ctx -> crud.get(ctx, label), readers);
                            put(ctx -> crud.update(ctx, label), BROKERS);
                            delete(ctx -> crud.delete(ctx, label), BROKERS);
                        });
                    });
                }
                for (RelationshipKind kind : RelationshipKind.values()) {
                    // supports and uses name single families: brokers only
                    RouteRole[] readers = kind == RelationshipKind.SUPPORTS || kind == RelationshipKind.USES
                            ? new RouteRole[] {BROKERS} : READERS;
                    path(kind.plural(), () -> {
                        get(ctx -> crud.listRelationships(ctx, kind), readers);
                        post(ctx -> crud.putRelationship(ctx, kind), BROKERS);
                        delete(ctx -> crud.deleteRelationship(ctx, kind), BROKERS);
                    });
                }
            }));
        });
    }
}
