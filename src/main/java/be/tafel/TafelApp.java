package be.tafel;

import static be.tafel.web.WarmResponses.viewParameters;
import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.patch;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static io.javalin.apibuilder.ApiBuilder.put;

import be.tafel.analysis.AnalysisService;
import be.tafel.analysis.ScoreWriter;
import be.tafel.analysis.StartupWarmup;
import be.tafel.auth.AccessControl;
import be.tafel.auth.AccessMode;
import be.tafel.auth.AuditLog;
import be.tafel.auth.Role;
import be.tafel.auth.SecuritySettings;
import be.tafel.auth.TokenStore;
import be.tafel.change.ChangeAnalysis;
import be.tafel.change.HistoryCache;
import be.tafel.change.Timeline;
import be.tafel.introduction.Introductions;
import be.tafel.journal.Journal;
import be.tafel.meeting.MeetingSessions;
import be.tafel.meeting.SessionComparison;
import be.tafel.model.NodeLabel;
import be.tafel.model.RelationshipKind;
import be.tafel.privacy.Audience;
import be.tafel.quality.DataQuality;
import be.tafel.quality.PartnerMerge;
import be.tafel.report.PartnerReports;
import be.tafel.report.Scorecards;
import be.tafel.store.GraphRepository;
import be.tafel.store.GraphStore;
import be.tafel.store.NetworkWriter;
import be.tafel.store.VocabularyStore;
import be.tafel.survey.NamedMissing;
import be.tafel.survey.Questionnaire;
import be.tafel.survey.SurveyService;
import be.tafel.survey.SurveyStore;
import be.tafel.table.TableAnalysis;
import be.tafel.table.WhatIf;
import be.tafel.web.AnalysisRoutes;
import be.tafel.web.AuditRoutes;
import be.tafel.web.ChangeRoutes;
import be.tafel.web.CohesionRoutes;
import be.tafel.web.CrudRoutes;
import be.tafel.web.ExportRoutes;
import be.tafel.web.GraphRoutes;
import be.tafel.web.HealthRoutes;
import be.tafel.web.ImportRoutes;
import be.tafel.web.IntroductionRoutes;
import be.tafel.web.JettyProblems;
import be.tafel.web.JournalRoutes;
import be.tafel.web.Json;
import be.tafel.web.MeetingRoutes;
import be.tafel.web.NamedMissingRoutes;
import be.tafel.web.Observability;
import be.tafel.web.OpenApiRoutes;
import be.tafel.web.PrivateJson;
import be.tafel.web.Problems;
import be.tafel.web.QualityRoutes;
import be.tafel.web.ReportRoutes;
import be.tafel.web.RequestGuard;
import be.tafel.web.SecurityHeaders;
import be.tafel.web.StatusesCounted;
import be.tafel.web.StructureRoutes;
import be.tafel.web.SurveyRoutes;
import be.tafel.web.TableRoutes;
import be.tafel.web.VocabularyRoutes;
import be.tafel.web.WarmResponses;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.plugin.bundled.CorsPlugin;
import io.javalin.security.RouteRole;
import java.util.List;
import java.util.function.BooleanSupplier;
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
            LOG.warn(
                    "Tafel runs OPEN (--open) in local single-user mode on {} (loopback only){}.",
                    host,
                    tokens > 0 ? "; the " + tokens + " API tokens in the store are not asked for" : "");
        } else if (tokens == 0) {
            LOG.warn("No API tokens exist yet: every request will answer 401. Create one with 'token create', or"
                    + " start with 'serve --open' for local single-user use on loopback.");
        }
        AnalysisService analyses = new AnalysisService(store);
        StartupWarmup warmup = new StartupWarmup(analyses);
        Javalin app = create(store, settings, analyses, warmup::finished).start(host, port);
        warmup.begin(); // the first map and the landing page, in the background
        return app;
    }

    public static Javalin create(GraphStore store, SecuritySettings settings) {
        return create(store, settings, new AnalysisService(store), () -> true);
    }

    /** A request that wrote tells its caller the graph version holding its write (read-your-writes across instances). */
    private static void nameWrittenVersion(Context ctx, GraphStore store) {
        long written = store.takeWrittenVersion();
        if (written >= 0) {
            ctx.header(WarmResponses.GRAPH_VERSION, Long.toString(written));
        }
    }

    /**
     * With the analyses (and their cache) the routes share, e.g. so that a start-up warm-up fills it, and whether
     * that warm-up has finished (always, when none runs).
     */
    static Javalin create(
            GraphStore store, SecuritySettings settings, AnalysisService analyses, BooleanSupplier warmedUp) {
        ObjectMapper json = Json.mapper();
        NetworkWriter writer = new NetworkWriter(store);
        GraphRepository repository = new GraphRepository(store);
        Journal journal = new Journal(store, writer, json);
        JournalRoutes journalRoutes = new JournalRoutes(journal, store);
        ImportRoutes imports = new ImportRoutes(writer, repository, journal, json, new VocabularyStore(store));
        CrudRoutes crud = new CrudRoutes(writer, repository, journal, json);
        IntroductionRoutes introductions = new IntroductionRoutes(new Introductions(store, json), json);
        MeetingSessions meetingSessions = new MeetingSessions(store, journal, writer, json);
        MeetingRoutes meetings =
                new MeetingRoutes(meetingSessions, new SessionComparison(meetingSessions, store), json);
        QualityRoutes quality =
                new QualityRoutes(new DataQuality(store), new PartnerMerge(journal, writer, json), json);
        HealthRoutes health = new HealthRoutes(store, analyses, warmedUp);
        AnalysisRoutes analysis = new AnalysisRoutes(analyses, new ScoreWriter(store));
        GraphRoutes graph = new GraphRoutes(analyses);
        OpenApiRoutes openApi = new OpenApiRoutes();
        ExportRoutes exports = new ExportRoutes(analyses, imports::exportNetwork, imports::exportWorkbook);
        StructureRoutes structure = new StructureRoutes(analyses);
        CohesionRoutes cohesion = new CohesionRoutes(analyses);
        TableRoutes tables = new TableRoutes(new TableAnalysis(store, analyses), new WhatIf(store, analyses));
        ReportRoutes reports =
                new ReportRoutes(new PartnerReports(analyses), new Scorecards(new TableAnalysis(store, analyses)));
        AccessControl access = new AccessControl(new TokenStore(store), settings, new AuditLog(store));
        AuditRoutes audit = new AuditRoutes(new AuditLog(store), json);
        WarmResponses warm = new WarmResponses(store);
        VocabularyRoutes vocabulary = new VocabularyRoutes(new VocabularyStore(store), json);
        Observability observability = new Observability(store, analyses, warm);
        HistoryCache histories = new HistoryCache(store);
        SurveyStore surveyStore = new SurveyStore(store);
        ChangeRoutes change = new ChangeRoutes(
                histories,
                new ChangeAnalysis(histories, analyses),
                new Timeline(histories, store),
                surveyStore::moment);
        SurveyRoutes surveys =
                new SurveyRoutes(new SurveyService(surveyStore, journal), new Questionnaire(surveyStore), json);
        NamedMissingRoutes namedMissing =
                new NamedMissingRoutes(new NamedMissing(surveyStore, journal, writer, json), json);

        return Javalin.create(config -> {
            config.jsonMapper(new PrivateJson(json));
            config.http.maxRequestSize = settings.maxBodyBytes();
            if (!settings.corsOrigins().isEmpty()) {
                config.registerPlugin(new CorsPlugin(cors -> cors.addRule(rule -> {
                    settings.corsOrigins().forEach(origin -> rule.allowHost(origin));
                    rule.exposeHeader(WarmResponses.GRAPH_VERSION);
                })));
            }
            config.routes.before(SecurityHeaders::apply);
            config.routes.before(ctx -> Audience.reset()); // restricted until the caller is known
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
            config.routes.before(new RequestGuard(!settings.requireTokens(), settings.corsOrigins())::check);
            config.routes.beforeMatched(access::check);
            config.routes.afterMatched(audit::after);
            config.routes.afterMatched(new StatusesCounted(json)::after);
            config.routes.before(ctx -> store.takeWrittenVersion()); // a thread answers many requests
            config.routes.afterMatched(ctx -> nameWrittenVersion(ctx, store));
            config.staticFiles.add("/web", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            config.startup.showJavalinBanner = false;
            Problems.register(config);
            SurveyRoutes.register(config);
            observability.register(config);
            config.routes.get("/metrics", observability::metrics, Role.PUBLIC); // timings and cache counts only
            config.routes.apiBuilder(() -> path("api", () -> {
                get("health", health::health, Role.PUBLIC);
                get("health/live", observability::live, Role.PUBLIC);
                get("health/ready", observability::ready, Role.PUBLIC);
                get("openapi.yaml", openApi::description, Role.PUBLIC);
                get("docs", openApi::docs, Role.PUBLIC);
                get("audit", audit::audit, BROKERS);
                get("journal", journalRoutes::since, BROKERS); // rows before and after name families: brokers only
                post("journal/undo", journalRoutes::undo, BROKERS);
                post("journal/redo", journalRoutes::redo, BROKERS);
                get("introductions", introductions::list, READERS);
                post("introductions", introductions::create, BROKERS);
                get("introductions/{id}", introductions::get, READERS);
                patch("introductions/{id}", introductions::patch, BROKERS);
                get("quality", quality::quality, EXPORTERS);
                post("partners/{id}/merge", quality::merge, BROKERS);
                post("tables/{id}/sessions", meetings::save, BROKERS);
                get("tables/{id}/sessions", meetings::list, READERS);
                get("tables/{id}/sessions/{sid}", meetings::get, READERS);
                get("tables/{id}/sessions/{sid}/compare", warm.around(meetings::compare, List.of("with")), READERS);
                post("import", imports::importNetwork, BROKERS);
                get("import/template.xlsx", imports::template, READERS); // holds no data: an empty form
                get("export", exports::export, EXPORTERS);
                get("vocabulary", vocabulary::get, READERS);
                post("vocabulary", vocabulary::add, BROKERS);
                get("graph", warm.around(graph::graph, viewParameters("aggregateFamilies", "scores")), READERS);
                get("what-if", warm.around(tables::whatIf, List.of("remove", "view", "at")), READERS);
                get("tables/{id}/analysis", warm.around(tables::analysis, List.of("at", "limit")), READERS);
                get("tables/{id}/compare", warm.around(tables::compare, List.of("from", "to", "limit")), READERS);
                get(
                        "tables/{id}/scorecard",
                        warm.around(reports::scorecard, ReportRoutes.SCORECARD_PARAMETERS),
                        READERS);
                get("partners/{id}/report", warm.around(reports::partner, ReportRoutes.PARTNER_PARAMETERS), READERS);
                get("change", warm.around(change::change, List.of("from", "to", "table", "lang")), READERS);
                get("timeline", warm.around(change::timeline, List.of("from", "to", "series", "format")), READERS);
                get("reach", warm.around(change::reach, List.of("by", "from", "to", "threshold")), READERS);
                path("analysis", () -> {
                    get("summary", warm.around(analysis::summary, viewParameters()), READERS);
                    get(
                            "centrality",
                            warm.around(analysis::centrality, viewParameters("weighted", "limit", "sort", "epsilon")),
                            READERS);
                    get("bridges", warm.around(analysis::bridges, viewParameters()), READERS);
                    get(
                            "missing-links",
                            warm.around(structure::missingLinks, viewParameters("method", "limit")),
                            READERS);
                    get("communities", warm.around(structure::communities, viewParameters()), READERS);
                    get("brokerage", warm.around(structure::brokerage, viewParameters("groupBy", "limit")), READERS);
                    get(
                            "referral-flows",
                            warm.around(change::flows, List.of("by", "at", "from", "to", "status")),
                            READERS);
                    get("edge-betweenness", warm.around(cohesion::edgeBetweenness, viewParameters("limit")), READERS);
                    get(
                            "connectivity",
                            warm.around(cohesion::connectivity, viewParameters("source", "target")),
                            READERS);
                    post("write-back", analysis::writeBack, BROKERS);
                });
                path("surveys", () -> {
                    get(surveys::list, BROKERS);
                    post(surveys::open, BROKERS);
                    post("qr", surveys::qr, BROKERS);
                    path("{id}", () -> {
                        get(surveys::wave, BROKERS);
                        post("close", surveys::close, BROKERS);
                        post("links", surveys::reissue, BROKERS);
                        post("links/{partner}/revoke", surveys::revoke, BROKERS);
                        get("results", surveys::results, READERS); // individual answers for brokers only
                        get("named-missing", namedMissing::list, READERS); // counts by respondents only
                        post("named-missing/{key}/confirm", namedMissing::confirm, BROKERS);
                        post("named-missing/{key}/match", namedMissing::match, BROKERS);
                    });
                });
                // the survey token is the respondent's credential, checked by the handler
                get("survey/{token}", surveys::form, Role.PUBLIC);
                put("survey/{token}", surveys::answer, Role.PUBLIC);
                for (NodeLabel label : NodeLabel.values()) {
                    // families and the referrals that name them are family-level rows: brokers only
                    RouteRole[] readers = label == NodeLabel.FAMILY || label == NodeLabel.REFERRAL
                            ? new RouteRole[] {BROKERS}
                            : READERS;
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
                            ? new RouteRole[] {BROKERS}
                            : READERS;
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
