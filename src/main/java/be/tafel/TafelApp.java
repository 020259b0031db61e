package be.tafel;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static io.javalin.apibuilder.ApiBuilder.put;

import be.tafel.analysis.AnalysisService;
import be.tafel.analysis.ScoreWriter;
import be.tafel.model.NodeLabel;
import be.tafel.model.RelationshipKind;
import be.tafel.store.GraphRepository;
import be.tafel.store.GraphStore;
import be.tafel.store.NetworkWriter;
import be.tafel.table.TableAnalysis;
import be.tafel.table.WhatIf;
import be.tafel.web.AnalysisRoutes;
import be.tafel.web.CrudRoutes;
import be.tafel.web.GraphRoutes;
import be.tafel.web.HealthRoutes;
import be.tafel.web.ImportRoutes;
import be.tafel.web.Json;
import be.tafel.web.Problems;
import be.tafel.web.StructureRoutes;
import be.tafel.web.TableRoutes;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

/** Builds the whole service over a graph store: the routes, the JSON mapping, the web app. */
public final class TafelApp {
    /** Request bodies larger than this answer 413. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 256L << 20;

    private TafelApp() {}

    public static Javalin create(GraphStore store) {
        ObjectMapper json = Json.mapper();
        NetworkWriter writer = new NetworkWriter(store);
        GraphRepository repository = new GraphRepository(store);
        HealthRoutes health = new HealthRoutes(store);
        ImportRoutes imports = new ImportRoutes(writer, repository, json);
        CrudRoutes crud = new CrudRoutes(writer, repository, json);
        AnalysisService analyses = new AnalysisService(store);
        AnalysisRoutes analysis = new AnalysisRoutes(analyses, new ScoreWriter(store));
        GraphRoutes graph = new GraphRoutes(analyses);
        StructureRoutes structure = new StructureRoutes(analyses);
        TableRoutes tables = new TableRoutes(new TableAnalysis(store, analyses), new WhatIf(store, analyses));

        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = DEFAULT_MAX_REQUEST_BYTES;
            config.staticFiles.add("/web", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            config.startup.showJavalinBanner = false;
            Problems.register(config);
            config.routes.apiBuilder(() -> path("api", () -> {
                get("health", health::health);
                post("import", imports::importNetwork);
                get("export", imports::exportNetwork);
                get("graph", graph::graph);
                get("what-if", tables::whatIf);
                get("tables/{id}/analysis", tables::analysis);
                get("tables/{id}/compare", tables::compare);
                path("analysis", () -> {
                    get("summary", analysis::summary);
                    get("centrality", analysis::centrality);
                    get("bridges", analysis::bridges);
                    get("missing-links", structure::missingLinks);
                    get("communities", structure::communities);
                    get("brokerage", structure::brokerage);
                    post("write-back", analysis::writeBack);
                });
                for (NodeLabel label : NodeLabel.values()) {
                    path(label.plural(), () -> {
                        get(ctx -> crud.list(ctx, label));
                        post(ctx -> crud.create(ctx, label));
                        path("{id}", () -> {
                            get(ctx -> crud.get(ctx, label));
                            put(ctx -> crud.update(ctx, label));
                            delete(ctx -> crud.delete(ctx, label));
                        });
                    });
                }
                for (RelationshipKind kind : RelationshipKind.values()) {
                    path(kind.plural(), () -> {
                        get(ctx -> crud.listRelationships(ctx, kind));
                        post(ctx -> crud.putRelationship(ctx, kind));
                        delete(ctx -> crud.deleteRelationship(ctx, kind));
                    });
                }
            }));
        });
    }
}
